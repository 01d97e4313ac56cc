import { DEG, EARTH_MU_KM3_PER_S2, EARTH_RADIUS_KM, EARTH_ROTATION_RAD_PER_S, type Vector3Km } from './earth';

/**
 * A circular orbit, two-body only (no J2 precession, drag or eccentricity): good for pass timing over hours to a day,
 * not for real ephemerides. Angles at t = 0 are measured in an inertial frame that coincides with Earth-fixed axes at
 * t = 0, so `raanDeg` is the longitude of the ascending node at t = 0.
 */
export interface CircularOrbit {
  altitudeKm: number;
  inclinationDeg: number;
  /** Right ascension of the ascending node, here the Earth-fixed longitude where the orbit crosses the equator northbound at t = 0. */
  raanDeg: number;
  /** Argument of latitude at t = 0: the angle travelled from the ascending node along the orbit. */
  phaseDeg: number;
}

/** Kepler's third law for a circle of radius a = Re + h: T = 2π √(a³/μ). */
export function orbitalPeriodSeconds(altitudeKm: number): number {
  const a = EARTH_RADIUS_KM + altitudeKm;
  return 2 * Math.PI * Math.sqrt((a * a * a) / EARTH_MU_KM3_PER_S2);
}

/** Inertial position: rotate (a cos u, a sin u, 0) by inclination about x, then by RAAN about z. */
export function satelliteInertialKm(orbit: CircularOrbit, timeSeconds: number): Vector3Km {
  const a = EARTH_RADIUS_KM + orbit.altitudeKm;
  const u = orbit.phaseDeg * DEG + ((2 * Math.PI) / orbitalPeriodSeconds(orbit.altitudeKm)) * timeSeconds;
  const i = orbit.inclinationDeg * DEG;
  const raan = orbit.raanDeg * DEG;
  const cu = Math.cos(u);
  const su = Math.sin(u);
  const cr = Math.cos(raan);
  const sr = Math.sin(raan);
  const ci = Math.cos(i);
  return {
    x: a * (cu * cr - su * ci * sr),
    y: a * (cu * sr + su * ci * cr),
    z: a * su * Math.sin(i),
  };
}

/** Earth-fixed (ECEF) position: the inertial position seen from an Earth that has turned ωE·t since t = 0. */
export function satelliteEcefKm(orbit: CircularOrbit, timeSeconds: number): Vector3Km {
  const p = satelliteInertialKm(orbit, timeSeconds);
  const theta = EARTH_ROTATION_RAD_PER_S * timeSeconds;
  const c = Math.cos(theta);
  const s = Math.sin(theta);
  return { x: c * p.x + s * p.y, y: -s * p.x + c * p.y, z: p.z };
}
