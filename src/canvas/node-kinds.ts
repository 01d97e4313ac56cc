import type { NodeKind } from '../scenario/schema';

/** How each kind of node looks on the canvas and in the palette. */
export const NODE_KIND_LOOK: Record<NodeKind, { name: string; icon: string }> = {
  'ground-station': { name: 'Ground station', icon: '📡' },
  'trusted-node': { name: 'Trusted node', icon: '🔐' },
  repeater: { name: 'Repeater', icon: '🔁' },
  satellite: { name: 'Satellite', icon: '🛰️' },
};
