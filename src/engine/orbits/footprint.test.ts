import { describe, expect, it } from 'vitest';
import { DEG, EARTH_RADIUS_KM } from './earth';
import { footprintRadiusDeg } from './footprint';
import { lookAngles } from './look-angles';

describe('footprintRadiusDeg', () => {
  it('is the horizon angle arccos(R/(R+h)) at 0° elevation: 81.3° for a geostationary orbit (Wertz, table 5-3)', () => {
    expect(footprintRadiusDeg(35_786, 0)).toBeCloseTo(81.3, 1);
    expect(footprintRadiusDeg(500, 0)).toBeCloseTo(Math.acos(EARTH_RADIUS_KM / (EARTH_RADIUS_KM + 500)) / DEG, 10);
  });

  it('shrinks to nothing at 90° and for a satellite on the ground', () => {
    expect(footprintRadiusDeg(500, 90)).toBeCloseTo(0, 10);
    expect(footprintRadiusDeg(0, 10)).toBe(0);
  });

  it('puts a station on the footprint edge at exactly the minimum elevation', () => {
    for (const [altitudeKm, minElevationDeg] of [[500, 10], [1200, 25], [20_200, 5]] as const) {
      const lambda = footprintRadiusDeg(altitudeKm, minElevationDeg);
      const r = EARTH_RADIUS_KM + altitudeKm;
      // Satellite over (0°, 0°); the station lies `lambda` degrees north of it along the meridian.
      const seen = lookAngles({ latDeg: lambda, lonDeg: 0 }, { x: r, y: 0, z: 0 });
      expect(seen.elevationDeg).toBeCloseTo(minElevationDeg, 6);
    }
  });
});
