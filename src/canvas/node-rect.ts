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

/** Where a node sits on the canvas, as React Flow last measured it. */
export function nodeRect(node: Node): FlowRect {
  return { x: node.position.x, y: node.position.y, width: node.measured?.width ?? UNMEASURED.width, height: node.measured?.height ?? UNMEASURED.height };
}
