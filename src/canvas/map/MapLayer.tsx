import { Panel, useReactFlow } from '@xyflow/react';
import { GroundTracks } from './GroundTracks';
import { MapBackground } from './MapBackground';
import { useSession } from '../../store/session-store';

/** The map-view toggle in the top-right canvas corner and, when on, the world map behind the network. Mount inside <ReactFlow>. */
export function MapLayer() {
  const on = useSession((s) => s.mapOn);
  const toggle = useSession((s) => s.toggleMap);
  const { fitView } = useReactFlow();
  return (
    <>
      {on && (
        <MapBackground>
          <GroundTracks />
        </MapBackground>
      )}
      <Panel position="top-right">
        <button
          type="button"
          className="map-toggle"
          aria-pressed={on}
          data-testid="map-toggle"
          title="Show nodes with a geographic location at their place on a world map"
          onClick={() => {
            toggle();
            // Nodes move when the view changes; frame them once React Flow has placed them.
            requestAnimationFrame(() => requestAnimationFrame(() => void fitView({ padding: 0.3 })));
          }}
        >
          {on ? 'Canvas view' : 'Map view'}
        </button>
      </Panel>
    </>
  );
}
