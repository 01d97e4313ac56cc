import { describe, it, expect } from 'vitest';
import { keyRateBitsPerSecond } from './key-rate-per-second';

describe('key per second', () => {
  it('is key per pulse × repetition rate without dead time', () => {
    expect(keyRateBitsPerSecond(1e-5, 1e9)).toBeCloseTo(1e4, 8);
  });
  it('loses the clicks a non-paralyzable detector misses: factor 1/(1 + Rτ)', () => {
    // 1e-2 clicks/pulse at 1 GHz = 1e7 clicks/s; τ = 100 ns → Rτ = 1.
    expect(keyRateBitsPerSecond(1e-3, 1e9, { detectionsPerPulse: 1e-2, deadTimeSeconds: 100e-9 })).toBeCloseTo(1e6 / 2, 4);
  });
});
