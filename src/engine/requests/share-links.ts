import type { ScenarioRequest } from '../../scenario/schema';
import { maxMinFairShareFlat } from '../keys/max-min-fair';
import type { HopResult, RequestOutcome, RequestResult } from '../results';
import type { LinkNumbering } from './hop-links';

export type Standalone = RequestOutcome & { id: string; protocol: string };

/**
 * Groups of requests (indices, ascending) that share links directly or through each other. Fair sharing within one
 * group never depends on another, so each is filled on its own: quicker than one filling over all requests (whose
 * rounds grow with every link in the network), and an edit need refill only the groups it touches.
 */
export function sharingComponents(alone: readonly Standalone[], numbering: LinkNumbering): number[][] {
  const count = alone.length;
  // A component's root is its lowest member (unions point the higher root at the lower), so groups come in that order.
  const parent = new Int32Array(count);
  for (let i = 0; i < count; i++) parent[i] = i;
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const firstUser = new Int32Array(numbering.count).fill(-1);
  for (let i = 0; i < count; i++) {
    const links = numbering.linksOf(alone[i]!);
    // Request i is still its own root when its turn comes (only earlier requests have been joined), so its root is tracked here.
    let root = i;
    for (let h = 0; h < links.length; h++) {
      const link = links[h]!;
      if (link < 0) continue;
      const other = firstUser[link]!;
      if (other < 0) {
        firstUser[link] = i;
        continue;
      }
      const b = find(other);
      if (b === root) continue;
      if (b < root) {
        parent[root] = b;
        root = b;
      } else parent[b] = root;
    }
  }
  const groupOfRoot = new Int32Array(count).fill(-1);
  const groups: number[][] = [];
  for (let i = 0; i < count; i++) {
    const root = find(i);
    if (groupOfRoot[root]! < 0) {
      groupOfRoot[root] = groups.length;
      groups.push([i]);
    } else groups[groupOfRoot[root]!]!.push(i);
  }
  return groups;
}

/** Scratch by link number: its place among one group's links (−1 when not among them), and the last flow (+1) that counted it; reset after every group. */
let localIndex = new Int32Array(0);
let countedFor = new Int32Array(0);

/**
 * Requests on the same link take turns on it (time-division multiplexing): each link offers one unit of time, split
 * max–min fairly among the requests using it (Bertsekas & Gallager, Data Networks, §6.5.2), and a request whose
 * application needs only part of its path's rate asks for only that fraction; time left idle goes back to the link's
 * users. Key rates scale with the time share.
 *
 * Fair shares for one group of requests, written into `out` at the members' indices. `earlier(i)` may offer request
 * i's shared result from before an edit, made from the same standalone result: it is kept when its share is unchanged.
 */
export function shareComponent(
  alone: readonly Standalone[],
  requests: readonly ScenarioRequest[],
  members: readonly number[],
  out: RequestResult[],
  earlier: (i: number) => RequestResult | undefined = () => undefined,
  numbering: LinkNumbering,
): void {
  let entries = 0;
  for (const i of members) entries += numbering.linksOf(alone[i]!).length;
  const flowStart = new Int32Array(members.length + 1);
  const resources = new Int32Array(entries);
  const demand = new Float64Array(members.length);
  // A group crossing as many hops as the network has links draws on most of them: its flows use the links' own
  // numbers, copied as they are (routes are simple paths, src/engine/simulation.ts checks it). A smaller group numbers
  // only the links it uses, so a network of many small groups is not filled over every link once per group.
  const whole = entries >= numbering.count;
  if (!whole && localIndex.length < numbering.count) {
    localIndex = new Int32Array(numbering.count).fill(-1);
    countedFor = new Int32Array(numbering.count);
  }
  const used: number[] = [];
  members.forEach((i, f) => {
    const result = alone[i]!;
    const links = numbering.linksOf(result);
    let at = flowStart[f]!;
    if (whole) {
      resources.set(links, at);
      at += links.length;
    } else {
      for (const link of links) {
        let index = localIndex[link]!;
        if (index < 0) {
          localIndex[link] = index = used.length;
          used.push(link);
        }
        // Each link counts once per flow, however often its hops name it.
        if (countedFor[link] === f + 1) continue;
        countedFor[link] = f + 1;
        resources[at++] = index;
      }
    }
    flowStart[f + 1] = at;
    demand[f] = wantedShare(requests[i]!, result);
  });
  for (const link of used) {
    localIndex[link] = -1;
    countedFor[link] = 0;
  }
  const resourceCount = whole ? numbering.count : used.length;
  const share = maxMinFairShareFlat(new Float64Array(resourceCount).fill(1), { flowStart, resources, demand });
  const users = share.users;
  // Each link's idle time per user, once per link rather than once per hop crossing it (the same quotient either way).
  const idlePerUser = new Float64Array(resourceCount);
  for (let r = 0; r < resourceCount; r++) if (users[r]! > 0) idlePerUser[r] = share.residual[r]! / users[r]!;
  members.forEach((i, f) => {
    const result = alone[i]!;
    // Work-conserving: time a link would sit idle after every demand is met goes to its users, so key is stored rather than not made.
    let idle = Infinity;
    const to = flowStart[f + 1]!;
    // Idle times are never below +0 (residuals are clamped at 0), so a link with none ends the search for the least.
    const stop = share.bottleneck[f]!;
    if (stop >= 0 && idlePerUser[stop] === 0) idle = 0;
    else {
      for (let k = flowStart[f]!; k < to; k++) {
        idle = Math.min(idle, idlePerUser[resources[k]!]!);
        if (idle === 0) break;
      }
    }
    const fraction = result.hops.length > 0 ? Math.min(1, share.allocation[f]! + (Number.isFinite(idle) ? idle : 0)) : 1;
    const before = earlier(i);
    out[i] = before && Object.is(before.linkShare, fraction) ? before : sharedResult(result, fraction);
  });
}

/** The part of its links' time a request asks for: all of it, or what meets its demand at the rate it gets alone. */
export function wantedShare(request: ScenarioRequest, result: Standalone): number {
  const demand = request.demandBitsPerSecond;
  return demand > 0 && result.keyRateBitsPerSecond > 0 ? Math.min(1, demand / result.keyRateBitsPerSecond) : 1;
}

/** A request's result when it has `fraction` of its links' time. */
export function sharedResult(result: Standalone, fraction: number): RequestResult {
  const scale = (h: HopResult): HopResult => ({ ...h, keyRateBitsPerSecond: h.keyRateBitsPerSecond * fraction });
  return {
    ...result,
    hops: result.hops.map(scale),
    keyRateBitsPerSecond: result.keyRateBitsPerSecond * fraction,
    entanglementRatePairsPerSecond: result.entanglementRatePairsPerSecond * fraction,
    unsharedKeyRateBitsPerSecond: result.keyRateBitsPerSecond,
    linkShare: fraction,
  };
}
