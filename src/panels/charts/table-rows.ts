import type { RequestSeries } from '../../engine/simulation';
import type { SampleSource } from './sample-source';

export interface TableRow {
  timeSeconds: number;
  /** One value per request column, in the order of `requestIds`. */
  values: number[];
}

/** The last `n` samples of one series for the given request columns, oldest first. */
export function lastRows(source: SampleSource, series: RequestSeries, columns: readonly number[], n: number): TableRow[] {
  const rows: TableRow[] = [];
  for (let r = Math.max(0, source.rowCount - n); r < source.rowCount; r++) {
    rows.push({ timeSeconds: source.time(r), values: columns.map((i) => source.value(r, i, series)) });
  }
  return rows;
}
