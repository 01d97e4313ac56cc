import type { Evaluation } from '../engine/results';
import { anyHop } from '../worker/hop-table';
import { isAlarming } from './request-labels';
import { linkStatus, type LinkStatus } from './link-status';

/** Everything a link draws from the engine's answer, computed once per evaluation for all links. */
export interface LinkOverlay {
  /** The best key rate any request currently gets on this link, or null when no request uses it. */
  keyRateBitsPerSecond: number | null;
  status: LinkStatus;
  /** Length now: the slant range of a satellite link, which changes through a pass. */
  lengthKm: number;
  /** Channel loss now, or null when the engine gives none (unknown link, no finite loss). */
  lossDb: number | null;
  /** Some hop over this link has a QBER past the alarm (no key; an eavesdropper or dark counts). */
  qberAlarm: boolean;
}

/** One pass over links and hops (not one pass per link): O(links + hops). */
export function linkOverlays(evaluation: Evaluation | null): Map<string, LinkOverlay> {
  const overlays = new Map<string, LinkOverlay>();
  if (!evaluation) return overlays;
  const rates = new Map<string, number>();
  const alarms = new Set<string>();
  for (let r = 0; r < evaluation.requests.length; r++) {
    anyHop(evaluation, r, (linkId, keyRateBitsPerSecond, qber) => {
      rates.set(linkId, Math.max(rates.get(linkId) ?? -Infinity, keyRateBitsPerSecond));
      if (isAlarming(qber)) alarms.add(linkId);
      return false;
    });
  }
  for (const link of evaluation.links) {
    overlays.set(link.id, {
      keyRateBitsPerSecond: rates.get(link.id) ?? null,
      status: linkStatus(link),
      lengthKm: link.lengthKm,
      lossDb: Number.isFinite(link.lossDb) ? link.lossDb : null,
      qberAlarm: alarms.has(link.id),
    });
  }
  return overlays;
}

function sameStatus(a: LinkStatus, b: LinkStatus): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'failed') return a.reason === (b as typeof a).reason;
  if (a.kind === 'dark') return a.reason === (b as typeof a).reason && a.elevationDeg === (b as typeof a).elevationDeg;
  return a.elevationDeg === (b as typeof a).elevationDeg;
}

/** Whether a link would draw the same, so its component need not render again. */
export function sameLinkOverlay(a: LinkOverlay | undefined, b: LinkOverlay | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return Object.is(a.keyRateBitsPerSecond, b.keyRateBitsPerSecond) && Object.is(a.lengthKm, b.lengthKm) && Object.is(a.lossDb, b.lossDb) && a.qberAlarm === b.qberAlarm && sameStatus(a.status, b.status);
}

/** Unordered pair key, so a link a–b matches a path step b→a. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** The nodes and consecutive node pairs of a path, for O(1) "is this on the selected path" checks. */
export function pathMembership(path: readonly string[] | undefined): { nodes: Set<string>; pairs: Set<string> } {
  const nodes = new Set(path ?? []);
  const pairs = new Set<string>();
  if (path) for (let i = 1; i < path.length; i++) pairs.add(pairKey(path[i - 1]!, path[i]!));
  return { nodes, pairs };
}
