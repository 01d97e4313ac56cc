import { describe, expect, it } from 'vitest';
import { orbitalPeriodSeconds, type CircularOrbit } from './circular-orbit';
import { subSatellitePoint } from './sub-satellite-point';

const SIDEREAL_DAY_SECONDS = 86_164.1;
/** Signed difference of two longitudes, in (−180°, 180°]. */
const lonDelta = (a: number, b: number) => ((((a - b + 180) % 360) + 360) % 360) - 180;

describe('subSatellitePoint', () => {
  it('puts a polar orbit a quarter turn past its ascending node over the north pole', () => {
    const polar: CircularOrbit = { altitudeKm: 500, inclinationDeg: 90, raanDeg: 30, phaseDeg: 90 };
    expect(subSatellitePoint(polar, 0).latDeg).toBeCloseTo(90, 6);
  });

  it('starts at the ascending node: latitude 0 at longitude RAAN', () => {
    const p = subSatellitePoint({ altitudeKm: 500, inclinationDeg: 97.4, raanDeg: 100, phaseDeg: 0 }, 0);
    expect(p.latDeg).toBeCloseTo(0, 9);
    expect(p.lonDeg).toBeCloseTo(100, 9);
  });

  it('keeps an equatorial orbit on the equator', () => {
    const equatorial: CircularOrbit = { altitudeKm: 800, inclinationDeg: 0, raanDeg: 0, phaseDeg: 0 };
    for (let t = 0; t < 20_000; t += 997) expect(Math.abs(subSatellitePoint(equatorial, t).latDeg)).toBeLessThan(1e-9);
  });

  it('drifts west by the Earth turn over one period: Δλ ≈ −360° · T / sidereal day', () => {
    const orbit: CircularOrbit = { altitudeKm: 500, inclinationDeg: 51.6, raanDeg: -40, phaseDeg: 10 };
    const T = orbitalPeriodSeconds(orbit.altitudeKm);
    const drift = lonDelta(subSatellitePoint(orbit, T).lonDeg, subSatellitePoint(orbit, 0).lonDeg);
    expect(drift).toBeCloseTo((-360 * T) / SIDEREAL_DAY_SECONDS, 2);
    expect(drift).toBeLessThan(-23);
  });
});
