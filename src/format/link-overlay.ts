import type { Evaluation, LinkResult, RequestResult } from '../engine/results';
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

/** Link ids as small numbers, so a pass over every hop adds into typed arrays rather than maps keyed by strings. */
const linkNumbers = new Map<string, number>();
const linkIdsByNumber: string[] = [];

function linkNumber(id: string): number {
  let n = linkNumbers.get(id);
  if (n === undefined) {
    linkNumbers.set(id, (n = linkNumbers.size));
    linkIdsByNumber.push(id);
  }
  return n;
}

/** One request's hops as numbers: made once per result object (an edit's evaluation keeps the results it left alone). */
interface HopSummary {
  link: Int32Array;
  keyRateBitsPerSecond: Float64Array;
  alarm: Uint8Array;
}

const summaries = new WeakMap<RequestResult, HopSummary>();

function summaryOf(evaluation: Evaluation, r: number): HopSummary {
  const request = evaluation.requests[r]!;
  let summary = summaries.get(request);
  if (!summary) {
    const link: number[] = [];
    const rate: number[] = [];
    const alarm: number[] = [];
    anyHop(evaluation, r, (linkId, keyRateBitsPerSecond, qber) => {
      link.push(linkNumber(linkId));
      rate.push(keyRateBitsPerSecond);
      alarm.push(isAlarming(qber) ? 1 : 0);
      return false;
    });
    summary = { link: Int32Array.from(link), keyRateBitsPerSecond: Float64Array.from(rate), alarm: Uint8Array.from(alarm) };
    summaries.set(request, summary);
  }
  return summary;
}

/** The first request (by index) with a hop over the link, or −1: read from the typed hop summaries, not hop objects. */
export function firstRequestOver(evaluation: Evaluation, linkId: string): number {
  const hops = evaluation.requests.map((_, r) => summaryOf(evaluation, r));
  const n = linkNumbers.get(linkId);
  return n === undefined ? -1 : hops.findIndex(({ link }) => link.includes(n));
}

/**
 * What the requests put on each link: the best key rate any of them gets there (null when none uses it), and whether
 * a hop there is past the QBER alarm. One pass over every hop of every request, in typed arrays by link number.
 */
export class LinkLoads {
  private readonly best = new Float64Array(linkNumbers.size).fill(-Infinity);
  private readonly used = new Uint8Array(linkNumbers.size);
  private readonly alarms = new Uint8Array(linkNumbers.size);

  constructor(summaries: readonly HopSummary[]) {
    for (const { link, keyRateBitsPerSecond, alarm } of summaries) {
      for (let h = 0; h < link.length; h++) {
        const n = link[h]!;
        this.used[n] = 1;
        if (keyRateBitsPerSecond[h]! > this.best[n]!) this.best[n] = keyRateBitsPerSecond[h]!;
        this.alarms[n]! |= alarm[h]!;
      }
    }
  }

  keyRateBitsPerSecond(linkId: string): number | null {
    const n = linkNumbers.get(linkId) ?? -1;
    return n >= 0 && this.used[n] === 1 ? this.best[n]! : null;
  }

  qberAlarm(linkId: string): boolean {
    const n = linkNumbers.get(linkId) ?? -1;
    return n >= 0 && this.alarms[n] === 1;
  }

  /** Links whose load here differs from their load in `other`. */
  changedSince(other: LinkLoads): string[] {
    const changed: string[] = [];
    for (let n = 0; n < Math.max(this.used.length, other.used.length); n++) {
      const [u, v] = [this.used[n] ?? 0, other.used[n] ?? 0];
      if (u !== v || (u === 1 && !Object.is(this.best[n], other.best[n])) || (this.alarms[n] ?? 0) !== (other.alarms[n] ?? 0)) changed.push(linkIdsByNumber[n]!);
    }
    return changed;
  }
}

/** Every request's hop load on every link, O(hops). */
export function linkLoads(evaluation: Evaluation): LinkLoads {
  // Summaries first: they number links not seen before, which the arrays must have room for.
  return new LinkLoads(evaluation.requests.map((_, r) => summaryOf(evaluation, r)));
}

/** What one link draws, from its result and what the requests put on it. */
export function linkOverlay(link: LinkResult, loads: LinkLoads): LinkOverlay {
  return {
    keyRateBitsPerSecond: loads.keyRateBitsPerSecond(link.id),
    status: linkStatus(link),
    lengthKm: link.lengthKm,
    lossDb: Number.isFinite(link.lossDb) ? link.lossDb : null,
    qberAlarm: loads.qberAlarm(link.id),
  };
}

/** Every link's overlay: one pass over links and hops (not one pass per link), O(links + hops). */
export function linkOverlays(evaluation: Evaluation | null): Map<string, LinkOverlay> {
  const overlays = new Map<string, LinkOverlay>();
  if (!evaluation) return overlays;
  const loads = linkLoads(evaluation);
  for (const link of evaluation.links) overlays.set(link.id, linkOverlay(link, loads));
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
