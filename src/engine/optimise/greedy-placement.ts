import type { PlacementInstance } from './placement-instance';
import { chainOpen } from './repeater-chains';

/**
 * How many node-disjoint relay chains of open hops, each hop at least `threshold`, request r has with these sites
 * kept, counted up to `want` (augmenting paths on a unit-capacity network with split nodes; Menger's theorem). Two
 * routes may not share a pair of nodes either, since a placement keeps one link between two kept sites.
 */
export function disjointRoutes(instance: PlacementInstance, kept: ReadonlySet<string>, r: number, threshold: number, want: number): number {
  const { source, target } = instance.requests[r]!.request;
  const candidate = new Set(instance.candidates.map((c) => c.id));
  const relay = (id: string) => instance.fixedRelays.has(id) || kept.has(id);
  const present = (id: string) => !candidate.has(id) || kept.has(id);
  // Residual capacities: a node v is v:in → v:out (capacity 1, unbounded at the ends), a hop u → v is u:out → v:in.
  const capacity = new Map<string, Map<string, number>>();
  const add = (from: string, to: string, units: number) => {
    const out = capacity.get(from) ?? capacity.set(from, new Map()).get(from)!;
    out.set(to, Math.max(out.get(to) ?? 0, units));
    const back = capacity.get(to) ?? capacity.set(to, new Map()).get(to)!;
    if (!back.has(from)) back.set(from, 0);
  };
  for (const arc of instance.arcs) {
    if (!(arc.rateBitsPerSecond[r]! >= threshold) || !present(arc.from) || !present(arc.to)) continue;
    if (arc.junctions.some((j) => kept.has(j)) || arc.to === source || arc.from === target) continue;
    if ((arc.from !== source && !relay(arc.from)) || (arc.to !== target && !relay(arc.to))) continue;
    add(`${arc.from}:out`, `${arc.to}:in`, 1);
    for (const end of [arc.from, arc.to]) add(`${end}:in`, `${end}:out`, end === source || end === target ? want : 1);
  }
  let found = 0;
  while (found < want) {
    const previous = new Map<string, string>([[`${source}:in`, '']]);
    const queue = [`${source}:in`];
    while (queue.length && !previous.has(`${target}:out`)) {
      const at = queue.shift()!;
      for (const [to, units] of capacity.get(at) ?? []) {
        if (units > 0 && !previous.has(to)) {
          previous.set(to, at);
          queue.push(to);
        }
      }
    }
    if (!previous.has(`${target}:out`)) break;
    for (let at = `${target}:out`; at !== `${source}:in`; at = previous.get(at)!) {
      const from = previous.get(at)!;
      capacity.get(from)!.set(at, capacity.get(from)!.get(at)! - 1);
      capacity.get(at)!.set(from, capacity.get(at)!.get(from)! + 1);
    }
    found++;
  }
  return found;
}

/** Whether request r has the instance's number of disjoint chains, each hop at least `threshold`, with these sites kept. */
export function chainExists(instance: PlacementInstance, kept: ReadonlySet<string>, r: number, threshold: number): boolean {
  return disjointRoutes(instance, kept, r, threshold, instance.disjointRoutes) >= instance.disjointRoutes;
}

/**
 * How many of entanglement request r's listed chains, pairwise sharing no repeater and no pair of nodes, are open with
 * these sites kept (or with any choice, when kept is null), counted up to `want` (a backtracking search: the lists are
 * short once the targets have pruned them).
 */
export function disjointChains(instance: PlacementInstance, kept: ReadonlySet<string> | null, r: number, want: number): number {
  const planned = instance.chainRequests[r]!;
  const candidate = new Set(instance.candidates.map((c) => c.id));
  const open = kept ? planned.chains.filter((c) => chainOpen(c, (id) => candidate.has(id), kept)) : planned.chains;
  const marks = open.map((c) => [
    ...c.hops.filter((h) => h.to !== planned.request.target).map((h) => h.to),
    ...c.hops.map((h) => (h.from < h.to ? `${h.from}|${h.to}` : `${h.to}|${h.from}`)),
  ]);
  // A site one chain crosses as a junction cannot be another's relay (it is either kept or not); two may cross it.
  const crossed = open.map((c) => c.hops.flatMap((h) => h.junctions));
  let best = 0;
  const used = new Set<string>();
  const junctions = new Map<string, number>();
  const search = (from: number, count: number) => {
    best = Math.max(best, count);
    for (let i = from; i < open.length && best < want; i++) {
      if (marks[i]!.some((m) => used.has(m) || junctions.has(m)) || crossed[i]!.some((j) => used.has(j))) continue;
      for (const m of marks[i]!) used.add(m);
      for (const j of crossed[i]!) junctions.set(j, (junctions.get(j) ?? 0) + 1);
      search(i + 1, count + 1);
      for (const m of marks[i]!) used.delete(m);
      for (const j of crossed[i]!) junctions.get(j) === 1 ? junctions.delete(j) : junctions.set(j, junctions.get(j)! - 1);
    }
  };
  search(0, 0);
  return best;
}

/** Whether every planned request (key-rate thresholds and repeater chains) is served with these sites kept. */
export function placementServes(instance: PlacementInstance, kept: ReadonlySet<string>, thresholds: number[]): boolean {
  return (
    thresholds.every((t, r) => chainExists(instance, kept, r, t)) &&
    instance.chainRequests.every((_, r) => disjointChains(instance, kept, r, instance.disjointRoutes) >= instance.disjointRoutes)
  );
}

/**
 * The heuristic above the exact method's reach: keep every candidate trusted node (the most any key relay can get)
 * and, for each entanglement request, the repeaters of its cheapest chains; then drop sites, dearest first, whenever
 * every request is still served without them. Null when that start serves not every request.
 */
export function greedyPlacement(instance: PlacementInstance, costs: number[], thresholds: number[]): Set<string> | null {
  const kept = new Set(instance.candidates.filter((c) => c.kind === 'trusted-node').map((c) => c.id));
  const cost = new Map(instance.candidates.map((c, i) => [c.id, costs[i]!]));
  for (const planned of instance.chainRequests) {
    const byCost = [...planned.chains].sort((a, b) => chainCost(a, cost) - chainCost(b, cost));
    for (const chain of byCost.slice(0, instance.disjointRoutes)) {
      for (const hop of chain.hops) {
        if (cost.has(hop.to)) kept.add(hop.to);
        for (const j of hop.junctions) kept.delete(j);
      }
    }
  }
  if (!placementServes(instance, kept, thresholds)) return null;
  const order = instance.candidates.map((c, i) => ({ id: c.id, cost: costs[i]! })).sort((a, b) => b.cost - a.cost);
  for (const { id } of order) {
    if (!kept.delete(id)) continue;
    if (!placementServes(instance, kept, thresholds)) kept.add(id);
  }
  return kept;
}

const chainCost = (chain: PlacementInstance['chainRequests'][number]['chains'][number], cost: ReadonlyMap<string, number>) =>
  chain.hops.reduce((sum, h) => sum + (cost.get(h.to) ?? 0), 0);
