import { describe, it, expect } from 'vitest';
import { airMassKastenYoung, airMassPlaneParallel, horizontalAtmosphericLossDb, slantAtmosphericLossDb } from './atmosphere';

describe('air mass', () => {
  it('is 1 at zenith for both models (Kasten–Young to 1e-3)', () => {
    expect(airMassPlaneParallel(90)).toBeCloseTo(1, 12);
    expect(airMassKastenYoung(90)).toBeCloseTo(1, 3);
  });
  it('plane-parallel is 2 at 30° and Kasten–Young agrees within 0.5 %', () => {
    expect(airMassPlaneParallel(30)).toBeCloseTo(2, 12);
    expect(Math.abs(airMassKastenYoung(30) / 2 - 1)).toBeLessThan(0.005);
  });
  it('Kasten–Young stays finite at the horizon (published value ≈ 38)', () => {
    expect(airMassKastenYoung(0)).toBeGreaterThan(37);
    expect(airMassKastenYoung(0)).toBeLessThan(39);
    expect(airMassPlaneParallel(0)).toBe(Infinity);
  });
  it('scales zenith extinction linearly (Beer–Lambert in dB)', () => {
    expect(slantAtmosphericLossDb(1.5, 30, 'plane-parallel')).toBeCloseTo(3, 12);
    expect(horizontalAtmosphericLossDb(144, 0.07)).toBeCloseTo(10.08, 12);
  });
});
