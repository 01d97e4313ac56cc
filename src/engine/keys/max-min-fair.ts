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
  const resourceCount = capacity.length;
  const allocation = new Float64Array(flows.length);
  const bottleneck = new Int32Array(flows.length).fill(-1);
  const frozen = new Uint8Array(flows.length);
  const held = new Float64Array(resourceCount);
  const growing = new Int32Array(resourceCount);
  const usersOf: number[][] = Array.from({ length: resourceCount }, () => []);
  const byDemand: number[] = [];
  flows.forEach((flow, f) => {
    if (flow.demand <= 0) {
      frozen[f] = 1;
      return;
    }
    if (flow.resources.length === 0 && !Number.isFinite(flow.demand)) throw new Error('a flow with unlimited demand uses no resource');
    byDemand.push(f);
    for (const r of flow.resources) {
      growing[r]!++;
      usersOf[r]!.push(f);
    }
  });
  byDemand.sort((a, b) => flows[a]!.demand - flows[b]!.demand || a - b);
  const saturationLevel = (r: number) => Math.max(0, capacity[r]! - held[r]!) / growing[r]!;
  // Lazy heap: an entry is current only while its version matches the resource's.
  const version = new Int32Array(resourceCount);
  // (level, version, resource): ties between equal levels go to the older entry, deterministically.
  const heap = new ArcHeap(Math.max(16, resourceCount));
  for (let r = 0; r < resourceCount; r++) if (growing[r]! > 0) heap.push(saturationLevel(r), 0, r);
  let level = 0;
  let nextDemand = 0;
  // Resources whose level moved in this event: queued again once each after it, not once per flow frozen through them.
  const touched: number[] = [];
  const isTouched = new Uint8Array(resourceCount);
  const freeze = (f: number, at: number, stop: number) => {
    frozen[f] = 1;
    allocation[f] = at;
    bottleneck[f] = stop;
    for (const r of flows[f]!.resources) {
      held[r]! += at;
      growing[r]!--;
      if (!isTouched[r]) {
        isTouched[r] = 1;
        touched.push(r);
      }
    }
  };
  const requeue = () => {
    for (const r of touched) {
      isTouched[r] = 0;
      version[r]!++;
      if (growing[r]! > 0) heap.push(saturationLevel(r), version[r]!, r);
    }
    touched.length = 0;
  };
  for (;;) {
    // Drop entries made stale by a later push or by the resource's last growing flow freezing.
    while (heap.size > 0 && (heap.topSecondary() !== version[heap.topNode()] || growing[heap.topNode()]! === 0)) heap.pop();
    while (nextDemand < byDemand.length && frozen[byDemand[nextDemand]!]) nextDemand++;
    const demandLevel = nextDemand < byDemand.length ? flows[byDemand[nextDemand]!]!.demand : Infinity;
    const resourceLevel = heap.size > 0 ? heap.topPrimary() : Infinity;
    if (nextDemand >= byDemand.length && heap.size === 0) break;
    // On a tie the resource is named as the bottleneck, as a flow stopped by both is stopped by the link.
    if (resourceLevel <= demandLevel) {
      const r = heap.pop();
      level = Math.max(level, resourceLevel);
      for (const f of usersOf[r]!) if (!frozen[f]) freeze(f, level, r);
    } else {
      if (!Number.isFinite(demandLevel)) throw new Error('a flow with unlimited demand uses no resource');
      level = Math.max(level, demandLevel);
      freeze(byDemand[nextDemand]!, flows[byDemand[nextDemand]!]!.demand, -1);
    }
    requeue();
  }
  const residual = new Float64Array(resourceCount);
  for (let r = 0; r < resourceCount; r++) residual[r] = Math.max(0, capacity[r]! - held[r]!);
  return { allocation, residual, bottleneck };
}
