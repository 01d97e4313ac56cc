import type { RequestSeries } from '../../engine/simulation';

/** What charts read from streamed results: the ResultsStore buffers (older rows possibly thinned), or a fake in tests. */
export interface SampleSource {
  readonly rowCount: number;
  readonly requestIds: readonly string[];
  time(row: number): number;
  value(row: number, requestIndex: number, series: RequestSeries): number;
}
