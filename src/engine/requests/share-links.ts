import type { ScenarioRequest } from '../../scenario/schema';
import { maxMinFairShare } from '../keys/max-min-fair';
import type { HopResult, RequestOutcome, RequestResult } from '../results';

type Standalone = RequestOutcome & { id: string; protocol: string };

/**
 * Requests on the same link take turns on it (time-division multiplexing): each link offers one unit of time, split
 * max–min fairly among the requests using it (Bertsekas & Gallager, Data Networks, §6.5.2), and a request whose
 * application needs only part of its path's rate asks for only that fraction; time left idle goes back to the link's
 * users. Key rates scale with the time share.
 */
export function shareLinks(alone: readonly Standalone[], requests: readonly ScenarioRequest[]): RequestResult[] {
  const linkIndex = new Map<string, number>();
  const flows = alone.map((result, i) => {
    const resources = result.hops.map((h) => {
      let index = linkIndex.get(h.linkId);
      if (index === undefined) linkIndex.set(h.linkId, (index = linkIndex.size));
      return index;
    });
    const demand = requests[i]!.demandBitsPerSecond;
    const wanted = demand > 0 && result.keyRateBitsPerSecond > 0 ? Math.min(1, demand / result.keyRateBitsPerSecond) : 1;
    return { resources: [...new Set(resources)], demand: wanted };
  });
  const share = maxMinFairShare(new Float64Array(linkIndex.size).fill(1), flows);
  const users = new Int32Array(linkIndex.size);
  for (const flow of flows) for (const r of flow.resources) users[r]!++;
  return alone.map((result, i) => {
    // Work-conserving: time a link would sit idle after every demand is met goes to its users, so key is stored rather than not made.
    const idle = Math.min(...flows[i]!.resources.map((r) => share.residual[r]! / users[r]!));
    const fraction = result.hops.length > 0 ? Math.min(1, share.allocation[i]! + (Number.isFinite(idle) ? idle : 0)) : 1;
    const scale = (h: HopResult): HopResult => ({ ...h, keyRateBitsPerSecond: h.keyRateBitsPerSecond * fraction });
    return {
      ...result,
      hops: result.hops.map(scale),
      keyRateBitsPerSecond: result.keyRateBitsPerSecond * fraction,
      entanglementRatePairsPerSecond: result.entanglementRatePairsPerSecond * fraction,
      unsharedKeyRateBitsPerSecond: result.keyRateBitsPerSecond,
      linkShare: fraction,
    };
  });
}
