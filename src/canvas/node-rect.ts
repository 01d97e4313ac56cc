import type { Node } from '@xyflow/react';

/** A rectangle in flow coordinates (React Flow's, before the viewport's pan and zoom). */
export interface FlowRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Until React Flow has measured a node: the size of a full station box. */
const UNMEASURED = { width: 150, height: 90 };

/** What a rectangle is read from: a React Flow node, or a document node (never measured). */
type Placed = Pick<Node, 'position' | 'measured'>;

/** Where a node sits on the canvas, as React Flow last measured it. */
export function nodeRect(node: Placed): FlowRect {
  return { x: node.position.x, y: node.position.y, width: node.measured?.width ?? UNMEASURED.width, height: node.measured?.height ?? UNMEASURED.height };
}

/** A zoomed-out station's flat tile, flow units (the size `.station--compact` draws). */
export const COMPACT_TILE = { width: 96, height: 64 } as const;

/** The tile a zoomed-out node is drawn as: the compact size, centred where the node's box is centred, as links are. */
export function tileRect(node: Placed): FlowRect {
  const box = nodeRect(node);
  return { x: box.x + (box.width - COMPACT_TILE.width) / 2, y: box.y + (box.height - COMPACT_TILE.height) / 2, width: COMPACT_TILE.width, height: COMPACT_TILE.height };
}

/**
 * `rectOf` remembered per node object: a node object is replaced, never changed, so an unchanged node keeps its
 * rectangle object, and the segments and tiles cached on that rectangle are reused.
 */
export function cachedRects<N extends object>(rectOf: (node: N) => FlowRect): (node: N) => FlowRect {
  const cache = new WeakMap<N, FlowRect>();
  return (node) => {
    let rect = cache.get(node);
    if (!rect) cache.set(node, (rect = rectOf(node)));
    return rect;
  };
}
