import { BaseEdge, EdgeLabelRenderer, getStraightPath, type EdgeProps } from '@xyflow/react';
import { memo, useSyncExternalStore } from 'react';
import { useApp } from '../app/app-context';
import { useSession } from '../store/session-store';
import type { Evaluation } from '../engine/results';
import { formatBitsPerSecond } from '../panels/format-units';
import { qberAlarm } from '../panels/charts/request-labels';
import { linkRateColour } from './overlays/link-rate-colour';
import type { LinkFlowEdge } from './flow-elements';
import { isOnPath } from './request-path';

/** The best key rate any request currently gets on this link. */
function linkKeyRate(evaluation: Evaluation | null, linkId: string): number | null {
  if (!evaluation) return null;
  const rates = evaluation.requests.flatMap((r) => r.hops.filter((h) => h.linkId === linkId).map((h) => h.keyRateBitsPerSecond));
  return rates.length > 0 ? Math.max(...rates) : null;
}

/** A fiber or free-space link with its length and live key rate; width grows with the rate. */
export const LinkEdge = memo(function LinkEdge({ id, source, target, sourceX, sourceY, targetX, targetY, data, selected }: EdgeProps<LinkFlowEdge>) {
  const { results } = useApp();
  // Subscribes to the evaluation only (it changes per run), never to the sample stream.
  const evaluation = useSyncExternalStore((l) => results.subscribe(l), () => results.evaluation);
  const [path, labelX, labelY] = getStraightPath({ sourceX, sourceY, targetX, targetY });
  const select = useSession((st) => st.select);
  const requestId = useSession((st) => (st.selection?.kind === 'request' ? st.selection.id : null));
  const onPath = requestId !== null && isOnPath(evaluation?.requests.find((r) => r.id === requestId)?.path, source, target);
  const rate = linkKeyRate(evaluation, id);
  const width = rate === null ? 2 : rate > 0 ? 2 + Math.min(6, Math.max(0, Math.log10(rate))) : 1.5;
  // The key-rate colour, except where the selected request's path highlight must show.
  const stroke = onPath ? null : linkRateColour(rate);
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        className={`link link--${data?.linkKind ?? 'fiber'}${rate === 0 ? ' link--no-key' : ''}${onPath ? ' link--on-path' : ''}`}
        style={{ strokeWidth: selected ? width + 2 : width, ...(stroke ? { stroke } : {}) }}
      />
      <EdgeLabelRenderer>
        <div
          className={`link-label nodrag nopan${onPath ? ' link-label--on-path' : ''}`}
          role="button"
          tabIndex={0}
          aria-label={`Link ${id}, ${data?.lengthKm ?? ''} km`}
          onClick={() => select({ kind: 'link', id })}
          onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && select({ kind: 'link', id })}
          data-on-path={onPath || undefined}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }} data-testid={`link-label-${id}`}>
          <span>{data ? `${data.lengthKm} km` : ''}</span>
          {rate !== null && <span className="link-label__rate">{formatBitsPerSecond(rate)}</span>}
          {qberAlarm(evaluation, null, id) && <span className="badge badge--warn" data-testid={`qber-alarm-${id}`} title="QBER above 11 %: no key. On a link within reach the usual cause is an eavesdropper; past the distance limit, dark counts.">⚠ QBER</span>}
        </div>
      </EdgeLabelRenderer>
    </>
  );
});
