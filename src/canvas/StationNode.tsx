import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { formatBits } from '../format/format-units';
import { useLowDetail, useNodeOnPath, useStoredKeyBits } from './canvas-overlay-context';
import type { StationFlowNode } from './flow-elements';
import { NODE_KIND_LOOK } from '../format/node-kinds';
import { keepsKey } from './overlays/key-store';
import { useProposal } from '../store/proposal-store';
import './station-node.css';

/**
 * A network node on the canvas: icon, name, kind and key-store badge; zoomed far out, a plain shape of its kind.
 * Memoised, and it listens only to its own overlay values, so a result for one node re-renders that node alone.
 */
export const StationNode = memo(function StationNode({ id, data, selected }: NodeProps<StationFlowNode>) {
  const lowDetail = useLowDetail();
  const onPath = useNodeOnPath(id);
  const storedBits = useStoredKeyBits(id, !lowDetail && keepsKey(data.kind));
  const look = NODE_KIND_LOOK[data.kind];
  // The optimiser's proposal, until applied or discarded: kept sites highlighted, sites that become junctions ghosted.
  const proposed = useProposal((s) => s.marks.get(id) ?? null);
  const className = `station station--${data.kind}${selected ? ' station--selected' : ''}${onPath ? ' station--on-path' : ''}${proposed ? ` station--proposed-${proposed}` : ''}`;
  // Loose connection mode: either handle starts or ends a link; tap one handle, then another, to connect by touch.
  // Hidden from assistive tech: a bare div may not carry a label, and keyboard users connect with the C command.
  const handles = [
    <Handle key="target" type="target" position={Position.Left} aria-hidden="true" title={`Connect ${data.label}`} />,
    <Handle key="source" type="source" position={Position.Right} aria-hidden="true" title={`Connect ${data.label}`} />,
  ];
  if (lowDetail) {
    return (
      <div className={`${className} station--compact`} data-testid={`node-${data.label}`} title={`${look.name} ${data.label}`}>
        {handles}
      </div>
    );
  }
  return (
    <div className={className} data-testid={`node-${data.label}`}>
      {handles[0]}
      <span className="station__icon" aria-hidden="true">{look.icon}</span>
      <span className="station__label">{data.label}</span>
      <span className="station__kind">{look.name}</span>
      {proposed && (
        <span className="station__proposal" data-testid={`proposal-${data.label}`}>
          {proposed === 'keep' ? 'relay kept' : 'becomes junction'}
        </span>
      )}
      {storedBits !== null && (
        <span className="station__key-store" data-testid={`key-store-${data.label}`} title={data.kind === 'satellite' ? 'Key kept on board from one pass, waiting for the next' : 'Secret key stored at this node for the requests it ends or relays'}>
          {data.kind === 'satellite' ? 'on board' : 'key'} {formatBits(storedBits)}
        </span>
      )}
      {handles[1]}
    </div>
  );
});
