import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { formatBits } from '../../format/format-units';
import { NODE_KIND_LOOK } from '../../format/node-kinds';
import { useNodeOnPath, useStoredKeyBits } from '../canvas-overlay-context';
import type { StationFlowNode } from '../flow-elements';
import { useMapView } from '../../store/map-view-store';
import './map-marker.css';

/**
 * A node on the flat map: a dot of its kind's colour and its name, the same size on screen at every zoom (the body is
 * scaled by 1 / zoom around the node's place). The name shows when it fits (label-thinning.ts) or the node is selected;
 * a satellite carries the key it holds on board beside it. Dragging from the dot to another marker adds a link, as a
 * drag between handles does on the canvas.
 */
export const MapMarker = memo(function MapMarker({ id, data, selected }: NodeProps<StationFlowNode>) {
  const labelFits = useMapView((s) => s.shownLabels.has(id));
  const onPath = useNodeOnPath(id);
  const onBoardBits = useStoredKeyBits(id, data.kind === 'satellite');
  const look = NODE_KIND_LOOK[data.kind];
  const className = `map-marker map-marker--${data.kind}${selected ? ' map-marker--selected' : ''}${onPath ? ' map-marker--on-path' : ''}`;
  return (
    <div className={className} data-testid={`node-${data.label}`} title={`${look.name} ${data.label}`}>
      {/* Links start and end at the marker's centre. Its dot is the grip: drag from it to another marker to link them
          (mouse or finger; the C command does it by keyboard). No tap-to-connect here, so a click only selects. */}
      <Handle type="target" position={Position.Left} className="map-marker__handle" isConnectable={false} aria-hidden="true" />
      <Handle type="source" position={Position.Right} className="map-marker__handle map-marker__grip" aria-hidden="true" title={`Drag to another marker to link ${data.label}`} />
      <div className="map-marker__body">
        <span className="map-marker__dot" aria-hidden="true" />
        {(labelFits || selected) && (
          <span className="map-marker__label" data-testid={`map-label-${id}`}>
            {data.label}
            {onBoardBits !== null && (
              <span className="map-marker__on-board" data-testid={`on-board-${id}`} title="Key kept on board from one pass, waiting for the next">
                {' '}· on board {formatBits(onBoardBits)}
              </span>
            )}
          </span>
        )}
      </div>
    </div>
  );
});
