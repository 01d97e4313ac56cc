import { describe, expect, it } from 'vitest';
import type { Evaluation } from '../engine/results';
import { REQUEST_SERIES, seriesOffset } from '../worker/protocol';
import { RESULT_CAPACITY_ROWS, ResultsStore } from './results-store';

const evaluation: Evaluation = { links: [], requests: [] };

function block(from: number, rows: number) {
  const timeSeconds = Float64Array.from({ length: rows }, (_, i) => from + i);
  // One request: rate, qber, latency, accumulated key = 10·t, no fidelity.
  const width = REQUEST_SERIES.length;
  const values = new Float64Array(rows * width);
  // Written by name, so adding a streamed series anywhere in REQUEST_SERIES leaves this test alone.
  const named = { keyRateBitsPerSecond: 5, qber: 0.03, latencySeconds: 1e-4, fidelity: NaN } as const;
  for (let i = 0; i < rows; i++) {
    for (const [series, value] of Object.entries(named)) values[i * width + seriesOffset(0, series as keyof typeof named)] = value;
    values[i * width + seriesOffset(0, 'secretKeyBits')] = 10 * (from + i);
  }
  return { requestIds: ['r'], timeSeconds, values };
}

describe('ResultsStore', () => {
  it('keeps samples in order; when full, thins the oldest half to every 2nd sample and keeps the newest exact', () => {
    const store = new ResultsStore();
    store.receive({ type: 'started', runId: 1, evaluation, requestIds: ['r'], durationSeconds: 1e6, timeSeconds: 0 });
    store.receive({ type: 'samples', runId: 1, block: block(1, RESULT_CAPACITY_ROWS), timeSeconds: RESULT_CAPACITY_ROWS });
    expect(store.rowCount).toBe(RESULT_CAPACITY_ROWS);
    expect(store.thinnedRows).toBe(0);
    store.receive({ type: 'samples', runId: 1, block: block(RESULT_CAPACITY_ROWS + 1, 10), timeSeconds: RESULT_CAPACITY_ROWS + 10 });
    const quarter = RESULT_CAPACITY_ROWS / 4;
    expect(store.rowCount).toBe(3 * quarter + 10);
    expect(store.thinnedRows).toBe(quarter);
    // The run's start is still there, then every 2nd sample of the older half, then every sample.
    expect([store.time(0), store.time(1), store.time(quarter - 1)]).toEqual([1, 3, 2 * quarter - 1]);
    expect([store.time(quarter), store.time(quarter + 1)]).toEqual([2 * quarter + 1, 2 * quarter + 2]);
    expect(store.value(1, 0, 'secretKeyBits')).toBe(30);
    expect(store.time(store.rowCount - 1)).toBe(RESULT_CAPACITY_ROWS + 10);
    expect(store.value(store.rowCount - 1, 0, 'secretKeyBits')).toBe(10 * (RESULT_CAPACITY_ROWS + 10));
  });

  it('offers a resume point with the accumulated key, and keeps history when a resumed run has the same requests', () => {
    const store = new ResultsStore();
    store.receive({ type: 'started', runId: 1, evaluation, requestIds: ['r'], durationSeconds: 600, timeSeconds: 0 });
    store.receive({ type: 'samples', runId: 1, block: block(1, 30), timeSeconds: 30 });
    expect(store.resumePoint()).toEqual({ timeSeconds: 30, secretKeyBits: { r: 300 } });
    store.receive({ type: 'started', runId: 2, evaluation, requestIds: ['r'], durationSeconds: 600, timeSeconds: 30 });
    expect(store.rowCount).toBe(30);
    store.receive({ type: 'started', runId: 3, evaluation, requestIds: ['r', 's'], durationSeconds: 600, timeSeconds: 30 });
    expect(store.rowCount).toBe(0);
  });

  it('holds how far a long first evaluation has come until the run starts', () => {
    const store = new ResultsStore();
    store.receive({ type: 'progress', runId: 1, requestsDone: 800, requests: 2000 });
    expect(store.evaluating).toEqual({ requestsDone: 800, requests: 2000 });
    store.receive({ type: 'started', runId: 1, evaluation, requestIds: ['r'], durationSeconds: 10, timeSeconds: 0 });
    expect(store.evaluating).toBeNull();
  });

  it('notifies subscribers and reports rejection messages', () => {
    const store = new ResultsStore();
    let calls = 0;
    store.subscribe(() => calls++);
    store.receive({ type: 'rejected', runId: 1, errors: ['nodes: bad'] });
    expect(calls).toBe(1);
    expect(store.status).toBe('rejected');
    expect(store.message).toEqual(['nodes: bad']);
  });
});
