import type { PlacementInstance } from './placement-instance';

/** Whether request r has a relay chain of open hops, each at least `threshold`, with these sites kept (breadth-first). */
export function chainExists(instance: PlacementInstance, kept: ReadonlySet<string>, r: number, threshold: number): boolean {
  const { source, target } = instance.requests[r]!.request;
  const candidate = new Map(instance.candidates.map((c) => [c.id, c]));
  const relay = (id: string) => instance.fixedRelays.has(id) || kept.has(id);
  const present = (id: string) => !candidate.has(id) || kept.has(id);
  const next = new Map<string, string[]>();
  for (const arc of instance.arcs) {
    if (!(arc.rateBitsPerSecond[r]! >= threshold) || !present(arc.from) || !present(arc.to)) continue;
    if (arc.junctions.some((j) => kept.has(j))) continue;
    (next.get(arc.from) ?? next.set(arc.from, []).get(arc.from)!).push(arc.to);
  }
  const seen = new Set([source]);
  const queue = [source];
  while (queue.length) {
    const at = queue.shift()!;
    for (const to of next.get(at) ?? []) {
      if (to === target) return true;
      if (seen.has(to) || !relay(to)) continue;
      seen.add(to);
      queue.push(to);
    }
  }
  return false;
}

/**
 * The heuristic above the exact method's reach: keep every site (the most any chain can get), then drop sites, dearest
 * first, whenever every request still meets its threshold without them.
 */
export function greedyPlacement(instance: PlacementInstance, costs: number[], thresholds: number[]): Set<string> {
  const kept = new Set(instance.candidates.map((c) => c.id));
  const order = instance.candidates.map((c, i) => ({ id: c.id, cost: costs[i]! })).sort((a, b) => b.cost - a.cost);
  for (const { id } of order) {
    kept.delete(id);
    if (!thresholds.every((t, r) => chainExists(instance, kept, r, t))) kept.add(id);
  }
  return kept;
}
