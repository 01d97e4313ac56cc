import type { LinkKind } from '../../scenario/schema';
import { linkLook } from '../overlays/link-look';
import type { LinkOverlay } from '../overlays/link-overlay';

/** A node's box on the canvas, flow coordinates: top-left corner and size. */
export interface NodeBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LayerLink {
  id: string;
  source: string;
  target: string;
  kind: LinkKind;
}

/** Links drawn alike, as one path of straight segments. */
export interface LinkBatch {
  className: string;
  stroke: string | null;
  strokeWidth: number;
  /** "M x y L x y" per link, centre to centre. */
  d: string;
  links: number;
}

/** The middle of a key-rate decade: links within one decade share a colour and a width when zoomed out. */
export function decadeRate(rate: number | null): number | null {
  return rate === null || !(rate > 0) ? rate : 10 ** (Math.floor(Math.log10(rate)) + 0.5);
}

/**
 * Every link, grouped by how it is stroked (kind, state, path highlight, selection, key-rate decade), each group one
 * path: a few dozen elements instead of one per link (3,000 on a 2,000-node network), which were more than half of
 * each frame of a pan. Links with an end not on the canvas are left out.
 */
export function linkBatches(
  links: readonly LayerLink[],
  boxes: ReadonlyMap<string, NodeBox>,
  look: { overlay(id: string): LinkOverlay | undefined; onPath(source: string, target: string): boolean; selected(id: string): boolean },
): LinkBatch[] {
  const batches = new Map<string, { batch: LinkBatch; parts: string[] }>();
  const centre = (b: NodeBox) => `${+(b.x + b.width / 2).toFixed(1)} ${+(b.y + b.height / 2).toFixed(1)}`;
  for (const link of links) {
    const a = boxes.get(link.source);
    const b = boxes.get(link.target);
    if (!a || !b) continue;
    const overlay = look.overlay(link.id);
    const banded = overlay && { ...overlay, keyRateBitsPerSecond: decadeRate(overlay.keyRateBitsPerSecond) };
    const { className, stroke, strokeWidth } = linkLook(link.kind, banded, look.onPath(link.source, link.target), look.selected(link.id));
    const key = `${className}|${stroke}|${strokeWidth}`;
    let entry = batches.get(key);
    if (!entry) batches.set(key, (entry = { batch: { className, stroke, strokeWidth, d: '', links: 0 }, parts: [] }));
    entry.parts.push(`M${centre(a)}L${centre(b)}`);
    entry.batch.links++;
  }
  return [...batches.values()].map(({ batch, parts }) => ({ ...batch, d: parts.join('') }));
}
