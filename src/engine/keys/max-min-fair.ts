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
 * meets its demand (freeing what it would have taken for the others). Each round freezes at least one flow or
 * resource, so at most flows + resources rounds.
 */
export function maxMinFairShare(capacity: ArrayLike<number>, flows: readonly FairShareFlow[]): FairShare {
  const resourceCount = capacity.length;
  const residual = Float64Array.from(capacity);
  const allocation = new Float64Array(flows.length);
  const bottleneck = new Int32Array(flows.length).fill(-1);
  const frozen = new Uint8Array(flows.length);
  const users = new Int32Array(resourceCount);
  let active = 0;
  flows.forEach((flow, f) => {
    if (flow.demand <= 0) {
      frozen[f] = 1;
      return;
    }
    active++;
    for (const r of flow.resources) users[r]!++;
  });
  // Relative slack so floating-point rounding cannot leave a saturated resource looking open.
  const tolerance = 1e-12;
  while (active > 0) {
    let step = Infinity;
    for (let r = 0; r < resourceCount; r++) if (users[r]! > 0) step = Math.min(step, Math.max(0, residual[r]!) / users[r]!);
    for (let f = 0; f < flows.length; f++) if (!frozen[f]) step = Math.min(step, flows[f]!.demand - allocation[f]!);
    if (!Number.isFinite(step)) throw new Error('a flow with unlimited demand uses no resource');
    for (let f = 0; f < flows.length; f++) if (!frozen[f]) allocation[f]! += step;
    for (let r = 0; r < resourceCount; r++) if (users[r]! > 0) residual[r]! -= step * users[r]!;
    for (let f = 0; f < flows.length; f++) {
      if (frozen[f]) continue;
      const flow = flows[f]!;
      let stop = -2;
      for (const r of flow.resources) {
        if (residual[r]! <= tolerance * Math.max(1, capacity[r]!)) {
          stop = r;
          break;
        }
      }
      if (stop === -2 && allocation[f]! >= flow.demand * (1 - tolerance)) stop = -1;
      if (stop === -2) continue;
      frozen[f] = 1;
      bottleneck[f] = stop;
      active--;
      for (const r of flow.resources) users[r]!--;
    }
  }
  for (let r = 0; r < resourceCount; r++) if (residual[r]! < 0) residual[r] = 0;
  return { allocation, residual, bottleneck };
}
