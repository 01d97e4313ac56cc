import { BaseEdge, EdgeLabelRenderer, getStraightPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { createPortal } from 'react-dom';
import { useSession } from '../store/session-store';
import { formatBitsPerSecond, formatLengthKm, formatLossDb } from '../format/format-units';
import { useLinkOnPath, useLinkOverlay, useLowDetail, useTopLayer } from './canvas-overlay-context';
import { linkLook } from '../format/link-look';
import type { LinkOverlay } from '../format/link-overlay';
import type { LinkStatus } from '../format/link-status';
import type { LinkFlowEdge } from './flow-elements';
import './link-edge.css';

const UP: LinkStatus = { kind: 'up', elevationDeg: null };

/** The label's status part: a ✕ for a failure, "not in view" for a dark satellite link, the elevation while in view. */
function StatusBadge({ id, status }: { id: string | null; status: LinkStatus }) {
  const testId = (name: string) => (id === null ? undefined : `${name}-${id}`);
  if (status.kind === 'failed') {
    return <span className="badge badge--failed" data-testid={testId('link-failed')} title={status.reason}>✕ failed</span>;
  }
  if (status.kind === 'dark') {
    return <span className="badge badge--dark" data-testid={testId('link-dark')} title={status.reason}>{status.elevationDeg === null ? 'no light' : 'not in view'}</span>;
  }
  if (status.elevationDeg === null) return null;
  return <span className="link-label__elevation" data-testid={testId('link-elevation')} title="Satellite elevation above this ground station">∠ {status.elevationDeg.toFixed(0)}°</span>;
}

interface LabelProps {
  id: string;
  x: number;
  y: number;
  lengthKm: number | undefined;
  overlay: LinkOverlay | undefined;
  onPath: boolean;
}

/** What a label says; `id` null for the drawn-on-top copy, which carries no test ids (they must stay unique). */
function LabelContent({ id, lengthKm, overlay }: { id: string | null; lengthKm: number | undefined; overlay: LinkOverlay | undefined }) {
  const status = overlay?.status ?? UP;
  const rate = overlay?.keyRateBitsPerSecond ?? null;
  return (
    <>
      <span data-testid={id === null ? undefined : `link-length-${id}`}>{lengthKm !== undefined ? formatLengthKm(lengthKm) : ''}</span>
      {overlay && status.kind === 'up' && overlay.lossDb !== null && (
        <span className="link-label__loss" data-testid={id === null ? undefined : `link-loss-${id}`} title="Channel loss">{formatLossDb(overlay.lossDb, 1)}</span>
      )}
      <StatusBadge id={id} status={status} />
      {rate !== null && status.kind === 'up' && <span className="link-label__rate">{formatBitsPerSecond(rate)}</span>}
      {overlay?.qberAlarm && <span className="badge badge--warn" data-testid={id === null ? undefined : `qber-alarm-${id}`} title="QBER above 11 %: no key. On a link within reach the usual cause is an eavesdropper; past the distance limit, dark counts.">⚠ QBER</span>}
    </>
  );
}

/**
 * Length, loss, state, rate and QBER alarm beside the link; only drawn when zoomed in enough to read it.
 * A node must neither hide a label nor lose its clicks to one: a plain label is clicked in React Flow's label layer,
 * under the nodes, and drawn again, inert, in the viewport's top layer above them. A label with an alarm (⚠ QBER,
 * failed) lives in the top layer alone: it must never be hidden, even at the cost of covering a node.
 */
function LinkLabel({ id, x, y, lengthKm, overlay, onPath }: LabelProps) {
  const select = useSession((st) => st.select);
  const topLayer = useTopLayer();
  const status = overlay?.status ?? UP;
  // A satellite link (it has an elevation) shows the engine's slant range, which changes through a pass; others the document's.
  const km = status.kind !== 'failed' && status.elevationDeg !== null && overlay ? overlay.lengthKm : lengthKm;
  const alarm = !!overlay?.qberAlarm || status.kind === 'failed';
  const stateWords = status.kind === 'failed' ? `, failed: ${status.reason}` : status.kind === 'dark' ? `, not carrying light: ${status.reason}` : '';
  const className = `link-label nodrag nopan${onPath ? ' link-label--on-path' : ''}${status.kind !== 'up' ? ` link-label--${status.kind}` : ''}${overlay?.qberAlarm ? ' link-label--alarm' : ''}`;
  const style = { transform: `translate(-50%, -50%) translate(${x}px, ${y}px)` };
  const label = (
    <div
      className={className}
      role="button"
      tabIndex={0}
      aria-label={`Link ${id}, ${km === undefined ? '' : formatLengthKm(km)}${stateWords}`}
      title={status.kind === 'up' ? undefined : status.reason}
      onClick={() => select({ kind: 'link', id })}
      onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && select({ kind: 'link', id })}
      data-on-path={onPath || undefined}
      data-link-state={status.kind}
      style={style} data-testid={`link-label-${id}`}>
      <LabelContent id={id} lengthKm={km} overlay={overlay} />
    </div>
  );
  if (alarm) return topLayer && createPortal(label, topLayer);
  return (
    <>
      <EdgeLabelRenderer>{label}</EdgeLabelRenderer>
      {topLayer &&
        createPortal(
          <div className={`${className} link-label--shown`} aria-hidden="true" style={style}>
            <LabelContent id={null} lengthKm={km} overlay={overlay} />
          </div>,
          topLayer,
        )}
    </>
  );
}

/** A fiber or free-space link with its length, live key rate and state (failed, out of view); width grows with the rate. */
export const LinkEdge = memo(function LinkEdge({ id, source, target, sourceX, sourceY, targetX, targetY, data, selected }: EdgeProps<LinkFlowEdge>) {
  const overlay = useLinkOverlay(id);
  const onPath = useLinkOnPath(source, target);
  const lowDetail = useLowDetail();
  const [path, labelX, labelY] = getStraightPath({ sourceX, sourceY, targetX, targetY });
  const look = linkLook(data?.linkKind ?? 'fiber', overlay, onPath, !!selected);
  return (
    <>
      <BaseEdge id={id} path={path} className={look.className} style={{ strokeWidth: look.strokeWidth, ...(look.stroke ? { stroke: look.stroke } : {}) }} />
      {!lowDetail && <LinkLabel id={id} x={labelX} y={labelY} lengthKm={data?.lengthKm} overlay={overlay} onPath={onPath} />}
    </>
  );
});
