import type { FlowRect } from '../node-rect';
import type { LayerLink } from './link-batches';

/** Distance from point p to the segment a–b. */
function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/**
 * The link drawn nearest to a point (flow coordinates, centre to centre as the zoomed-out layer draws them), if
 * within `tolerance`: how a click picks a link where links are one layer and not elements of their own.
 */
export function linkAt(links: readonly LayerLink[], boxes: ReadonlyMap<string, FlowRect>, point: { x: number; y: number }, tolerance: number): string | null {
  let best: string | null = null;
  let bestDistance = tolerance;
  for (const link of links) {
    const a = boxes.get(link.source);
    const b = boxes.get(link.target);
    if (!a || !b) continue;
    const distance = distanceToSegment(point.x, point.y, a.x + a.width / 2, a.y + a.height / 2, b.x + b.width / 2, b.y + b.height / 2);
    if (distance <= bestDistance) {
      bestDistance = distance;
      best = link.id;
    }
  }
  return best;
}
