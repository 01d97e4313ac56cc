import { eciToEcf, gstime, jday, sunPos } from 'satellite.js';
import { DEG } from '../orbits/earth';
import type { GroundStation } from '../orbits/look-angles';

/** Astronomical unit in km (IAU 2012 Resolution B2: 149 597 870.700 km). */
const AU_KM = 149_597_870.7;

/**
 * Geometric elevation of the Sun's centre above a station's horizon, degrees (no refraction): the Sun's apparent
 * position from the Astronomical Almanac's low-precision formulae (Vallado, Fundamentals of Astrodynamics, Alg. 29,
 * as implemented by satellite.js; about 0.01° over 1950–2050), turned Earth-fixed by Greenwich mean sidereal time.
 */
export function sunElevationDeg(station: GroundStation, utcMs: number): number {
  const date = new Date(utcMs);
  const { rsun } = sunPos(jday(date));
  const s = eciToEcf({ x: rsun.x * AU_KM, y: rsun.y * AU_KM, z: rsun.z * AU_KM }, gstime(date));
  const lat = station.latDeg * DEG;
  const lon = station.lonDeg * DEG;
  // The station's own offset from the Earth's centre is 4 × 10⁻⁵ AU: a parallax of 9″, ignored.
  const up = Math.cos(lat) * Math.cos(lon) * s.x + Math.cos(lat) * Math.sin(lon) * s.y + Math.sin(lat) * s.z;
  return Math.asin(up / Math.hypot(s.x, s.y, s.z)) / DEG;
}
