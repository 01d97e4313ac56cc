import { satelliteEcefKm, type CircularOrbit } from './circular-orbit';
import { DEG, EARTH_RADIUS_KM, type Vector3Km } from './earth';
import { lookAngles, lookAnglesFromEcef, type GroundStation, type LookAngles } from './look-angles';

export interface SubSatellitePoint {
  latDeg: number;
  lonDeg: number;
  /** Height above the Earth's surface there (what sets the footprint). */
  altitudeKm: number;
}

/**
 * Where a satellite is at simulated time t, and how stations see it. Each kind of orbit places ground stations on its
 * own Earth (a sphere for the circular lesson orbits, WGS-84 for real ephemerides) so look angles stay consistent.
 */
export interface OrbitModel {
  /** The UTC instant (ms since 1970) of t = 0 when known: a real orbit's start; null for a lesson orbit with no date. */
  startTimeUtcMs: number | null;
  /** Earth-fixed position, km; NaN components when the orbit cannot place the satellite (decayed, elements too old). */
  ecefKm(timeSeconds: number): Vector3Km;
  lookAngles(station: GroundStation, timeSeconds: number): LookAngles;
  subSatellitePoint(timeSeconds: number): SubSatellitePoint;
}

/** Geocentric latitude and longitude of an Earth-fixed point (the spherical-Earth sub-satellite point). */
export function geocentricPoint(p: Vector3Km): SubSatellitePoint {
  const r = Math.hypot(p.x, p.y, p.z);
  return { latDeg: Math.asin(p.z / r) / DEG, lonDeg: Math.atan2(p.y, p.x) / DEG, altitudeKm: r - EARTH_RADIUS_KM };
}

/** Remembers the last instant asked for: links and maps ask several times per time step for the same t. */
export function cachedPerInstant<T>(compute: (timeSeconds: number) => T): (timeSeconds: number) => T {
  let lastTime = NaN;
  let last: T;
  return (timeSeconds) => {
    if (timeSeconds !== lastTime) {
      last = compute(timeSeconds);
      lastTime = timeSeconds;
    }
    return last;
  };
}

export function circularOrbitModel(orbit: CircularOrbit, startTimeUtcMs: number | null = null): OrbitModel {
  const ecefKm = cachedPerInstant((t) => satelliteEcefKm(orbit, t));
  return {
    startTimeUtcMs,
    ecefKm,
    lookAngles: (station, t) => lookAngles(station, ecefKm(t)),
    subSatellitePoint: (t) => geocentricPoint(ecefKm(t)),
  };
}

/** Accepts either a bare circular orbit (lessons, tests) or any orbit model. */
export function asOrbitModel(orbit: CircularOrbit | OrbitModel): OrbitModel {
  return 'ecefKm' in orbit ? orbit : circularOrbitModel(orbit);
}

export { lookAnglesFromEcef };
