import { describe, expect, it } from 'vitest';
import { REQUEST_SERIES, seriesOffset } from '../../worker/protocol';
import { ResultsStore } from '../../store/results-store';
import { lastRows } from './table-rows';
import { qberAlarm } from '../../format/request-labels';
import { seriesLook } from './series-look';
import type { Evaluation } from '../../engine/results';

/** A results store fed as the worker would: two requests, rows at t = 1…n with key rate 10·t and 20·t. */
function storeWithRows(n: number): ResultsStore {
  const store = new ResultsStore();
  const evaluation: Evaluation = { links: [], requests: [] };
  store.receive({ type: 'started', runId: 1, evaluation, requestIds: ['a', 'b'], durationSeconds: 100, timeSeconds: 0 });
  const width = 2 * REQUEST_SERIES.length;
  const times = new Float64Array(n);
  const values = new Float64Array(n * width);
  for (let r = 0; r < n; r++) {
    times[r] = r + 1;
    values[r * width + seriesOffset(0, 'keyRateBitsPerSecond')] = 10 * (r + 1);
    values[r * width + seriesOffset(1, 'keyRateBitsPerSecond')] = 20 * (r + 1);
  }
  store.receive({ type: 'samples', runId: 1, block: { requestIds: ['a', 'b'], timeSeconds: times, values }, timeSeconds: n });
  return store;
}

describe('lastRows', () => {
  it('gives the newest n samples, oldest first, one value per requested column', () => {
    const rows = lastRows(storeWithRows(30), 'keyRateBitsPerSecond', [0, 1], 3);
    expect(rows).toEqual([
      { timeSeconds: 28, values: [280, 560] },
      { timeSeconds: 29, values: [290, 580] },
      { timeSeconds: 30, values: [300, 600] },
    ]);
  });

  it('gives every row when there are fewer than n, and only the chosen columns', () => {
    expect(lastRows(storeWithRows(2), 'keyRateBitsPerSecond', [1], 20)).toEqual([
      { timeSeconds: 1, values: [20] },
      { timeSeconds: 2, values: [40] },
    ]);
  });
});

describe('seriesLook', () => {
  it('knows the streamed series and still labels one it has never seen', () => {
    for (const s of REQUEST_SERIES) expect(seriesLook(s).title.length).toBeGreaterThan(0);
    expect(seriesLook('keyRateBitsPerSecond').unit).toBe('bit/s');
    expect(seriesLook('qber').format(0.031)).toBe('3.10 %');
    expect(seriesLook('storedPairsCount').title).toBe('stored Pairs Count');
    expect(seriesLook('storedPairsCount').format(12)).toBe('12');
  });
});

describe('qberAlarm', () => {
  const hop = (linkId: string, qber: number) => ({ linkId, from: 'x', to: 'y', keyRateBitsPerSecond: 0, keyBitsPerPulse: 0, qber, plobBitsPerSecond: 1, settings: {}, noKeyReason: null });
  const evaluation = {
    links: [],
    requests: [
      { id: 'r1', hops: [hop('l1', 0.02), hop('l2', 0.26)] },
      { id: 'r2', hops: [hop('l3', NaN)] },
    ],
  } as unknown as Evaluation;

  it('flags a request or link whose measured QBER is above 11 %', () => {
    expect(qberAlarm(evaluation, 'r1')).toBe(true);
    expect(qberAlarm(evaluation, null, 'l2')).toBe(true);
    expect(qberAlarm(evaluation, null, 'l1')).toBe(false);
  });

  it('does not flag a hop with no detections (QBER NaN) or no results', () => {
    expect(qberAlarm(evaluation, 'r2')).toBe(false);
    expect(qberAlarm(null, 'r1')).toBe(false);
  });

  it('finds a request by its id and a link within it, and flags no request the evaluation does not hold', () => {
    expect(qberAlarm(evaluation, 'r1', 'l2')).toBe(true);
    expect(qberAlarm(evaluation, 'r1', 'l1')).toBe(false);
    expect(qberAlarm(evaluation, 'r2', 'l2')).toBe(false);
    expect(qberAlarm(evaluation, 'r9')).toBe(false);
  });
});
