import type { Node } from '@xyflow/react';
import { useMemo, useRef } from 'react';
import type { ScenarioNode } from '../../scenario/schema';
import { projectLocation, type GeoLocation } from './map-projection';
import { useSession } from '../../store/session-store';
import { useSatellitePoints } from './use-satellite-points';

/** Half the 2 px marker box: a marker's node position is its projected point less this. */
const MARKER_HALF = 1;

/**
 * The nodes React Flow should draw: as given, or on the map as fixed-size markers at their locations (satellites at
 * the point below them now). A node with no location waits in the tray, hidden with its links, instead of sitting
 * near 0° N 0° E.
 */
export function useMapNodes<N extends Node>(nodes: N[], scenarioNodes: readonly ScenarioNode[]): { nodes: N[]; satellitePoints: ReadonlyMap<string, GeoLocation> } {
  const on = useSession((s) => s.mapOn);
  const satellitePoints = useSatellitePoints(on);
  // The markers made last time, so a node whose place did not change keeps its object and React Flow skips it.
  const placed = useRef(new WeakMap<N, { location: GeoLocation | undefined; marker: N }>());
  const shown = useMemo(() => {
    if (!on) return nodes;
    const locations = new Map(scenarioNodes.map((n) => [n.id, n.location]));
    return nodes.map((node) => {
      const location = satellitePoints.get(node.id) ?? locations.get(node.id);
      const previous = placed.current.get(node);
      if (previous && previous.location?.latDeg === location?.latDeg && previous.location?.lonDeg === location?.lonDeg) return previous.marker;
      const marker = placeMarker(node, location);
      placed.current.set(node, { location, marker });
      return marker;
    });
  }, [on, nodes, scenarioNodes, satellitePoints]);
  return { nodes: shown, satellitePoints };
}

export function placeMarker<N extends Node>(node: N, location: GeoLocation | undefined): N {
  if (!location) return { ...node, type: 'marker', hidden: true };
  // A satellite is not located by the document: its place is its orbit's, and it never waits in the tray.
  const { x, y } = projectLocation(location);
  return { ...node, type: 'marker', position: { x: x - MARKER_HALF, y: y - MARKER_HALF }, draggable: false, hidden: false };
}
