/** Mean Earth radius for a spherical Earth (IUGG mean radius R1 = 6371.0088 km, rounded); WGS-84 flattening is ignored. */
export const EARTH_RADIUS_KM = 6371;

/** Earth's gravitational parameter GM (WGS-84 / IERS value 398600.4418 km³/s²). */
export const EARTH_MU_KM3_PER_S2 = 398600.4418;

/** Earth's rotation rate relative to the stars, one turn per sidereal day (WGS-84: 7.2921159 × 10⁻⁵ rad/s). */
export const EARTH_ROTATION_RAD_PER_S = 7.2921159e-5;

export interface Vector3Km {
  x: number;
  y: number;
  z: number;
}

export const DEG = Math.PI / 180;
