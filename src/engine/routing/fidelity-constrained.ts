import { kBestPaths } from './k-best-paths';
import type { IndexPath, PathSearch, SearchConstraints } from './path-search';

/**
 * Werner parameter of a Werner state of fidelity F: ρ = w|Φ+⟩⟨Φ+| + (1 − w)·I/4 has F = (1 + 3w)/4, so w = (4F − 1)/3.
 * Entanglement swapping of Werner states with a perfect Bell measurement multiplies their Werner parameters
 * (e.g. Dür, Briegel, Cirac & Zoller, PRA 59, 169 (1999)), which makes −ln w additive along a repeater chain.
 */
export function wernerParameterFromFidelity(fidelity: number): number {
  return (4 * fidelity - 1) / 3;
}

export function fidelityFromWernerParameter(wernerParameter: number): number {
  return (1 + 3 * wernerParameter) / 4;
}

/** Additive routing cost of a link whose pairs have `fidelity`: −ln w, infinite when w ≤ 0 (no entanglement left). */
export function wernerLinkCost(fidelity: number): number {
  const w = wernerParameterFromFidelity(fidelity);
  return w > 0 ? -Math.log(w) : Infinity;
}

/** End-to-end fidelity of swapping along links of the given fidelities with perfect swaps. */
export function swappedWernerFidelity(linkFidelities: readonly number[]): number {
  return fidelityFromWernerParameter(linkFidelities.reduce((w, f) => w * wernerParameterFromFidelity(f), 1));
}

export interface ConstrainedPath {
  path: IndexPath | null;
  /** Sum of the additive cost along the chosen path. */
  cost: number;
  noPathReason: string | null;
}

/**
 * Highest-rate path whose summed per-link cost stays within `maxCost` (for fidelity: cost = −ln w per link and
 * maxCost = −ln w_min). Exact: feasibility only shrinks as the rate floor rises, so a binary search over the distinct
 * link rates, each step a cheapest-path search on the links at or above the floor, finds the largest feasible
 * bottleneck in O(log L) Dijkstra runs.
 */
export function widestPathWithinCost(
  search: PathSearch,
  source: number,
  target: number,
  rateBitsPerSecond: Float64Array,
  cost: Float64Array,
  maxCost: number,
  constraints: SearchConstraints = {},
): ConstrainedPath {
  const linkCount = rateBitsPerSecond.length;
  const down = new Uint8Array(linkCount);
  const floors = Array.from(new Set(rateBitsPerSecond)).sort((a, b) => a - b);
  const probe = (floor: number): IndexPath | null => {
    for (let l = 0; l < linkCount; l++) down[l] = constraints.linkDown?.[l] || rateBitsPerSecond[l]! < floor ? 1 : 0;
    search.run(source, 'lowest-cost', cost, { ...constraints, linkDown: down }, [target]);
    const path = search.pathTo(target);
    return path && path.value <= maxCost ? path : null;
  };
  let best = floors.length > 0 ? probe(floors[0]!) : null;
  if (!best) {
    search.run(source, 'fewest-hops', undefined, constraints, [target]);
    const reason = search.reached(target)
      ? 'every path exceeds the fidelity (cost) budget, even ignoring rate'
      : 'no path joins the two ends';
    return { path: null, cost: Infinity, noPathReason: reason };
  }
  let lo = 0;
  let hi = floors.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const found = probe(floors[mid]!);
    if (found) {
      best = found;
      lo = mid;
    } else hi = mid - 1;
  }
  let bottleneck = Infinity;
  for (const l of best.links) bottleneck = Math.min(bottleneck, rateBitsPerSecond[l]!);
  return { path: { ...best, value: bottleneck }, cost: best.value, noPathReason: null };
}

/**
 * Highest-rate path that passes a caller's whole-path test (e.g. a full fidelity model with memory decoherence),
 * trying the `k` highest-rate loopless paths in order. Heuristic: a passing path ranked below k is missed, and the
 * reason says so; use `widestPathWithinCost` when an additive proxy is good enough, since it is exact.
 */
export function widestPathPassing(
  search: PathSearch,
  source: number,
  target: number,
  rateBitsPerSecond: Float64Array,
  passes: (path: IndexPath) => boolean,
  k = 16,
  constraints: SearchConstraints = {},
): { path: IndexPath | null; examined: number; noPathReason: string | null } {
  const paths = kBestPaths(search, source, target, k, 'highest-rate', rateBitsPerSecond, constraints);
  for (let i = 0; i < paths.length; i++) {
    if (passes(paths[i]!)) return { path: paths[i]!, examined: i + 1, noPathReason: null };
  }
  const noPathReason =
    paths.length === 0
      ? 'no path joins the two ends'
      : paths.length < k
        ? `none of the ${paths.length} possible paths meets the fidelity threshold`
        : `none of the ${k} highest-rate paths meets the fidelity threshold`;
  return { path: null, examined: paths.length, noPathReason };
}
