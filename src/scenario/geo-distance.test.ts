import { describe, expect, it } from 'vitest';
import { EARTH_RADIUS_KM, greatCircleKm } from './geo-distance';

describe('greatCircleKm', () => {
  it('is zero for the same point and symmetric', () => {
    const geneva = { latDeg: 46.2, lonDeg: 6.15 };
    const bern = { latDeg: 46.95, lonDeg: 7.45 };
    expect(greatCircleKm(geneva, geneva)).toBe(0);
    expect(greatCircleKm(geneva, bern)).toBeCloseTo(greatCircleKm(bern, geneva), 9);
  });

  it('gives a quarter circumference from the equator to the pole and half between antipodes', () => {
    expect(greatCircleKm({ latDeg: 0, lonDeg: 0 }, { latDeg: 90, lonDeg: 0 })).toBeCloseTo((Math.PI / 2) * EARTH_RADIUS_KM, 6);
    expect(greatCircleKm({ latDeg: 0, lonDeg: 0 }, { latDeg: 0, lonDeg: 180 })).toBeCloseTo(Math.PI * EARTH_RADIUS_KM, 6);
  });

  it('matches one degree of longitude on the equator and a known city pair', () => {
    expect(greatCircleKm({ latDeg: 0, lonDeg: 0 }, { latDeg: 0, lonDeg: 1 })).toBeCloseTo(111.195, 3);
    // Paris (48.8566, 2.3522) to London (51.5074, -0.1278): 343.5 km with R = 6371 km.
    expect(greatCircleKm({ latDeg: 48.8566, lonDeg: 2.3522 }, { latDeg: 51.5074, lonDeg: -0.1278 })).toBeCloseTo(343.5, 0);
  });
});
