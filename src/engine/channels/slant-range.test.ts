import { describe, it, expect } from 'vitest';
import { EARTH_RADIUS_KM, elevationDegFromSlantRange, slantRangeKm } from './slant-range';

describe('slantRangeKm', () => {
  it('equals the altitude at zenith', () => {
    expect(slantRangeKm(90, 500)).toBeCloseTo(500, 9);
  });
  it('reaches the horizon tangent sqrt((Re+h)^2 − Re^2) at 0°', () => {
    const tangent = Math.sqrt((EARTH_RADIUS_KM + 500) ** 2 - EARTH_RADIUS_KM ** 2);
    expect(slantRangeKm(0, 500)).toBeCloseTo(tangent, 9);
  });
  it('is inverted by elevationDegFromSlantRange', () => {
    for (const e of [5, 15, 30, 49, 70, 89]) expect(elevationDegFromSlantRange(slantRangeKm(e, 500), 500)).toBeCloseTo(e, 9);
  });
  it('puts Micius (≈500 km) at about 49° for 645 km and 20° for 1200 km', () => {
    expect(elevationDegFromSlantRange(645, 500)).toBeCloseTo(49.0, 0);
    expect(elevationDegFromSlantRange(1200, 500)).toBeCloseTo(19.8, 0);
  });
});
