import type { LinkKind } from '../scenario/schema';
import { linkRateColour } from './link-rate-colour';
import type { LinkOverlay } from './link-overlay';

/** What a link's line says about its key: carrying key (or unused), used but making none, failed, or dark. */
export type LinkState = 'up' | 'no-key' | 'failed' | 'dark';

/** How a link's line is stroked. */
export interface LinkLook {
  /** Classes for the path (its kind, state and path highlight), styled in app.css and link-edge.css. */
  className: string;
  state: LinkState;
  /** The key-rate colour, or null where the class's colour (path highlight, failed, dark) must show. */
  stroke: string | null;
  strokeWidth: number;
}

/** A link's stroke from its overlay: colour and width grow with the key rate. Shared by each link, the zoomed-out layer and the exports. */
export function linkLook(kind: LinkKind, overlay: LinkOverlay | undefined, onPath: boolean, selected: boolean): LinkLook {
  const status = overlay?.status.kind ?? 'up';
  const rate = overlay?.keyRateBitsPerSecond ?? null;
  const width = rate === null ? 2 : rate > 0 ? 2 + Math.min(6, Math.max(0, Math.log10(rate))) : 1.5;
  const state: LinkState = status === 'failed' ? 'failed' : status === 'dark' ? 'dark' : rate === 0 ? 'no-key' : 'up';
  return {
    className: `link link--${kind}${state === 'up' ? '' : ` link--${state}`}${onPath ? ' link--on-path' : ''}`,
    state,
    stroke: onPath || status !== 'up' ? null : linkRateColour(rate),
    strokeWidth: selected ? width + 2 : width,
  };
}
