import { cellValue, csvLine } from './csv-cells';
import { REQUEST_SERIES, seriesOffset, type SampleBlock } from './series-layout';

/** Header of the time-series CSV: time, then every series of every request ("key-1.qber"). */
export function seriesHeader(requestIds: readonly string[]): string {
  return csvLine(['timeSeconds', ...requestIds.flatMap((id) => REQUEST_SERIES.map((series) => `${id}.${series}`))]);
}

/** The block's rows as CSV, a few thousand rows per chunk so a long run never builds one huge string. */
export function* seriesRows(block: SampleBlock, rowsPerChunk = 2000): Generator<string> {
  const requests = block.requestIds.length;
  const width = requests * REQUEST_SERIES.length;
  const rows = block.timeSeconds.length;
  for (let first = 0; first < rows; first += rowsPerChunk) {
    let chunk = '';
    for (let row = first; row < Math.min(rows, first + rowsPerChunk); row++) {
      const cells = [cellValue(block.timeSeconds[row])];
      for (let i = 0; i < requests; i++) for (const series of REQUEST_SERIES) cells.push(cellValue(block.values[row * width + seriesOffset(i, series)]));
      chunk += csvLine(cells);
    }
    yield chunk;
  }
}
