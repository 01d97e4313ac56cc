import type { ScenarioRequest } from '../../scenario/schema';
import { linkWeight, routingBasis, searchFor, type NetworkIndex } from '../requests/network-index';
import { pathValue, type PathMetric } from '../routing/path-search';
import type { LinkResult } from '../results';
import type { Standalone } from '../requests/share-links';

/** Distances (path values) from both ends of one improved link, for one way of routing. */
interface ImprovedLink {
  link: number;
  ends: [number, number];
  weight: number;
  fromEnd: [Float64Array, Float64Array];
}

/** The improved links for one way of routing (protocol and metric), with what a request's check reads. */
interface BasisCheck {
  improved: ImprovedLink[];
  metric: PathMetric;
  weights: Float64Array;
  canRelay: Uint8Array | undefined;
}

/** Relative slack so a sum formed in another order cannot make an equally good detour look worse. */
const TIE_TOLERANCE = 1e-9;

/**
 * Each kept result's path value, by metric. A result is kept only while no edit touched a link of its path, and only
 * touched links change weight, so the value made when it was first asked for still holds.
 */
const pathValues = new WeakMap<Standalone, { metric: PathMetric; value: number }>();

function currentValue(result: Standalone, metric: PathMetric, value: () => number): number {
  const known = pathValues.get(result);
  if (known?.metric === metric) return known.value;
  const made = { metric, value: value() };
  pathValues.set(result, made);
  return made.value;
}

function strictlyWorse(metric: PathMetric, candidate: number, current: number): boolean {
  const slack = TIE_TOLERANCE * Math.max(1, Math.abs(current));
  return metric === 'highest-rate' ? candidate < current - slack : candidate > current + slack;
}

/**
 * Whether an edit can have moved a request off a path that touches no edited link or node. A link that got worse
 * cannot pull a path that avoids it (the search breaks exact ties by arc index, so the tree is canonical), so only links
 * whose routing weight improved (or that were just added) matter: the request may move only if the best path through such a link — the best
 * value from the request's ends to the link's ends, from one search at each end — is not strictly worse than its own.
 */
export class RerouteCheck {
  private readonly byBasis = new Map<string, BasisCheck>();

  constructor(
    private readonly index: NetworkIndex,
    /** Each link's result before the edit, by its index now (undefined for a link just added). */
    private readonly before: readonly (LinkResult | undefined)[],
    private readonly touchedLinks: readonly number[],
  ) {}

  /** `result`: the request's result, kept so far; `pathLinks`: its path as the graph's link indices (src/engine/requests/hop-links.ts). */
  mayMove(request: ScenarioRequest, result: Standalone, pathLinks: Iterable<number> & ArrayLike<number>): boolean {
    const { improved, metric, weights, canRelay } = this.checkFor(request);
    if (improved.length === 0) return false;
    const nodeIndex = this.index.graph.nodeIndex;
    const source = nodeIndex.get(request.source)!;
    const target = nodeIndex.get(request.target)!;
    const current = currentValue(result, metric, () => pathValue(metric, weights, pathLinks));
    for (const { ends, weight, fromEnd } of improved) {
      for (let near = 0; near < 2; near++) {
        const far = 1 - near;
        const toSource = fromEnd[near]![source]!;
        const toTarget = fromEnd[far]![target]!;
        if (Number.isNaN(toSource) || Number.isNaN(toTarget) || !inside(canRelay, ends[near]!, source) || !inside(canRelay, ends[far]!, target)) continue;
        const through =
          metric === 'highest-rate' ? Math.min(toSource, weight, toTarget) : toSource + (metric === 'fewest-hops' ? 1 : weight) + toTarget;
        if (!strictlyWorse(metric, through, current)) return true;
      }
    }
    return false;
  }

  /** What every request routed alike shares, made once per check: searchFor and the improved links' searches would otherwise repeat per request. */
  private checkFor(request: ScenarioRequest): BasisCheck {
    const key = `${request.protocol}\u0000${request.routingMetric}`;
    let check = this.byBasis.get(key);
    if (check) return check;
    const basis = routingBasis(request);
    const improved: ImprovedLink[] = [];
    const { constraints, metric, weights } = searchFor(this.index, request);
    const graph = this.index.graph;
    for (const link of this.touchedLinks) {
      if (constraints.linkDown?.[link]) continue;
      const weight = weights[link]!;
      const earlier = this.before[link];
      // A link just added is an improvement on no link at all.
      const better = !earlier || (metric === 'highest-rate' ? weight > linkWeight(basis.kind, earlier) : weight < linkWeight(basis.kind, earlier));
      if (!better) continue;
      const ends: [number, number] = [graph.linkSource[link]!, graph.linkTarget[link]!];
      const valuesFrom = (end: number) => {
        // An end that cannot relay is crossed only by paths that end there (see mayMove's `inside`), which read its value at itself alone: what the search would give there.
        if (constraints.canRelay && constraints.canRelay[end] === 0) {
          const values = new Float64Array(graph.nodeIds.length).fill(NaN);
          if (!constraints.nodeDown[end]) values[end] = metric === 'highest-rate' ? Infinity : 0;
          return values;
        }
        this.index.search.resetBans();
        this.index.search.run(end, metric, weights, constraints);
        const values = new Float64Array(graph.nodeIds.length);
        for (let v = 0; v < values.length; v++) values[v] = this.index.search.valueTo(v) ?? NaN;
        return values;
      };
      // Widest paths: with both ends up and able to relay, either end reaches every node the other does through the
      // link, so the two ends' values agree once capped at the link's weight, and `through` caps them: one search does.
      const relays = (end: number) => !constraints.nodeDown[end] && (!constraints.canRelay || constraints.canRelay[end] === 1);
      const fromFirst = valuesFrom(ends[0]);
      const fromEnd: [Float64Array, Float64Array] = [fromFirst, metric === 'highest-rate' && relays(ends[0]) && relays(ends[1]) ? fromFirst : valuesFrom(ends[1])];
      improved.push({ link, ends, weight, fromEnd });
    }
    check = { improved, metric, weights, canRelay: constraints.canRelay };
    this.byBasis.set(key, check);
    return check;
  }
}

/** A request's end may be any node; a node inside its path must be able to relay. */
function inside(canRelay: Uint8Array | undefined, node: number, end: number): boolean {
  return node === end || !canRelay || canRelay[node] === 1;
}

