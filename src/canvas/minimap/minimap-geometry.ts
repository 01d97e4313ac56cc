import type { FlowRect } from '../node-rect';

/** How flow coordinates map onto the mini map: minimap = (flow − origin) × scale. */
export interface MiniMapFit {
  scale: number;
  originX: number;
  originY: number;
}

/** The smallest rectangle holding all `rects`, or null for none. */
export function unionRect(rects: Iterable<FlowRect>): FlowRect | null {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const r of rects) {
    x0 = Math.min(x0, r.x);
    y0 = Math.min(y0, r.y);
    x1 = Math.max(x1, r.x + r.width);
    y1 = Math.max(y1, r.y + r.height);
  }
  return x0 === Infinity ? null : { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** Fit `bounds` (grown by `paddingFraction` on every side) centred into a `width` × `height` map, keeping its aspect. */
export function fitMiniMap(bounds: FlowRect, width: number, height: number, paddingFraction = 0.05): MiniMapFit {
  const padX = bounds.width * paddingFraction;
  const padY = bounds.height * paddingFraction;
  const w = Math.max(bounds.width + 2 * padX, 1e-9);
  const h = Math.max(bounds.height + 2 * padY, 1e-9);
  const scale = Math.min(width / w, height / h);
  // Centre the padded bounds in the map.
  return { scale, originX: bounds.x - padX - (width / scale - w) / 2, originY: bounds.y - padY - (height / scale - h) / 2 };
}

export function toMiniMap(fit: MiniMapFit, x: number, y: number): { x: number; y: number } {
  return { x: (x - fit.originX) * fit.scale, y: (y - fit.originY) * fit.scale };
}

export function toFlow(fit: MiniMapFit, x: number, y: number): { x: number; y: number } {
  return { x: x / fit.scale + fit.originX, y: y / fit.scale + fit.originY };
}

/** The part of the flow the canvas shows, from React Flow's transform [panX, panY, zoom] and the pane's size. */
export function visibleFlowRect([panX, panY, zoom]: readonly [number, number, number], paneWidth: number, paneHeight: number): FlowRect {
  return { x: -panX / zoom, y: -panY / zoom, width: paneWidth / zoom, height: paneHeight / zoom };
}
