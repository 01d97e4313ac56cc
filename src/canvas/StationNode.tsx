import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, useSyncExternalStore } from 'react';
import { useApp } from '../app/app-context';
import { useSession } from '../store/session-store';
import type { StationFlowNode } from './flow-elements';
import { NODE_KIND_LOOK } from './node-kinds';

/** Whether this node lies on the selected request's path; reads only its own answer, never the node list. */
function useOnSelectedPath(id: string): boolean {
  const { results } = useApp();
  const requestId = useSession((s) => (s.selection?.kind === 'request' ? s.selection.id : null));
  const evaluation = useSyncExternalStore((l) => results.subscribe(l), () => results.evaluation);
  if (requestId === null || !evaluation) return false;
  return evaluation.requests.find((r) => r.id === requestId)?.path.includes(id) ?? false;
}

/** A network node on the canvas: icon, name and kind. Memoised: it re-renders only when its own data changes. */
export const StationNode = memo(function StationNode({ id, data, selected }: NodeProps<StationFlowNode>) {
  const look = NODE_KIND_LOOK[data.kind];
  const onPath = useOnSelectedPath(id);
  return (
    <div className={`station station--${data.kind}${selected ? ' station--selected' : ''}${onPath ? ' station--on-path' : ''}`} data-testid={`node-${data.label}`}>
      {/* Loose connection mode: either handle starts or ends a link; tap one handle, then another, to connect by touch. */}
      <Handle type="target" position={Position.Left} aria-label={`Connect ${data.label}`} />
      <span className="station__icon" aria-hidden="true">{look.icon}</span>
      <span className="station__label">{data.label}</span>
      <span className="station__kind">{look.name}</span>
      <Handle type="source" position={Position.Right} aria-label={`Connect ${data.label}`} />
    </div>
  );
});
