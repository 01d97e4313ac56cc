import { satelliteEcefKm, type CircularOrbit } from './circular-orbit';
import { DEG } from './earth';

export interface SubSatellitePoint {
  latDeg: number;
  lonDeg: number;
}

/** The point on a spherical Earth straight below the satellite: geocentric latitude and longitude of its ECEF position. */
export function subSatellitePoint(orbit: CircularOrbit, timeSeconds: number): SubSatellitePoint {
  const p = satelliteEcefKm(orbit, timeSeconds);
  const r = Math.hypot(p.x, p.y, p.z);
  return { latDeg: Math.asin(p.z / r) / DEG, lonDeg: Math.atan2(p.y, p.x) / DEG };
}
