import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, useSyncExternalStore } from 'react';
import { useApp } from '../app/app-context';
import { useSession } from '../store/session-store';
import type { NodeKind } from '../scenario/schema';
import { formatBits } from '../panels/format-units';
import type { StationFlowNode } from './flow-elements';
import { NODE_KIND_LOOK } from './node-kinds';
import { keepsKey, storedKeyAtNode } from './overlays/key-store';
import { useThrottledResults } from './use-throttled-results';
import './station-node.css';

/** Whether this node lies on the selected request's path; reads only its own answer, never the node list. */
function useOnSelectedPath(id: string): boolean {
  const { results } = useApp();
  const requestId = useSession((s) => (s.selection?.kind === 'request' ? s.selection.id : null));
  const evaluation = useSyncExternalStore((l) => results.subscribe(l), () => results.evaluation);
  if (requestId === null || !evaluation) return false;
  return evaluation.requests.find((r) => r.id === requestId)?.path.includes(id) ?? false;
}

/** Key held at this node now, refreshed at most 4×/s from the latest row of the ring buffer; null when it holds none. */
function useStoredKey(id: string, kind: NodeKind): number | null {
  return useThrottledResults(
    (r) => storedKeyAtNode(id, kind, r.evaluation, r.requestIds, (i) => (r.rowCount > 0 ? r.value(r.rowCount - 1, i, 'storedKeyBits') : NaN)),
    Object.is,
    250,
    keepsKey(kind),
  );
}

/** A network node on the canvas: icon, name and kind. Memoised: it re-renders only when its own data changes. */
export const StationNode = memo(function StationNode({ id, data, selected }: NodeProps<StationFlowNode>) {
  const look = NODE_KIND_LOOK[data.kind];
  const onPath = useOnSelectedPath(id);
  const storedBits = useStoredKey(id, data.kind);
  return (
    <div className={`station station--${data.kind}${selected ? ' station--selected' : ''}${onPath ? ' station--on-path' : ''}`} data-testid={`node-${data.label}`}>
      {/* Loose connection mode: either handle starts or ends a link; tap one handle, then another, to connect by touch. */}
      {/* Hidden from assistive tech: a bare div may not carry a label, and keyboard users connect with the C command. */}
      <Handle type="target" position={Position.Left} aria-hidden="true" title={`Connect ${data.label}`} />
      <span className="station__icon" aria-hidden="true">{look.icon}</span>
      <span className="station__label">{data.label}</span>
      <span className="station__kind">{look.name}</span>
      {storedBits !== null && (
        <span className="station__key-store" data-testid={`key-store-${data.label}`} title="Secret key stored at this node for the requests it ends or relays">
          key {formatBits(storedBits)}
        </span>
      )}
      <Handle type="source" position={Position.Right} aria-hidden="true" title={`Connect ${data.label}`} />
    </div>
  );
});
