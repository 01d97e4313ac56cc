import type { Node } from '@xyflow/react';
import { projectLocation, type GeoLocation } from './map-projection';

/** Size assumed for a node React Flow has not measured yet, so its centre still lands near its place. */
const UNMEASURED = { width: 100, height: 70 };

/**
 * Nodes as shown in map view: a node with a geographic location is centred on its projected point and cannot be
 * dragged (its place is its location); a node without one keeps its canvas position. Unchanged nodes keep identity.
 */
export function placeOnMap<N extends Node>(nodes: readonly N[], locationOf: (id: string) => GeoLocation | undefined): N[] {
  return nodes.map((node) => {
    const location = locationOf(node.id);
    if (!location) return node;
    const { x, y } = projectLocation(location);
    const width = node.measured?.width ?? UNMEASURED.width;
    const height = node.measured?.height ?? UNMEASURED.height;
    return { ...node, position: { x: x - width / 2, y: y - height / 2 }, draggable: false };
  });
}
