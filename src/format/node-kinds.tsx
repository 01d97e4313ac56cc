import type { ReactElement } from 'react';
import type { NodeKind } from '../scenario/schema';

// Inline SVG rather than emoji: the icons look the same on every machine, including ones without an emoji font.
const dish = (
  <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 14a8 8 0 0 0 10 -10z" fill="currentColor" opacity=".25" /><path d="M4 14a8 8 0 0 0 10-10L4 14zm5-5 6-6m-1 11-2 6h-6l2-5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" /></svg>
);
const lock = (
  <svg viewBox="0 0 24 24" aria-hidden="true"><rect x="5" y="10" width="14" height="10" rx="2" fill="currentColor" opacity=".25" stroke="currentColor" strokeWidth="1.6" /><path d="M8 10V7a4 4 0 0 1 8 0v3" fill="none" stroke="currentColor" strokeWidth="1.6" /></svg>
);
const repeat = (
  <svg viewBox="0 0 24 24" aria-hidden="true"><circle cx="6" cy="12" r="3" fill="currentColor" /><circle cx="18" cy="12" r="3" fill="currentColor" /><path d="M9 12h6" stroke="currentColor" strokeWidth="1.6" strokeDasharray="2 2" /><path d="M6 6c3-3 9-3 12 0M6 18c3 3 9 3 12 0" fill="none" stroke="currentColor" strokeWidth="1.4" /></svg>
);
const satellite = (
  <svg viewBox="0 0 24 24" aria-hidden="true"><rect x="9" y="9" width="6" height="6" fill="currentColor" /><rect x="1" y="10" width="7" height="4" fill="currentColor" opacity=".4" stroke="currentColor" /><rect x="16" y="10" width="7" height="4" fill="currentColor" opacity=".4" stroke="currentColor" /><path d="M12 15v4m-3 2h6" stroke="currentColor" strokeWidth="1.4" /></svg>
);

/** How each kind of node looks on the canvas and in the palette. */
export const NODE_KIND_LOOK: Record<NodeKind, { name: string; icon: ReactElement }> = {
  'ground-station': { name: 'Ground station', icon: dish },
  'trusted-node': { name: 'Trusted node', icon: lock },
  repeater: { name: 'Repeater', icon: repeat },
  satellite: { name: 'Satellite', icon: satellite },
};
