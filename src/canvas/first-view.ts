import { getViewportForBounds, type Viewport } from '@xyflow/react';
import { nodeRect } from './node-rect';
import type { Node } from '@xyflow/react';

/**
 * The viewport `fitView` will settle on, guessed before the canvas has a size (the window's) or any node is measured.
 * React Flow first draws at zoom 1 and fits only after measuring every node: on a big network that first frame drew
 * every node and link in full detail, labels and all, only to throw it away (2,000 nodes: about 2 s of a 3 s open).
 */
export function firstViewport(nodes: readonly Pick<Node, 'position' | 'measured'>[], size: { width: number; height: number }, zoomRange: { min: number; max: number }, padding: number): Viewport {
  if (nodes.length === 0) return { x: 0, y: 0, zoom: 1 };
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const node of nodes) {
    const r = nodeRect(node);
    left = Math.min(left, r.x);
    top = Math.min(top, r.y);
    right = Math.max(right, r.x + r.width);
    bottom = Math.max(bottom, r.y + r.height);
  }
  return getViewportForBounds({ x: left, y: top, width: right - left, height: bottom - top }, size.width, size.height, zoomRange.min, zoomRange.max, padding);
}
