import type { Evaluation } from '../engine/results';
import { REQUEST_SERIES, type RequestSeries } from '../worker/protocol';

/** The read side of the ResultsStore buffers: enough to export without knowing their layout. */
export interface ResultsReader {
  requestIds: string[];
  rowCount: number;
  /** Leading rows of thinned history (samples between them were dropped to stay within memory); 0 when none. */
  thinnedRows: number;
  evaluation: Evaluation | null;
  status: string;
  durationSeconds: number;
  time(row: number): number;
  value(row: number, requestIndex: number, series: RequestSeries): number;
}

/** A number as CSV/JSON text: full precision, and an empty cell for NaN or infinities. */
const cell = (value: number) => (Number.isFinite(value) ? String(value) : '');

/** Why some rows are missing, in the export itself: a long or wide run keeps its older history thinned. */
const THINNED_NOTE = 'To stay within memory the page kept every sample of the recent part of the run and thinned older ones (every 2nd, 4th, … sample, never averaged); `qnet simulate --series` writes every step.';

/**
 * One row per sample: `timeSeconds`, then `<series>:<requestId>` for each request and series; when older history was
 * thinned, a last column `thinned` is 1 on those rows (samples after them were dropped) and 0 on exact ones.
 * Headers start with a letter and ids are [A-Za-z0-9_.:-], so no cell can be read as a spreadsheet formula.
 */
export function resultsToCsv(results: ResultsReader): string {
  const thinned = results.thinnedRows > 0;
  const header = ['timeSeconds', ...results.requestIds.flatMap((id) => REQUEST_SERIES.map((s) => `${s}:${id}`)), ...(thinned ? ['thinned'] : [])];
  const lines = [header.join(',')];
  for (let row = 0; row < results.rowCount; row++) {
    const cells = [cell(results.time(row))];
    results.requestIds.forEach((_, i) => REQUEST_SERIES.forEach((s) => cells.push(cell(results.value(row, i, s)))));
    if (thinned) cells.push(row < results.thinnedRows ? '1' : '0');
    lines.push(cells.join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The time series (as columns) and the steady-state evaluation, for notebooks and scripts; `thinning` says which rows are thinned. */
export function resultsToJson(results: ResultsReader, scenarioName: string): string {
  const timeSeconds: (number | null)[] = [];
  for (let row = 0; row < results.rowCount; row++) timeSeconds.push(finiteOrNull(results.time(row)));
  const requests = results.requestIds.map((id, i) => {
    const series: Record<string, (number | null)[]> = {};
    for (const s of REQUEST_SERIES) {
      const column: (number | null)[] = [];
      for (let row = 0; row < results.rowCount; row++) column.push(finiteOrNull(results.value(row, i, s)));
      series[s] = column;
    }
    return { id, ...series };
  });
  const thinning = results.thinnedRows > 0 ? { thinnedRows: results.thinnedRows, exactFromSeconds: results.time(results.thinnedRows), note: THINNED_NOTE } : null;
  return `${JSON.stringify({ scenarioName, status: results.status, durationSeconds: results.durationSeconds, thinning, evaluation: results.evaluation, timeSeconds, requests }, null, 1)}\n`;
}

/** JSON has no NaN or Infinity; null marks a sample with no finite value. */
const finiteOrNull = (value: number) => (Number.isFinite(value) ? value : null);
