import type { Node } from '@xyflow/react';
import { useMemo } from 'react';
import type { ScenarioNode } from '../../scenario/schema';
import { placeOnMap } from './map-placement';
import { useMapView } from './map-view-store';

/** The nodes React Flow should draw: as given, or placed at their locations when the map view is on. */
export function useMapNodes<N extends Node>(nodes: N[], scenarioNodes: readonly ScenarioNode[]): N[] {
  const on = useMapView((s) => s.on);
  return useMemo(() => {
    if (!on) return nodes;
    const locations = new Map(scenarioNodes.map((n) => [n.id, n.location]));
    return placeOnMap(nodes, (id) => locations.get(id));
  }, [on, nodes, scenarioNodes]);
}
