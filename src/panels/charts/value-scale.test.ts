import { describe, expect, it } from 'vitest';
import { thinRows } from './thin-rows';
import { logTicks, valueRange, valueScale } from './value-scale';

describe('valueRange', () => {
  it('skips non-finite values and tracks the smallest positive', () => {
    expect(valueRange([0, 3, NaN, 0.02, Infinity, 7])).toEqual({ min: 0, max: 7, minPositive: 0.02 });
  });
});

describe('valueScale', () => {
  it('starts a linear axis at zero with headroom above the largest value', () => {
    const { scale, defined } = valueScale('linear', valueRange([2, 10]), [100, 0]);
    expect(scale.domain()[0]).toBe(0);
    expect(scale.domain()[1]).toBeGreaterThanOrEqual(11.5);
    expect(defined(0)).toBe(true);
    expect(defined(NaN)).toBe(false);
  });

  it('spans many decades on a log axis and leaves zeros out as gaps', () => {
    const { scale, defined } = valueScale('log', valueRange([0, 1e-2, 5e4]), [100, 0]);
    const [lo, hi] = scale.domain() as [number, number];
    expect(lo).toBeLessThanOrEqual(1e-2);
    expect(hi).toBeGreaterThanOrEqual(5e4);
    expect(scale(1e-2)).toBeGreaterThan(scale(1));
    expect(defined(0)).toBe(false);
    expect(defined(-1)).toBe(false);
    expect(defined(1e-9)).toBe(true);
  });

  it('widens a flat log axis to at least a decade and survives having no positive values', () => {
    const flat = valueScale('log', valueRange([500, 500]), [100, 0]).scale.domain() as [number, number];
    expect(flat[1] / flat[0]).toBeGreaterThanOrEqual(10);
    expect(flat[0]).toBeLessThan(500);
    expect(flat[1]).toBeGreaterThan(500);
    const empty = valueScale('log', valueRange([0, 0]), [100, 0]).scale.domain() as [number, number];
    expect(empty[0]).toBeGreaterThan(0);
  });
});

describe('thinRows', () => {
  it('keeps every row when few and an even stride ending on the last row when many', () => {
    expect(thinRows(4, 10)).toEqual([0, 1, 2, 3]);
    const thinned = thinRows(10_001, 1000);
    expect(thinned.length).toBeLessThanOrEqual(1001);
    expect(thinned[0]).toBe(0);
    expect(thinned.at(-1)).toBe(10_000);
    expect(thinRows(0, 10)).toEqual([]);
  });
});

describe('logTicks', () => {
  it('labels whole decades, at most seven of them', () => {
    expect(logTicks(valueScale('log', valueRange([0.5, 2e4]), [100, 0]).scale)).toEqual([0.1, 1, 10, 100, 1000, 10000, 100000].filter((v) => v >= 0.1 && v <= 1e5));
    expect(logTicks(valueScale('log', valueRange([1e-12, 1e12]), [100, 0]).scale).length).toBeLessThanOrEqual(7);
  });
});
