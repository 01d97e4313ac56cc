/** The one place the CLI takes the engine's time-series layout from, so a move in the engine is a one-line change here. */
export { REQUEST_SERIES, seriesOffset, type RequestSeries, type SampleBlock } from '../engine/simulation';
