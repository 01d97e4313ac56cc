import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { StationFlowNode } from './flow-elements';
import { NODE_KIND_LOOK } from './node-kinds';

/** A network node on the canvas: icon, name and kind. Memoised: it re-renders only when its own data changes. */
export const StationNode = memo(function StationNode({ data, selected }: NodeProps<StationFlowNode>) {
  const look = NODE_KIND_LOOK[data.kind];
  return (
    <div className={`station station--${data.kind}${selected ? ' station--selected' : ''}`} data-testid={`node-${data.label}`}>
      <Handle type="target" position={Position.Left} />
      <span className="station__icon" aria-hidden="true">{look.icon}</span>
      <span className="station__label">{data.label}</span>
      <span className="station__kind">{look.name}</span>
      <Handle type="source" position={Position.Right} />
    </div>
  );
});
