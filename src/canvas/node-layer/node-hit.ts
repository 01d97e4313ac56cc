import type { FlowRect } from '../node-rect';
import type { LayerNode } from './node-batches';

const inside = (tile: FlowRect, x: number, y: number, slop: number) =>
  x >= tile.x - slop && x <= tile.x + tile.width + slop && y >= tile.y - slop && y <= tile.y + tile.height + slop;

/**
 * The node whose tile is under a point (flow coordinates), within `slop`: how a press picks a node where nodes are one
 * layer, not elements. Where tiles overlap, the later node in the list wins.
 */
export function tileAt(nodes: readonly LayerNode[], point: { x: number; y: number }, slop: number): string | null {
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i]!;
    if (inside(node.tile, point.x, point.y, slop)) return node.id;
  }
  return null;
}

/** The nodes whose tiles lie wholly inside a rectangle (flow coordinates), as React Flow's box selection picks. */
export function tilesInside(nodes: readonly LayerNode[], box: FlowRect): string[] {
  return nodes
    .filter(({ tile }) => tile.x >= box.x && tile.y >= box.y && tile.x + tile.width <= box.x + box.width && tile.y + tile.height <= box.y + box.height)
    .map((n) => n.id);
}
