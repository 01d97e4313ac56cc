import { useEditor, useDocument, useResults } from '../../editor/editor-context';
import type { RequestSeries } from '../../engine/simulation';
import { seriesLook } from './series-look';
import { requestName } from '../../format/names';
import { lastRows } from './table-rows';

/** Rows shown by "Show as table": enough to read the trend, few enough to stay light. */
export const TABLE_ROWS = 20;

/** The chart's data as an HTML table, for screen readers and for reading exact values. */
export function ChartTable({ series, columns }: { series: RequestSeries; columns: readonly number[] }) {
  const { results } = useEditor();
  // Re-read the stream's tail at most once per frame.
  useResults((r) => r.version, { perFrame: true });
  const scenario = useDocument((s) => s.scenario);
  const look = seriesLook(series);
  const rows = lastRows(results, series, columns, TABLE_ROWS);
  return (
    <table className="chart__table" data-testid={`chart-table-${series}`}>
      <caption>
        {look.title}, last {rows.length} samples{look.unit ? ` (${look.unit})` : ''}
      </caption>
      <thead>
        <tr>
          <th scope="col">Time (s)</th>
          {columns.map((i) => {
            const id = results.requestIds[i] ?? '';
            return <th scope="col" key={id}>{requestName(scenario, id)}</th>;
          })}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.timeSeconds}>
            <th scope="row">{+row.timeSeconds.toPrecision(6)}</th>
            {row.values.map((v, k) => <td key={k}>{look.format(v)}</td>)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
