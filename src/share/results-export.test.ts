import { describe, expect, it } from 'vitest';
import { REQUEST_SERIES } from '../worker/protocol';
import { ResultsStore } from '../store/results-store';
import { resultsToCsv, resultsToJson } from './results-export';

const IDS = ['key-1', 'key-2'];
/** Sample value of a row, request and series; QBER of key-2 has no value (NaN), as when no key is made. */
const sample = (row: number, request: number, series: number) =>
  REQUEST_SERIES[series] === 'qber' && request === 1 ? NaN : (row + 1) * 100 + request * 10 + series + 0.5;

function storeWithSamples(rows: number) {
  const store = new ResultsStore();
  store.receive({ type: 'started', runId: 1, evaluation: { links: [], requests: [] }, requestIds: IDS, durationSeconds: 600, timeSeconds: 0 } as never);
  const values: number[] = [];
  for (let r = 0; r < rows; r++) IDS.forEach((_, i) => REQUEST_SERIES.forEach((_, k) => values.push(sample(r, i, k))));
  const timeSeconds = Float64Array.from({ length: rows }, (_, r) => r + 1);
  store.receive({ type: 'samples', runId: 1, block: { requestIds: IDS, timeSeconds, values: Float64Array.from(values) }, timeSeconds: rows } as never);
  return store;
}

describe('results export', () => {
  it('writes one CSV row per sample with a column per request and series', () => {
    const csv = resultsToCsv(storeWithSamples(3));
    expect(csv.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = csv.trimEnd().split('\r\n').map((line) => line.split(','));
    expect(header).toEqual(['timeSeconds', ...IDS.flatMap((id) => REQUEST_SERIES.map((s) => `${s}:${id}`))]);
    expect(rows).toHaveLength(3);
    const cell = (row: number, column: string) => rows[row]![header!.indexOf(column)];
    expect(cell(0, 'timeSeconds')).toBe('1');
    expect(cell(2, 'timeSeconds')).toBe('3');
    expect(cell(0, 'keyRateBitsPerSecond:key-1')).toBe('100.5');
    expect(cell(1, 'secretKeyBits:key-2')).toBe(String(200 + 10 + REQUEST_SERIES.indexOf('secretKeyBits') + 0.5));
    expect(cell(0, 'qber:key-2')).toBe('');
  });

  it('writes only the header before any run', () => {
    expect(resultsToCsv(new ResultsStore())).toBe('timeSeconds\r\n');
  });

  it('writes JSON columns with null for values that are not finite', () => {
    const json = JSON.parse(resultsToJson(storeWithSamples(2), 'Test'));
    expect(json.scenarioName).toBe('Test');
    expect(json.timeSeconds).toEqual([1, 2]);
    expect(json.requests[1].id).toBe('key-2');
    expect(json.requests[1].qber).toEqual([null, null]);
    expect(json.requests[0].keyRateBitsPerSecond).toEqual([100.5, 200.5]);
  });

  it('says in the file which rows are thinned history, when the page had to thin it', () => {
    // Rows at t = 0, 4, 8 (thinned), then 9, 10, 11 exact.
    const times = [0, 4, 8, 9, 10, 11];
    const reader = { requestIds: ['a'], rowCount: 6, thinnedRows: 3, evaluation: null, status: 'running', durationSeconds: 20, time: (r: number) => times[r]!, value: (r: number) => times[r]! * 2 };
    const [header, ...rows] = resultsToCsv(reader).trimEnd().split('\r\n').map((line) => line.split(','));
    expect(header!.at(-1)).toBe('thinned');
    expect(rows.map((r) => [r[0], r.at(-1)])).toEqual([['0', '1'], ['4', '1'], ['8', '1'], ['9', '0'], ['10', '0'], ['11', '0']]);
    const json = JSON.parse(resultsToJson(reader, 'T'));
    expect(json.thinning).toMatchObject({ thinnedRows: 3, exactFromSeconds: 9 });
    expect(json.thinning.note).toMatch(/thinned older ones/);
    expect(JSON.parse(resultsToJson(storeWithSamples(2), 'T')).thinning).toBeNull();
    expect(resultsToCsv(storeWithSamples(2))).not.toMatch(/thinned/);
  });
});
