import { describe, expect, it } from 'vitest';
import { plobBitsPerChannelUse } from './plob';
import { tgwBitsPerChannelUse, tgwBitsPerSecondFromPlob } from './tgw';

describe('TGW bound log2((1+η)/(1−η))', () => {
  it('matches the closed form at η = 1/3 (1 bit), 1/2 (log2 3) and 3/5 (2 bits)', () => {
    expect(tgwBitsPerChannelUse(1 / 3)).toBeCloseTo(1, 14);
    expect(tgwBitsPerChannelUse(0.5)).toBeCloseTo(Math.log2(3), 14);
    expect(tgwBitsPerChannelUse(0.6)).toBeCloseTo(2, 14);
  });

  it('keeps full precision at η = 1e-10, where it is 2η/ln 2 to first order, twice PLOB', () => {
    expect(tgwBitsPerChannelUse(1e-10) / ((2 * 1e-10) / Math.LN2)).toBeCloseTo(1, 12);
    expect(tgwBitsPerChannelUse(1e-10) / plobBitsPerChannelUse(1e-10)).toBeCloseTo(2, 9);
  });

  it('is never below PLOB, 0 with no transmission and unbounded at η = 1', () => {
    for (const eta of [1e-6, 0.01, 0.1, 0.5, 0.9, 0.999]) expect(tgwBitsPerChannelUse(eta)).toBeGreaterThan(plobBitsPerChannelUse(eta));
    expect(tgwBitsPerChannelUse(0)).toBe(0);
    expect(tgwBitsPerChannelUse(1)).toBe(Infinity);
  });

  it('counts the same channel uses as a PLOB rate', () => {
    // PLOB at η = 1/2 is 1 bit per use, so 1e9 bit/s of PLOB is 1e9 uses/s, each worth log2 3 bits under TGW.
    expect(tgwBitsPerSecondFromPlob(1e9, 0.5) / (1e9 * Math.log2(3))).toBeCloseTo(1, 12);
    expect(tgwBitsPerSecondFromPlob(0, 0.5)).toBe(0);
  });
});
