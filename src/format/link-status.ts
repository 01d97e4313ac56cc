import type { LinkResult } from '../engine/results';

/** How a link is drawn now: carrying light, failed (routed around), or dark (a satellite out of view). */
export type LinkStatus =
  | { kind: 'up'; elevationDeg: number | null }
  | { kind: 'failed'; reason: string }
  /** Dark but not failed: a satellite below the horizon (elevation known) or a ground end with no location. */
  | { kind: 'dark'; reason: string; elevationDeg: number | null };

/** The engine's verdict on one link, reduced to what the canvas draws; the UI adds no physics of its own. */
export function linkStatus(result: LinkResult | undefined): LinkStatus {
  if (!result) return { kind: 'up', elevationDeg: null };
  if (result.failed) return { kind: 'failed', reason: result.unavailableReason ?? 'Failed: routed around' };
  if (result.unavailableReason !== null) return { kind: 'dark', reason: result.unavailableReason, elevationDeg: result.elevationDeg };
  return { kind: 'up', elevationDeg: result.elevationDeg };
}
