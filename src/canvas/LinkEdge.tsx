import { BaseEdge, EdgeLabelRenderer, getStraightPath, type EdgeProps } from '@xyflow/react';
import { memo, useMemo, useSyncExternalStore } from 'react';
import { useApp } from '../app/app-context';
import { useSession } from '../store/session-store';
import type { Evaluation } from '../engine/results';
import { formatBitsPerSecond } from '../panels/format-units';
import { qberAlarm } from '../panels/charts/request-labels';
import { linkRateColour } from './overlays/link-rate-colour';
import { linkResultOf, linkStatus, type LinkStatus } from './overlays/link-status';
import type { LinkFlowEdge } from './flow-elements';
import { isOnPath } from './request-path';
import './link-edge.css';

/** The best key rate any request currently gets on this link. */
function linkKeyRate(evaluation: Evaluation | null, linkId: string): number | null {
  if (!evaluation) return null;
  const rates = evaluation.requests.flatMap((r) => r.hops.filter((h) => h.linkId === linkId).map((h) => h.keyRateBitsPerSecond));
  return rates.length > 0 ? Math.max(...rates) : null;
}

/** The label's status part: a ✕ for a failure, "not in view" for a dark satellite link, the elevation while in view. */
function StatusBadge({ id, status }: { id: string; status: LinkStatus }) {
  if (status.kind === 'failed') {
    return <span className="badge badge--failed" data-testid={`link-failed-${id}`} title={status.reason}>✕ failed</span>;
  }
  if (status.kind === 'dark') {
    return <span className="badge badge--dark" data-testid={`link-dark-${id}`} title={status.reason}>{status.elevationDeg === null ? 'no light' : 'not in view'}</span>;
  }
  if (status.elevationDeg === null) return null;
  return <span className="link-label__elevation" data-testid={`link-elevation-${id}`} title="Satellite elevation above this ground station">∠ {status.elevationDeg.toFixed(0)}°</span>;
}

/** A fiber or free-space link with its length, live key rate and state (failed, out of view); width grows with the rate. */
export const LinkEdge = memo(function LinkEdge({ id, source, target, sourceX, sourceY, targetX, targetY, data, selected }: EdgeProps<LinkFlowEdge>) {
  const { results } = useApp();
  // Subscribes to the evaluation only (it changes per run and when the network changes during one), never to the sample stream.
  const evaluation = useSyncExternalStore((l) => results.subscribe(l), () => results.evaluation);
  const [path, labelX, labelY] = getStraightPath({ sourceX, sourceY, targetX, targetY });
  const select = useSession((st) => st.select);
  const requestId = useSession((st) => (st.selection?.kind === 'request' ? st.selection.id : null));
  const onPath = requestId !== null && isOnPath(evaluation?.requests.find((r) => r.id === requestId)?.path, source, target);
  const rate = useMemo(() => linkKeyRate(evaluation, id), [evaluation, id]);
  const linkResult = linkResultOf(evaluation, id);
  const status = useMemo(() => linkStatus(linkResult), [linkResult]);
  const width = rate === null ? 2 : rate > 0 ? 2 + Math.min(6, Math.max(0, Math.log10(rate))) : 1.5;
  // The key-rate colour, except where the path highlight or a failed / dark style must show.
  const stroke = onPath || status.kind !== 'up' ? null : linkRateColour(rate);
  const stateClass = status.kind === 'failed' ? ' link--failed' : status.kind === 'dark' ? ' link--dark' : rate === 0 ? ' link--no-key' : '';
  const stateWords = status.kind === 'failed' ? `, failed: ${status.reason}` : status.kind === 'dark' ? `, not carrying light: ${status.reason}` : '';
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        className={`link link--${data?.linkKind ?? 'fiber'}${stateClass}${onPath ? ' link--on-path' : ''}`}
        style={{ strokeWidth: selected ? width + 2 : width, ...(stroke ? { stroke } : {}) }}
      />
      <EdgeLabelRenderer>
        <div
          className={`link-label nodrag nopan${onPath ? ' link-label--on-path' : ''}${status.kind !== 'up' ? ` link-label--${status.kind}` : ''}`}
          role="button"
          tabIndex={0}
          aria-label={`Link ${id}, ${data?.lengthKm ?? ''} km${stateWords}`}
          title={status.kind === 'up' ? undefined : status.reason}
          onClick={() => select({ kind: 'link', id })}
          onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && select({ kind: 'link', id })}
          data-on-path={onPath || undefined}
          data-link-state={status.kind}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }} data-testid={`link-label-${id}`}>
          <span>{data ? `${data.lengthKm} km` : ''}</span>
          {linkResult && status.kind === 'up' && Number.isFinite(linkResult.lossDb) && (
            <span className="link-label__loss" data-testid={`link-loss-${id}`} title="Channel loss">{linkResult.lossDb.toFixed(1)} dB</span>
          )}
          <StatusBadge id={id} status={status} />
          {rate !== null && status.kind === 'up' && <span className="link-label__rate">{formatBitsPerSecond(rate)}</span>}
          {qberAlarm(evaluation, null, id) && <span className="badge badge--warn" data-testid={`qber-alarm-${id}`} title="QBER above 11 %: no key. On a link within reach the usual cause is an eavesdropper; past the distance limit, dark counts.">⚠ QBER</span>}
        </div>
      </EdgeLabelRenderer>
    </>
  );
});
