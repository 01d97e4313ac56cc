import { describe, expect, it } from 'vitest';
import { nearestRow } from './nearest-sample';

const times = [1, 2, 4, 8, 16];
const at = (r: number) => times[r]!;

describe('nearestRow', () => {
  it('finds the closest sample on either side, ties to the earlier', () => {
    expect(nearestRow(5, at, 5.9)).toBe(2);
    expect(nearestRow(5, at, 6)).toBe(2);
    expect(nearestRow(5, at, 6.1)).toBe(3);
    expect(nearestRow(5, at, 3)).toBe(1);
  });

  it('clamps outside the sampled span and hits exact times', () => {
    expect(nearestRow(5, at, -100)).toBe(0);
    expect(nearestRow(5, at, 1e9)).toBe(4);
    times.forEach((t, r) => expect(nearestRow(5, at, t)).toBe(r));
  });

  it('says -1 when there is nothing to point at', () => {
    expect(nearestRow(0, at, 3)).toBe(-1);
    expect(nearestRow(5, at, NaN)).toBe(-1);
  });

  it('agrees with a linear scan on many random queries', () => {
    const many = Array.from({ length: 500 }, (_, i) => i * 0.5 + (i % 7) * 0.01);
    for (let k = 0; k < 200; k++) {
      const t = (k * 2.71828) % 260;
      let best = 0;
      many.forEach((v, r) => Math.abs(v - t) < Math.abs(many[best]! - t) && (best = r));
      expect(many[nearestRow(many.length, (r) => many[r]!, t)]).toBeCloseTo(many[best]!, 12);
    }
  });
});
