import { describe, it, expect } from 'vitest';
import { plobBitsPerChannelUse, plobBitsPerChannelUseFromLossDb, plobBitsPerSecond } from './plob';

describe('PLOB bound −log2(1−η)', () => {
  it('keeps full precision at 500 km of 0.2 dB/km (η = 1e-10 → 1.4427e-10 bits/use)', () => {
    const exact = 1e-10 / Math.LN2 + 1e-20 / (2 * Math.LN2);
    expect(plobBitsPerChannelUse(1e-10) / exact).toBeCloseTo(1, 12);
    expect(plobBitsPerChannelUseFromLossDb(100) / exact).toBeCloseTo(1, 12);
  });
  it('is 1 bit at η = 1/2 and 0 with no transmission', () => {
    expect(plobBitsPerChannelUse(0.5)).toBeCloseTo(1, 14);
    expect(plobBitsPerChannelUse(0)).toBe(0);
  });
  it('scales with channel uses per second', () => {
    expect(plobBitsPerSecond(0.5, 1e9)).toBeCloseTo(1e9, 3);
  });
});
