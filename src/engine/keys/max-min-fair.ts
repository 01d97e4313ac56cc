import { ArcHeap } from '../routing/arc-heap';

/** One flow for fair sharing: the links (or buffers) it draws on and the most it wants. */
export interface FairShareFlow {
  /** Indices into the capacity array; a trusted-node relay consumes the same key rate on every hop. */
  resources: readonly number[];
  /** Most the flow can use, in the capacity's unit; Infinity when it takes whatever it gets. */
  demand: number;
}

export interface FairShare {
  /** Per flow, in the capacity's unit (bits/s for rates, bits for one step's worth of key). */
  allocation: Float64Array;
  /** Per resource: capacity left after allocation. */
  residual: Float64Array;
  /** Per flow: the resource that stopped its growth, or −1 when its own demand did. */
  bottleneck: Int32Array;
}

/**
 * Max–min fair allocation by progressive filling (water-filling; Bertsekas & Gallager, Data Networks, 2nd ed., §6.5.2):
 * every unfrozen flow grows at the same pace until a resource saturates (freezing the flows through it) or a flow
 * meets its demand (freeing what it would have taken for the others). All unfrozen flows share one level λ, so a
 * resource saturates at λ = (capacity − what its frozen flows hold) / its unfrozen flows: a heap of those levels and the
 * demands in order give the next event directly, O((flows + path entries) log resources) instead of a scan of every
 * resource and flow per event.
 */
export function maxMinFairShare(capacity: ArrayLike<number>, flows: readonly FairShareFlow[]): FairShare {
  const flowStart = new Int32Array(flows.length + 1);
  flows.forEach((flow, f) => (flowStart[f + 1] = flowStart[f]! + flow.resources.length));
  const resources = new Int32Array(flowStart[flows.length]!);
  flows.forEach((flow, f) => resources.set(flow.resources, flowStart[f]!));
  return maxMinFairShareFlat(capacity, { flowStart, resources, demand: Float64Array.from(flows, (flow) => flow.demand) });
}

/** Flows laid out flat: flow f draws on resources[flowStart[f] .. flowStart[f + 1]] and wants at most demand[f]. */
export interface FlatFlows {
  flowStart: Int32Array;
  resources: Int32Array;
  demand: Float64Array;
}

/** maxMinFairShare on flows laid out flat, with each resource's users flat too: no array per flow or resource. */
export function maxMinFairShareFlat(capacity: ArrayLike<number>, { flowStart, resources, demand }: FlatFlows): FairShare {
  const flowCount = demand.length;
  const resourceCount = capacity.length;
  const allocation = new Float64Array(flowCount);
  const bottleneck = new Int32Array(flowCount).fill(-1);
  const frozen = new Uint8Array(flowCount);
  const held = new Float64Array(resourceCount);
  const growing = new Int32Array(resourceCount);
  const byDemand: number[] = [];
  for (let f = 0; f < flowCount; f++) {
    if (demand[f]! <= 0) {
      frozen[f] = 1;
      continue;
    }
    if (flowStart[f + 1] === flowStart[f] && !Number.isFinite(demand[f]!)) throw new Error('a flow with unlimited demand uses no resource');
    byDemand.push(f);
    for (let k = flowStart[f]!; k < flowStart[f + 1]!; k++) growing[resources[k]!]!++;
  }
  // Each resource's growing flows, flat: usersOf[userStart[r] .. userStart[r + 1]], in flow order.
  const userStart = new Int32Array(resourceCount + 1);
  for (let r = 0; r < resourceCount; r++) userStart[r + 1] = userStart[r]! + growing[r]!;
  const usersOf = new Int32Array(userStart[resourceCount]!);
  const filled = userStart.slice(0, resourceCount);
  for (const f of byDemand) for (let k = flowStart[f]!; k < flowStart[f + 1]!; k++) usersOf[filled[resources[k]!]!++] = f;
  byDemand.sort((a, b) => demand[a]! - demand[b]! || a - b);
  const saturationLevel = (r: number) => Math.max(0, capacity[r]! - held[r]!) / growing[r]!;
  // A flow freezing through a resource at the current level never lowers the resource's own level (its share of what
  // is left is at least that level), so an entry's key is a lower bound: it is brought up to date only when it reaches
  // the top, instead of a push for every resource a frozen flow crosses. (level, push order, resource): ties go to the
  // older entry, deterministically.
  const heap = new ArcHeap(Math.max(16, resourceCount));
  let pushes = 0;
  for (let r = 0; r < resourceCount; r++) if (growing[r]! > 0) heap.push(saturationLevel(r), pushes++, r);
  let level = 0;
  let nextDemand = 0;
  const freeze = (f: number, at: number, stop: number) => {
    frozen[f] = 1;
    allocation[f] = at;
    bottleneck[f] = stop;
    for (let k = flowStart[f]!; k < flowStart[f + 1]!; k++) {
      held[resources[k]!]! += at;
      growing[resources[k]!]!--;
    }
  };
  for (;;) {
    // The top made current: dropped once its last growing flow froze, pushed back at its level when that rose.
    let resourceLevel = Infinity;
    while (heap.size > 0) {
      const r = heap.topNode();
      if (growing[r] === 0) {
        heap.pop();
        continue;
      }
      resourceLevel = saturationLevel(r);
      if (resourceLevel <= heap.topPrimary()) break;
      heap.pop();
      heap.push(resourceLevel, pushes++, r);
      resourceLevel = Infinity;
    }
    while (nextDemand < byDemand.length && frozen[byDemand[nextDemand]!]) nextDemand++;
    const demandLevel = nextDemand < byDemand.length ? demand[byDemand[nextDemand]!]! : Infinity;
    if (nextDemand >= byDemand.length && heap.size === 0) break;
    // On a tie the resource is named as the bottleneck, as a flow stopped by both is stopped by the link.
    if (heap.size > 0 && resourceLevel <= demandLevel) {
      const r = heap.pop();
      level = Math.max(level, resourceLevel);
      for (let u = userStart[r]!; u < userStart[r + 1]!; u++) if (!frozen[usersOf[u]!]) freeze(usersOf[u]!, level, r);
    } else {
      if (!Number.isFinite(demandLevel)) throw new Error('a flow with unlimited demand uses no resource');
      level = Math.max(level, demandLevel);
      freeze(byDemand[nextDemand]!, demand[byDemand[nextDemand]!]!, -1);
    }
  }
  const residual = new Float64Array(resourceCount);
  for (let r = 0; r < resourceCount; r++) residual[r] = Math.max(0, capacity[r]! - held[r]!);
  return { allocation, residual, bottleneck };
}
