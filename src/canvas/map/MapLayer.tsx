import { Panel, useReactFlow, type Node } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { useEditor } from '../../editor/editor-context';
import { useSession } from '../../store/session-store';
import type { StationData } from '../flow-elements';
import { GlobeView } from './GlobeView';
import { GroundTracks } from './GroundTracks';
import { MapBackground } from './MapBackground';
import { MapLabels } from './MapLabels';
import { MapTray } from './MapTray';
import { downloadWorld } from './map-export';
import type { GeoLocation } from './map-projection';
import { useMapView } from '../../store/map-view-store';
import { PlaceSearch } from './PlaceSearch';
import { useWorldScene } from './use-world-scene';
import './map-toolbar.css';

interface MapLayerProps {
  nodes: readonly Node<StationData>[];
  satellitePoints: ReadonlyMap<string, GeoLocation>;
}

/** The map-view toggle in the top-right canvas corner and, when on, the flat map or globe, its toolbar and tray. Mount inside <ReactFlow>. */
export function MapLayer({ nodes, satellitePoints }: MapLayerProps) {
  const on = useSession((s) => s.mapOn);
  const toggle = useSession((s) => s.toggleMap);
  const globe = useMapView((s) => s.globe);
  const { fitView } = useReactFlow();
  return (
    <>
      {on && !globe && (
        <MapBackground>
          <GroundTracks satellitePoints={satellitePoints} />
        </MapBackground>
      )}
      {on && !globe && <MapLabels nodes={nodes} />}
      {on && globe && <Globe satellitePoints={satellitePoints} />}
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
          {on && <ProjectionSwitch />}
          {on && <ExportButtons satellitePoints={satellitePoints} />}
        </div>
        {on && <MapSidebar />}
      </Panel>
    </>
  );
}

function ProjectionSwitch() {
  const app = useEditor();
  const globe = useMapView((s) => s.globe);
  const { setGlobe, setRotation } = useMapView.getState();
  const { fitView } = useReactFlow();
  return (
    <span className="map-toolbar__group" role="group" aria-label="Projection">
      <button type="button" aria-pressed={!globe} data-testid="map-flat" onClick={() => {
        setGlobe(false);
        requestAnimationFrame(() => void fitView({ padding: 0.3 }));
      }}>Flat</button>
      <button type="button" aria-pressed={globe} data-testid="map-globe" onClick={() => {
        // Face the design: the globe starts centred on the mean of the located nodes.
        const located = app.scenario.nodes.flatMap((n) => (n.location ? [n.location] : []));
        if (!globe && located.length > 0) {
          const lon = located.reduce((a, p) => a + p.lonDeg, 0) / located.length;
          const lat = located.reduce((a, p) => a + p.latDeg, 0) / located.length;
          setRotation([-lon, -lat]);
        }
        setGlobe(true);
      }}>Globe</button>
    </span>
  );
}

function ExportButtons({ satellitePoints }: { satellitePoints: ReadonlyMap<string, GeoLocation> }) {
  const app = useEditor();
  const scene = useWorldScene(satellitePoints);
  const save = (format: 'svg' | 'png') => {
    const { globe, rotation, globeZoom } = useMapView.getState();
    downloadWorld(scene, { globe, rotation, globeZoom }, format).catch((e: unknown) => app.notify(`The image could not be made: ${e instanceof Error ? e.message : String(e)}`));
  };
  return (
    <span className="map-toolbar__group" role="group" aria-label="Save the map">
      <button type="button" data-testid="map-export-svg" title="Save the map (or globe, as turned now) as SVG" onClick={() => save('svg')}>SVG</button>
      <button type="button" data-testid="map-export-png" title="Save the map (or globe, as turned now) as PNG" onClick={() => save('png')}>PNG</button>
    </span>
  );
}

function Globe({ satellitePoints }: { satellitePoints: ReadonlyMap<string, GeoLocation> }) {
  const scene = useWorldScene(satellitePoints);
  return <GlobeView scene={scene} />;
}

/** Search, the tray of nodes without a place, and the fibre-length check; folded away on request to free the map. */
function MapSidebar() {
  const [open, setOpen] = useState(true);
  const [found, setFound] = useState<string | null>(null);
  const setPlacing = useMapView((s) => s.setPlacing);
  // Esc drops a pending placement; leaving the map does too.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setPlacing(null);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      setPlacing(null);
    };
  }, [setPlacing]);
  return (
    <div className="map-sidebar">
      <button type="button" className="map-sidebar__fold" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Hide map tools' : 'Map tools'}
      </button>
      {open && (
        <>
          <PlaceSearch onPlaced={(p) => setFound(`${p.name} (${p.country}) placed.`)} />
          {found && <p className="map-sidebar__found" role="status">{found}</p>}
          <MapTray />
        </>
      )}
    </div>
  );
}
