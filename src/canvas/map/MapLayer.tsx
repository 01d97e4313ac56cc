import { Panel, useReactFlow, type Node } from '@xyflow/react';
import { lazy, Suspense } from 'react';
import { useSession } from '../../store/session-store';
import type { StationData } from '../flow-elements';
import type { GeoLocation } from './map-projection';

// The map's drawing and tools load with the map, not with the page: the flat canvas never needs them.
const MapScene = lazy(() => import('./map-view-parts').then((m) => ({ default: m.MapScene })));
const MapTools = lazy(() => import('./map-view-parts').then((m) => ({ default: m.MapTools })));

export interface MapLayerProps {
  nodes: readonly Node<StationData>[];
  satellitePoints: ReadonlyMap<string, GeoLocation>;
}

/** The map-view toggle in the top-right canvas corner and, when on, the flat map or globe, its toolbar and tray. Mount inside <ReactFlow>. */
export function MapLayer({ nodes, satellitePoints }: MapLayerProps) {
  const on = useSession((s) => s.mapOn);
  const toggle = useSession((s) => s.toggleMap);
  const { fitView } = useReactFlow();
  return (
    <>
      {on && (
        <Suspense fallback={null}>
          <MapScene nodes={nodes} satellitePoints={satellitePoints} />
        </Suspense>
      )}
      <Panel position="top-right" className="map-panel">
        <div className="map-toolbar" role="toolbar" aria-label="Map">
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
          {on && (
            <Suspense fallback={null}>
              <MapTools satellitePoints={satellitePoints} part="toolbar" />
            </Suspense>
          )}
        </div>
        {on && (
          <Suspense fallback={null}>
            <MapTools satellitePoints={satellitePoints} part="sidebar" />
          </Suspense>
        )}
      </Panel>
    </>
  );
}
