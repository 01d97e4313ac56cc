import { createElement, type ReactElement } from 'react';
import type { NodeKind } from '../scenario/schema';
import { NODE_KIND_GLYPHS, type GlyphShape } from './node-kind-glyphs';

/** "stroke-width" → "strokeWidth": React's names for SVG attributes. */
const reactName = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

// Inline SVG rather than emoji: the icons look the same on every machine, including ones without an emoji font.
const icon = (shapes: readonly GlyphShape[]) => (
  <svg viewBox="0 0 24 24" aria-hidden="true">
    {shapes.map((s, i) => createElement(s.tag, { key: i, ...Object.fromEntries(Object.entries(s.attrs).map(([k, v]) => [reactName(k), v])) }))}
  </svg>
);

/** How each kind of node looks on the canvas and in the palette. */
export const NODE_KIND_LOOK: Record<NodeKind, { name: string; icon: ReactElement }> = {
  'ground-station': { name: 'Ground station', icon: icon(NODE_KIND_GLYPHS['ground-station']) },
  'trusted-node': { name: 'Trusted node', icon: icon(NODE_KIND_GLYPHS['trusted-node']) },
  repeater: { name: 'Repeater', icon: icon(NODE_KIND_GLYPHS.repeater) },
  satellite: { name: 'Satellite', icon: icon(NODE_KIND_GLYPHS.satellite) },
};
