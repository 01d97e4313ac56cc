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
  /** Per resource: how many flows draw on it, whatever their demand (each flow names a resource once). */
  users: Int32Array;
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
  // One array type in the hot loops below, whatever the caller passed (the values are the same numbers).
  const capacityOf = capacity instanceof Float64Array ? capacity : Float64Array.from(capacity);
  const allocation = new Float64Array(flowCount);
  const bottleneck = new Int32Array(flowCount).fill(-1);
  const frozen = new Uint8Array(flowCount);
  const held = new Float64Array(resourceCount);
  const users = new Int32Array(resourceCount);
  const entryCount = flowStart[flowCount]!;
  for (let k = flowStart[0]!; k < entryCount; k++) users[resources[k]!]!++;
  const growing = users.slice();
  const byDemand: number[] = [];
  for (let f = 0; f < flowCount; f++) {
    const wanted = demand[f]!;
    const from = flowStart[f]!;
    const to = flowStart[f + 1]!;
    if (wanted <= 0) {
      frozen[f] = 1;
      for (let k = from; k < to; k++) growing[resources[k]!]!--;
      continue;
    }
    if (to === from && !Number.isFinite(wanted)) throw new Error('a flow with unlimited demand uses no resource');
    byDemand.push(f);
  }
  // Each resource's growing flows, flat: usersOf[userStart[r] .. userStart[r + 1]], in flow order.
  const userStart = new Int32Array(resourceCount + 1);
  for (let r = 0; r < resourceCount; r++) userStart[r + 1] = userStart[r]! + growing[r]!;
  const usersOf = new Int32Array(userStart[resourceCount]!);
  const filled = userStart.slice(0, resourceCount);
  for (let d = 0; d < byDemand.length; d++) {
    const f = byDemand[d]!;
    const to = flowStart[f + 1]!;
    for (let k = flowStart[f]!; k < to; k++) usersOf[filled[resources[k]!]!++] = f;
  }
  byDemand.sort((a, b) => demand[a]! - demand[b]! || a - b);
  // A flow freezing through a resource at the current level never lowers the resource's own level (its share of what
  // is left is at least that level), so an entry's key is a lower bound: it is brought up to date only when it reaches
  // the top, instead of a push for every resource a frozen flow crosses. Entries are taken in (level, push order)
  // order: ties go to the older entry, deterministically. The first entries, one per resource in resource order, are
  // sorted once and read in turn (most leave unused once their flows froze elsewhere: no heap pop each); only entries
  // brought up to date go through the heap, and they are younger than every first entry.
  const firstLevel = new Float64Array(resourceCount);
  let firstCount = 0;
  let sortable = true;
  for (let r = 0; r < resourceCount; r++) {
    if (growing[r]! === 0) continue;
    const at = (firstLevel[r] = Math.max(0, capacityOf[r]! - held[r]!) / growing[r]!);
    // A NaN level (a NaN capacity) has no place in a sort; the heap alone then orders them as it always has.
    if (Number.isNaN(at)) sortable = false;
    firstCount++;
  }
  const heap = new ArcHeap(16);
  let pushes = 0;
  if (!sortable) {
    for (let r = 0; r < resourceCount; r++) if (growing[r]! > 0) heap.push(firstLevel[r]!, pushes++, r);
    firstCount = 0;
  }
  const firstOrder = sortable ? byLevelThenIndex(firstLevel, growing, firstCount) : new Int32Array(0);
  pushes = Math.max(pushes, firstCount);
  let nextFirst = 0;
  let level = 0;
  let nextDemand = 0;
  // Once every flow is frozen only stale entries remain: stop rather than take them one by one.
  let unfrozen = byDemand.length;
  for (;;) {
    if (unfrozen === 0) break;
    // The top made current: dropped once its last growing flow froze, pushed back at its level when that rose.
    let resourceLevel = Infinity;
    let top = -1;
    let topIsFirst = false;
    for (;;) {
      topIsFirst = nextFirst < firstCount && (heap.size === 0 || firstLevel[firstOrder[nextFirst]!]! <= heap.topPrimary());
      if (!topIsFirst && heap.size === 0) {
        top = -1;
        break;
      }
      const r = topIsFirst ? firstOrder[nextFirst]! : heap.topNode();
      const key = topIsFirst ? firstLevel[r]! : heap.topPrimary();
      if (growing[r] !== 0) {
        resourceLevel = Math.max(0, capacityOf[r]! - held[r]!) / growing[r]!;
        if (resourceLevel <= key) {
          top = r;
          break;
        }
      }
      if (topIsFirst) nextFirst++;
      else heap.pop();
      if (growing[r] === 0) continue;
      heap.push(resourceLevel, pushes++, r);
      resourceLevel = Infinity;
    }
    while (nextDemand < byDemand.length && frozen[byDemand[nextDemand]!]) nextDemand++;
    const demandLevel = nextDemand < byDemand.length ? demand[byDemand[nextDemand]!]! : Infinity;
    if (nextDemand >= byDemand.length && top < 0) break;
    // On a tie the resource is named as the bottleneck, as a flow stopped by both is stopped by the link.
    if (top >= 0 && resourceLevel <= demandLevel) {
      const r = top;
      if (topIsFirst) nextFirst++;
      else heap.pop();
      level = Math.max(level, resourceLevel);
      const end = userStart[r + 1]!;
      for (let u = userStart[r]!; u < end; u++) {
        const f = usersOf[u]!;
        if (frozen[f]) continue;
        frozen[f] = 1;
        unfrozen--;
        allocation[f] = level;
        bottleneck[f] = r;
        const to = flowStart[f + 1]!;
        for (let k = flowStart[f]!; k < to; k++) {
          const s = resources[k]!;
          held[s]! += level;
          growing[s]!--;
        }
      }
    } else {
      if (!Number.isFinite(demandLevel)) throw new Error('a flow with unlimited demand uses no resource');
      level = Math.max(level, demandLevel);
      const f = byDemand[nextDemand]!;
      const at = demand[f]!;
      frozen[f] = 1;
      unfrozen--;
      allocation[f] = at;
      bottleneck[f] = -1;
      const to = flowStart[f + 1]!;
      for (let k = flowStart[f]!; k < to; k++) {
        const s = resources[k]!;
        held[s]! += at;
        growing[s]!--;
      }
    }
  }
  const residual = new Float64Array(resourceCount);
  for (let r = 0; r < resourceCount; r++) residual[r] = Math.max(0, capacityOf[r]! - held[r]!);
  return { allocation, residual, bottleneck, users };
}

/** Whether a float's low 32 bits come first in memory (every platform JavaScript runs on today, but asked, not assumed). */
const LOW_WORD_FIRST = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * The resources in use (growing > 0) by level, then by index. Failing the guess below, a stable radix sort on the
 * levels' bits, which order as the levels do for non-negative floats (levels are never NaN or −0 here): a comparator
 * sort of thousands costs milliseconds, and so, in V8, does a typed array's own sort.
 */
function byLevelThenIndex(level: Float64Array, growing: Int32Array, count: number): Int32Array {
  // With equal capacities (every link offers one unit of time) more flows means a lower level: try that order first,
  // a counting sort by flow count, and keep it if the levels prove it right.
  let mostFlows = 0;
  for (let r = 0; r < level.length; r++) mostFlows = Math.max(mostFlows, growing[r]!);
  const flowsStart = new Int32Array(mostFlows + 2);
  for (let r = 0; r < level.length; r++) if (growing[r]! > 0) flowsStart[mostFlows - growing[r]! + 1]!++;
  for (let g = 0; g <= mostFlows; g++) flowsStart[g + 1]! += flowsStart[g]!;
  let order = new Int32Array(count);
  for (let r = 0; r < level.length; r++) if (growing[r]! > 0) order[flowsStart[mostFlows - growing[r]!]!++] = r;
  let inOrder = true;
  for (let i = 1; i < count && inOrder; i++) {
    const a = order[i - 1]!;
    const b = order[i]!;
    inOrder = level[a]! < level[b]! || (level[a] === level[b] && a < b);
  }
  if (inOrder) return order;
  let n = 0;
  for (let r = 0; r < level.length; r++) if (growing[r]! > 0) order[n++] = r;
  let into = new Int32Array(count);
  const words = new Uint32Array(level.buffer, level.byteOffset, level.length * 2);
  const bucketStart = new Int32Array(257);
  for (const word of LOW_WORD_FIRST ? [0, 1] : [1, 0]) {
    for (let shift = 0; shift < 32; shift += 8) {
      bucketStart.fill(0);
      for (let i = 0; i < count; i++) bucketStart[((words[2 * order[i]! + word]! >>> shift) & 255) + 1]!++;
      // A byte all levels share orders nothing: skip the pass.
      if (bucketStart.some((c) => c === count)) continue;
      for (let b = 0; b < 256; b++) bucketStart[b + 1]! += bucketStart[b]!;
      for (let i = 0; i < count; i++) into[bucketStart[(words[2 * order[i]! + word]! >>> shift) & 255]!++] = order[i]!;
      [order, into] = [into, order];
    }
  }
  return order;
}
