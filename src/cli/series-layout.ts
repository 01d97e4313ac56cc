/** The one place the CLI takes the streamed time-series layout from: the worker protocol's, so app and CLI agree. */
export { REQUEST_SERIES, seriesOffset, type RequestSeries, type SampleBlock } from '../worker/protocol';
