import type { Scenario } from '../scenario/schema';
import { evaluateScenario } from './evaluate';

/** One point of a key-rate-against-distance curve. */
export interface DistancePoint {
  lengthKm: number;
  /** Key rate of the hop over the chosen link at this length, bits/s (0 past the cut-off). */
  keyRateBitsPerSecond: number;
  qber: number;
  /** Repeaterless bound for this link at this length and the sender's repetition rate, bits/s. */
  plobBitsPerSecond: number;
}

export type DistanceSweep = { ok: true; linkId: string; requestId: string; points: DistancePoint[] } | { ok: false; error: string };

/**
 * The hop key rate and the PLOB bound of one link as its length varies, everything else held fixed: each length is a
 * clone of the scenario with that link's length changed, evaluated by the ordinary engine.
 */
export function sweepDistance(scenario: Scenario, linkId: string, requestId: string, lengthsKm: readonly number[]): DistanceSweep {
  const linkIndex = scenario.links.findIndex((l) => l.id === linkId);
  const request = scenario.requests.find((r) => r.id === requestId);
  if (linkIndex < 0) return { ok: false, error: `no link "${linkId}"` };
  if (!request) return { ok: false, error: `no request "${requestId}"` };
  const points: DistancePoint[] = [];
  for (const lengthKm of lengthsKm) {
    if (!(lengthKm > 0) || !Number.isFinite(lengthKm)) continue;
    const links = scenario.links.slice();
    const link = links[linkIndex]!;
    links[linkIndex] = { ...link, params: { ...link.params, lengthKm } } as typeof link;
    // Only the one request is evaluated: the others cannot change this hop and would only cost time.
    const evaluation = evaluateScenario({ ...scenario, links, requests: [request] });
    const hop = evaluation.requests[0]?.hops.find((h) => h.linkId === linkId);
    if (!hop) return { ok: false, error: `request "${requestId}" does not use link "${linkId}"` };
    points.push({ lengthKm, keyRateBitsPerSecond: hop.keyRateBitsPerSecond, qber: hop.qber, plobBitsPerSecond: hop.plobBitsPerSecond });
  }
  return { ok: true, linkId, requestId, points };
}
