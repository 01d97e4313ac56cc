import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Evaluation } from '../engine/results';
import { LIMITS } from '../scenario/schema';
import { REQUEST_SERIES } from '../worker/protocol';
import { ResultsStore, TELEMETRY_BUDGET_BYTES } from './results-store';

const evaluation: Evaluation = { links: [], requests: [] };
const ids = (n: number) => Array.from({ length: n }, (_, i) => `r${i}`);

/** `rows` samples of `requests` requests from t = from, every value the row's time. */
function block(requests: number, from: number, rows: number) {
  const width = requests * REQUEST_SERIES.length;
  const timeSeconds = Float64Array.from({ length: rows }, (_, i) => from + i);
  const values = new Float64Array(rows * width);
  for (let r = 0; r < rows; r++) values.fill(from + r, r * width, (r + 1) * width);
  return { requestIds: [], timeSeconds, values };
}

afterEach(() => vi.unstubAllGlobals());

describe('ResultsStore memory budget (issue 22)', () => {
  it(`holds the schema's maximum of ${LIMITS.requests} requests within the stated budget, from the first sample to a long run`, () => {
    const store = new ResultsStore();
    store.receive({ type: 'started', runId: 1, evaluation, requestIds: ids(LIMITS.requests), durationSeconds: 1e6, timeSeconds: 0 });
    expect(store.status).toBe('running');
    // Starts small: one sample of 5,000 requests is 360 kB, so a few rows, not the whole run, are allocated up front.
    expect(store.allocatedBytes).toBeLessThanOrEqual(TELEMETRY_BUDGET_BYTES / 8);
    let t = 0;
    for (let b = 0; b < 40; b++) {
      store.receive({ type: 'samples', runId: 1, block: block(LIMITS.requests, t, 25), timeSeconds: t + 24 });
      t += 25;
      expect(store.allocatedBytes).toBeLessThanOrEqual(TELEMETRY_BUDGET_BYTES);
    }
    expect(store.status).toBe('running');
    // 1,000 samples arrived; the first and the last are kept, with every value in its place.
    expect(store.time(0)).toBe(0);
    expect(store.time(store.rowCount - 1)).toBe(999);
    expect(store.value(store.rowCount - 1, LIMITS.requests - 1, 'heldKeyBits')).toBe(999);
    expect(store.value(0, LIMITS.requests - 1, 'keyRateBitsPerSecond')).toBe(0);
  });

  it('gives a few requests the full 50,000 rows, growing by doubling', () => {
    const store = new ResultsStore();
    store.receive({ type: 'started', runId: 1, evaluation, requestIds: ids(2), durationSeconds: 1e6, timeSeconds: 0 });
    const first = store.allocatedBytes;
    expect(first).toBeLessThan(100_000);
    store.receive({ type: 'samples', runId: 1, block: block(2, 0, 50_000), timeSeconds: 49_999 });
    expect(store.rowCount).toBe(50_000);
    expect(store.thinnedRows).toBe(0);
    expect(store.allocatedBytes).toBe(50_000 * 8 * (1 + 2 * REQUEST_SERIES.length));
  });

  it('surfaces a failure to keep samples (the browser refusing memory) instead of saying "running"', () => {
    const store = new ResultsStore();
    store.receive({ type: 'started', runId: 1, evaluation, requestIds: ids(3), durationSeconds: 1e6, timeSeconds: 0 });
    const incoming = block(3, 0, 5_000);
    // From here on every large allocation fails, as Chromium's does when the tab's heap is exhausted.
    const Real = Float64Array;
    vi.stubGlobal(
      'Float64Array',
      class extends Real {
        constructor(length: number) {
          if (length > 1_000) throw new RangeError('Array buffer allocation failed');
          super(length);
        }
      },
    );
    store.receive({ type: 'samples', runId: 1, block: incoming, timeSeconds: 4_999 });
    expect(store.status).toBe('failed');
    expect(store.message.join(' ')).toMatch(/could not keep.*Array buffer allocation failed/);
    // Later samples are ignored, not thrown on; what was kept stays readable.
    expect(() => store.receive({ type: 'samples', runId: 1, block: block(3, 5_000, 1), timeSeconds: 5_000 })).not.toThrow();
    expect(store.status).toBe('failed');
    vi.unstubAllGlobals();
    // A new run starts afresh.
    store.receive({ type: 'started', runId: 2, evaluation, requestIds: ids(3), durationSeconds: 1e6, timeSeconds: 0 });
    expect(store.status).toBe('running');
    store.receive({ type: 'samples', runId: 2, block: block(3, 0, 10), timeSeconds: 9 });
    expect(store.rowCount).toBe(10);
  });

  it('refuses a block laid out for other requests with a message, not a silent mix-up', () => {
    const store = new ResultsStore();
    store.receive({ type: 'started', runId: 1, evaluation, requestIds: ids(3), durationSeconds: 1e6, timeSeconds: 0 });
    store.receive({ type: 'samples', runId: 1, block: block(2, 0, 4), timeSeconds: 3 });
    expect(store.status).toBe('failed');
    expect(store.message[0]).toMatch(/could not keep/);
  });
});
