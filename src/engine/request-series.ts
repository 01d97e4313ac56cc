import type { RequestSeries } from './simulation';

/** The quantities streamed for every request at every time step, in this order: the layout of every SampleBlock sent. */
export const REQUEST_SERIES = [
  'keyRateBitsPerSecond',
  'pairRatePerSecond',
  'qber',
  'latencySeconds',
  'secretKeyBits',
  'fidelity',
  'storedKeyBits',
  'unservedBitsPerSecond',
  'heldKeyBits',
] as const satisfies readonly RequestSeries[];

/** Where a request's series sits within a row of a block laid out as REQUEST_SERIES. */
export function seriesOffset(requestIndex: number, series: RequestSeries): number {
  return requestIndex * REQUEST_SERIES.length + REQUEST_SERIES.indexOf(series);
}
