import type { Node } from '@xyflow/react';
import { useMemo } from 'react';
import type { ScenarioNode } from '../../scenario/schema';
import { placeOnMap } from './map-placement';
import { useSession } from '../../store/session-store';
import { useSatellitePoints } from './use-satellite-points';

/** The nodes React Flow should draw: as given, or placed at their locations (satellites at the point below them now) when the map view is on. */
export function useMapNodes<N extends Node>(nodes: N[], scenarioNodes: readonly ScenarioNode[]): N[] {
  const on = useSession((s) => s.mapOn);
  const satellites = useSatellitePoints(on);
  return useMemo(() => {
    if (!on) return nodes;
    const locations = new Map(scenarioNodes.map((n) => [n.id, n.location]));
    // A satellite sits over its sub-satellite point at the current simulated time.
    return placeOnMap(nodes, (id) => satellites.get(id) ?? locations.get(id));
  }, [on, nodes, scenarioNodes, satellites]);
}
