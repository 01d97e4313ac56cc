import { describe, expect, it } from 'vitest';
import { capRows, RESULT_CAPACITY_ROWS, SampleRows, TELEMETRY_BUDGET_BYTES } from './results-store-rows';

/** Rows t = from … from + n − 1, each value `t · 10 + column`. */
function rows(width: number, from: number, n: number) {
  const times = Float64Array.from({ length: n }, (_, i) => from + i);
  const values = Float64Array.from({ length: n * width }, (_, k) => (from + Math.floor(k / width)) * 10 + (k % width));
  return [times, values] as const;
}

describe('SampleRows', () => {
  it('caps rows by the budget: 50,000 for a few series, fewer for many, never below 64', () => {
    expect(capRows(9)).toBe(RESULT_CAPACITY_ROWS);
    // 5,000 requests × 9 series: 360 kB a row.
    const widest = capRows(45_000);
    expect(widest * 8 * 45_001).toBeLessThanOrEqual(TELEMETRY_BUDGET_BYTES);
    expect(widest).toBeGreaterThan(250);
    expect(capRows(45_000, 1)).toBe(64);
    expect(capRows(45_000) % 4).toBe(0);
  });

  it('grows by doubling and never past the cap, however many samples arrive', () => {
    const store = new SampleRows(3, 8 * 4 * 200);
    expect(store.cap).toBe(200);
    const sizes = new Set<number>();
    for (let t = 0; t < 2_000; t++) {
      store.append(...rows(3, t, 1));
      sizes.add(store.allocatedBytes / 32);
    }
    expect([...sizes]).toEqual([16, 32, 64, 128, 200]);
    expect(store.rowCount).toBeLessThanOrEqual(200);
  });

  it('shows the whole run: the first sample stays, older samples get sparser with age, the newest half is exact', () => {
    const store = new SampleRows(2, 8 * 3 * 64);
    for (let t = 0; t < 1_000; t++) store.append(...rows(2, t, 1));
    const times = Array.from({ length: store.rowCount }, (_, r) => store.time(r));
    expect(times[0]).toBe(0);
    expect(times.at(-1)).toBe(999);
    // Strictly increasing, gaps never shrinking with age, and every sample after the thinned part.
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    expect(gaps.every((g) => g > 0)).toBe(true);
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]!).toBeLessThanOrEqual(gaps[i - 1]!);
    expect(store.rowCount - store.thinnedRows).toBeGreaterThanOrEqual(store.cap / 2);
    expect(gaps.slice(store.thinnedRows).every((g) => g === 1)).toBe(true);
    // Values travel with their times.
    for (let r = 0; r < store.rowCount; r++) expect([store.value(r, 0), store.value(r, 1)]).toEqual([times[r]! * 10, times[r]! * 10 + 1]);
  });

  it('keeps values with their times across many thinnings, blocks of several rows at a time', () => {
    const store = new SampleRows(3, 8 * 4 * 100);
    let t = 0;
    for (let block = 0; block < 300; block++) {
      const n = 1 + (block % 7);
      store.append(...rows(3, t, n));
      t += n;
      const times = Array.from({ length: store.rowCount }, (_, r) => store.time(r));
      expect(times.at(-1)).toBe(t - 1);
      expect(times.slice(1).every((x, i) => x > times[i]!)).toBe(true);
      for (let r = 0; r < store.rowCount; r++) expect([0, 1, 2].map((c) => store.value(r, c))).toEqual([0, 1, 2].map((c) => times[r]! * 10 + c));
    }
    expect(store.thinnedRows).toBe(store.cap / 4);
    expect(store.time(0)).toBe(0);
  });

  it('refuses a block of another width without changing what it holds', () => {
    const store = new SampleRows(3);
    store.append(...rows(3, 0, 5));
    expect(() => store.append(...rows(2, 5, 5))).toThrow(/does not fit rows of 3/);
    expect(store.rowCount).toBe(5);
  });
});
