import type { NodeKind } from '../scenario/schema';

/** One shape of a node-kind icon, with SVG attribute names; "currentColor" takes the icon's colour. */
export interface GlyphShape {
  tag: 'path' | 'rect' | 'circle';
  attrs: Readonly<Record<string, string | number>>;
}

// Drawn on a 24 × 24 grid as plain data, so the canvas (as React elements) and the exports (as SVG text) draw the same icon.
export const NODE_KIND_GLYPHS: Record<NodeKind, readonly GlyphShape[]> = {
  'ground-station': [
    { tag: 'path', attrs: { d: 'M4 14a8 8 0 0 0 10 -10z', fill: 'currentColor', opacity: '.25' } },
    { tag: 'path', attrs: { d: 'M4 14a8 8 0 0 0 10-10L4 14zm5-5 6-6m-1 11-2 6h-6l2-5', fill: 'none', stroke: 'currentColor', 'stroke-width': 1.6, 'stroke-linejoin': 'round' } },
  ],
  'trusted-node': [
    { tag: 'rect', attrs: { x: 5, y: 10, width: 14, height: 10, rx: 2, fill: 'currentColor', opacity: '.25', stroke: 'currentColor', 'stroke-width': 1.6 } },
    { tag: 'path', attrs: { d: 'M8 10V7a4 4 0 0 1 8 0v3', fill: 'none', stroke: 'currentColor', 'stroke-width': 1.6 } },
  ],
  repeater: [
    { tag: 'circle', attrs: { cx: 6, cy: 12, r: 3, fill: 'currentColor' } },
    { tag: 'circle', attrs: { cx: 18, cy: 12, r: 3, fill: 'currentColor' } },
    { tag: 'path', attrs: { d: 'M9 12h6', stroke: 'currentColor', 'stroke-width': 1.6, 'stroke-dasharray': '2 2' } },
    { tag: 'path', attrs: { d: 'M6 6c3-3 9-3 12 0M6 18c3 3 9 3 12 0', fill: 'none', stroke: 'currentColor', 'stroke-width': 1.4 } },
  ],
  satellite: [
    { tag: 'rect', attrs: { x: 9, y: 9, width: 6, height: 6, fill: 'currentColor' } },
    { tag: 'rect', attrs: { x: 1, y: 10, width: 7, height: 4, fill: 'currentColor', opacity: '.4', stroke: 'currentColor' } },
    { tag: 'rect', attrs: { x: 16, y: 10, width: 7, height: 4, fill: 'currentColor', opacity: '.4', stroke: 'currentColor' } },
    { tag: 'path', attrs: { d: 'M12 15v4m-3 2h6', stroke: 'currentColor', 'stroke-width': 1.4 } },
  ],
};
