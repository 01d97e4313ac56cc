import { ArcHeap } from './arc-heap';
import type { RoutingGraph } from './routing-graph';

/**
 * What a path is ranked by.
 * - `highest-rate`: widest path, maximising the smallest link weight (trusted-node relay runs at its slowest hop).
 * - `lowest-latency` / `lowest-cost`: smallest sum of link weights (seconds, or any additive cost such as −ln w).
 * - `fewest-hops`: fewest links, ties broken by the smallest sum of link weights.
 * Every metric breaks remaining ties by hop count, so equally wide paths prefer the shorter one.
 */
export type PathMetric = 'highest-rate' | 'lowest-latency' | 'lowest-cost' | 'fewest-hops';

export interface SearchConstraints {
  /** 1 where a node may sit inside a path; leave out to let every node relay. Ends need not be relays. */
  canRelay?: Uint8Array | undefined;
  /** 1 where a link is out of service (failed, attacked, or filtered out by the caller). */
  linkDown?: Uint8Array | undefined;
  /** 1 where a node is out of service; a path may neither pass through nor end at it. */
  nodeDown?: Uint8Array | undefined;
}

/** A path as link and node indices into a RoutingGraph. */
export interface IndexPath {
  nodes: number[];
  links: number[];
  /** For `highest-rate`, the bottleneck weight; otherwise the sum of link weights (hops for `fewest-hops`). */
  value: number;
}

/**
 * Dijkstra's algorithm over a RoutingGraph with every working array allocated once and reused: labels are
 * invalidated by bumping a generation counter instead of clearing, so a query costs only what it touches.
 * One instance serves one thread; it is not re-entrant.
 */
export class PathSearch {
  private readonly primary: Float64Array;
  private readonly secondary: Float64Array;
  private readonly previousArc: Int32Array;
  private readonly labelled: Uint32Array;
  private readonly settled: Uint32Array;
  private readonly bannedNode: Uint32Array;
  private readonly bannedLink: Uint32Array;
  private readonly targetMark: Uint32Array;
  private readonly heap: ArcHeap;
  private generation = 0;
  private banGeneration = 1;
  private source = -1;
  private metric: PathMetric = 'fewest-hops';
  private weights: Float64Array | undefined;

  constructor(readonly graph: RoutingGraph) {
    const n = graph.nodeIds.length;
    this.primary = new Float64Array(n);
    this.secondary = new Float64Array(n);
    this.previousArc = new Int32Array(n);
    this.labelled = new Uint32Array(n);
    this.settled = new Uint32Array(n);
    this.bannedNode = new Uint32Array(n);
    this.bannedLink = new Uint32Array(graph.linkIds.length);
    this.targetMark = new Uint32Array(n);
    this.heap = new ArcHeap(Math.max(16, Math.min(graph.targets.length + 1, 1 << 16)));
  }

  /** Starts a fresh set of temporary bans (used by Yen's algorithm); bans last until the next call. */
  resetBans(): void {
    this.banGeneration++;
  }

  banNode(nodeIndex: number): void {
    this.bannedNode[nodeIndex] = this.banGeneration;
  }

  banLink(linkIndex: number): void {
    this.bannedLink[linkIndex] = this.banGeneration;
  }

  /**
   * Single-source search from `source`. With `targets`, stops as soon as all of them are settled, so grouping
   * the requests that share a source costs one search instead of one per request.
   * `weights` are per link: bits/s for `highest-rate`, seconds or cost for the additive metrics (optional for hops).
   */
  run(source: number, metric: PathMetric, weights: Float64Array | undefined, constraints: SearchConstraints = {}, targets?: ArrayLike<number>): void {
    if (metric !== 'fewest-hops' && !weights) throw new Error(`metric ${metric} needs per-link weights`);
    const g = this.graph;
    const gen = ++this.generation;
    this.source = source;
    this.metric = metric;
    this.weights = weights;
    const { primary, secondary, previousArc, labelled, settled, bannedNode, bannedLink, heap } = this;
    const { offsets, targets: arcTarget, arcLink } = g;
    const { canRelay, linkDown, nodeDown } = constraints;
    const bans = this.banGeneration;
    let remaining = 0;
    if (targets) {
      for (let i = 0; i < targets.length; i++) {
        const t = targets[i]!;
        if (this.targetMark[t] !== gen) {
          this.targetMark[t] = gen;
          remaining++;
        }
      }
    }
    heap.clear();
    if (nodeDown?.[source] || bannedNode[source] === bans) return;
    const widest = metric === 'highest-rate';
    const hops = metric === 'fewest-hops';
    // Widest path minimises −(bottleneck); the source starts with an unlimited rate.
    primary[source] = widest ? -Infinity : 0;
    secondary[source] = 0;
    previousArc[source] = -1;
    labelled[source] = gen;
    heap.push(primary[source]!, 0, source);
    while (heap.size > 0) {
      const k1 = heap.topPrimary();
      const k2 = heap.topSecondary();
      const u = heap.pop();
      if (settled[u] === gen || k1 !== primary[u] || k2 !== secondary[u]) continue;
      settled[u] = gen;
      if (targets && this.targetMark[u] === gen && --remaining === 0) break;
      if (u !== source && canRelay && canRelay[u] === 0) continue;
      for (let a = offsets[u]!, end = offsets[u + 1]!; a < end; a++) {
        const v = arcTarget[a]!;
        if (settled[v] === gen) continue;
        const l = arcLink[a]!;
        if ((linkDown && linkDown[l]) || (nodeDown && nodeDown[v]) || bannedLink[l] === bans || bannedNode[v] === bans) continue;
        let p: number;
        let s: number;
        if (widest) {
          const negRate = -weights![l]!;
          p = k1 > negRate ? k1 : negRate;
          s = k2 + 1;
        } else if (hops) {
          p = k1 + 1;
          s = k2 + (weights ? weights[l]! : 0);
        } else {
          p = k1 + weights![l]!;
          s = k2 + 1;
        }
        // Exact ties go to the lowest arc index: every candidate settles before v (keys rise strictly along a path),
        // so the tree is the same whatever order the heap pops equal keys in, which incremental re-evaluation relies on.
        if (labelled[v] !== gen || p < primary[v]! || (p === primary[v] && (s < secondary[v]! || (s === secondary[v] && a < previousArc[v]!)))) {
          labelled[v] = gen;
          primary[v] = p;
          secondary[v] = s;
          previousArc[v] = a;
          heap.push(p, s, v);
        }
      }
    }
  }

  /** True when the last `run` reached `target` (settled it, or labelled it before stopping early at a later target). */
  reached(target: number): boolean {
    return this.settled[target] === this.generation;
  }

  /**
   * The last `run`'s best value to `node` as a path value (bottleneck for `highest-rate`, hops for `fewest-hops`, the
   * sum otherwise), or null when it was not settled.
   */
  valueTo(node: number): number | null {
    if (!this.reached(node)) return null;
    return this.metric === 'highest-rate' ? -this.primary[node]! : this.primary[node]!;
  }

  /** The best path from the last `run`'s source to `target`, or null when unreachable. */
  pathTo(target: number): IndexPath | null {
    if (!this.reached(target)) return null;
    const nodes = [target];
    const links: number[] = [];
    const { previousArc, graph } = this;
    let at = target;
    while (at !== this.source) {
      const a = previousArc[at]!;
      const l = graph.arcLink[a]!;
      links.push(l);
      at = graph.linkSource[l] === at ? graph.linkTarget[l]! : graph.linkSource[l]!;
      nodes.push(at);
    }
    nodes.reverse();
    links.reverse();
    return { nodes, links, value: pathValue(this.metric, this.weights, links) };
  }
}

/** Value of a whole path under `metric`: bottleneck for `highest-rate`, sum otherwise (hop count for `fewest-hops`). */
export function pathValue(metric: PathMetric, weights: Float64Array | undefined, links: Iterable<number> & ArrayLike<number>): number {
  if (metric === 'fewest-hops') return links.length;
  if (metric === 'highest-rate') {
    let bottleneck = Infinity;
    for (const l of links) bottleneck = Math.min(bottleneck, weights![l]!);
    return bottleneck;
  }
  let sum = 0;
  for (const l of links) sum += weights![l]!;
  return sum;
}

/** True when path value `a` is better than `b` under `metric` (larger for rate, smaller otherwise). */
export function isBetter(metric: PathMetric, a: number, b: number): boolean {
  return metric === 'highest-rate' ? a > b : a < b;
}
