import { describe, expect, it } from 'vitest';
import { plobBitsPerChannelUse } from './plob';

describe('PLOB bound −log2(1−η)', () => {
  it('matches the closed form at moderate transmittance', () => {
    expect(plobBitsPerChannelUse(0.5)).toBeCloseTo(1, 14);
    expect(plobBitsPerChannelUse(0.1)).toBeCloseTo(-Math.log2(0.9), 14);
  });

  it('tends to η/ln 2 for tiny η without losing precision (500 km of 0.2 dB/km fiber)', () => {
    const eta = 1e-10;
    expect(plobBitsPerChannelUse(eta) / (eta / Math.LN2)).toBeCloseTo(1, 9);
    expect(plobBitsPerChannelUse(1e-30)).toBeGreaterThan(0);
  });

  it('is zero for a broken channel and unbounded for a perfect one', () => {
    expect(plobBitsPerChannelUse(0)).toBe(0);
    expect(plobBitsPerChannelUse(1)).toBe(Infinity);
  });
});
