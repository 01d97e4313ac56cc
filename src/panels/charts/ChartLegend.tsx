
import { useEditor, useDocument, useResults } from '../../editor/editor-context';
import { qberAlarm } from '../../format/request-labels';
import { requestName } from '../../format/names';
import { seriesColour } from './series-colours';

/** Requests by name (as their cards say them) with their line colours; a badge marks a request whose QBER is past the alarm. */
export function ChartLegend({ requestIds, columns }: { requestIds: readonly string[]; columns: readonly number[] }) {
  const { results } = useEditor();
  const scenario = useDocument((s) => s.scenario);
  const evaluation = useResults((r) => r.evaluation);
  const hidden = requestIds.length - columns.length;
  return (
    <ul className="chart__legend" aria-label="Requests">
      {columns.map((i) => {
        const id = requestIds[i] ?? '';
        const label = requestName(scenario, id);
        return (
          <li key={id}>
            <span className="chart__swatch" style={{ background: seriesColour(i) }} aria-hidden="true" />
            {label}
            {qberAlarm(evaluation, id) && (
              <span className="badge badge--warn" title="QBER above 11 %: no key. On a link within reach the usual cause is an eavesdropper; past the distance limit, dark counts.">⚠ QBER &gt; 11 %</span>
            )}
          </li>
        );
      })}
      {hidden > 0 && <li className="muted">+{hidden} more not drawn</li>}
    </ul>
  );
}
