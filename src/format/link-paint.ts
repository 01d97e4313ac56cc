import type { LinkKind } from '../scenario/schema';
import type { LinkLook, LinkState } from './link-look';

/** The theme colours a drawing outside the page needs: the page's CSS custom properties of the same names. */
export interface Palette {
  bg: string;
  panel: string;
  text: string;
  muted: string;
  border: string;
  accent: string;
  danger: string;
  warnBg: string;
  fiber: string;
  freeSpace: string;
}

/** The light theme of app.css, for drawings made where there is no page to read colours from (tests, the CLI). */
export const LIGHT_PALETTE: Palette = {
  bg: '#f6f7f9',
  panel: '#ffffff',
  text: '#1d2330',
  muted: '#5b6475',
  border: '#d5dae3',
  accent: '#2f6fdb',
  danger: '#b3261e',
  warnBg: '#fff4d6',
  fiber: '#4e79a7',
  freeSpace: '#f28e2b',
};

/** Dash patterns of the link rules in app.css and link-edge.css (a test holds them equal), for drawings without that CSS. */
export const LINK_DASH: Record<LinkKind | Exclude<LinkState, 'up'>, string | null> = {
  fiber: null,
  'free-space': '6 4',
  'no-key': '3 3',
  failed: '8 5',
  dark: '1 6',
};

/** Opacity of the failed and dark rules in link-edge.css. */
const STATE_OPACITY: Record<LinkState, number> = { up: 1, 'no-key': 1, failed: 0.9, dark: 0.55 };

/** A link's stroke in plain SVG terms: what the canvas's classes resolve to, with the key-rate colour on top. */
export interface LinkPaint {
  stroke: string;
  strokeWidth: number;
  dash: string | null;
  opacity: number;
}

export function linkPaint(kind: LinkKind, look: LinkLook, palette: Palette): LinkPaint {
  const stateColour = look.state === 'dark' ? palette.muted : look.state === 'up' ? null : palette.danger;
  return {
    stroke: look.stroke ?? stateColour ?? (kind === 'fiber' ? palette.fiber : palette.freeSpace),
    strokeWidth: look.strokeWidth,
    dash: look.state === 'up' ? LINK_DASH[kind] : LINK_DASH[look.state],
    opacity: STATE_OPACITY[look.state],
  };
}
