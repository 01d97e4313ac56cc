import { kBestPaths } from './k-best-paths';
import { PathSearch, type IndexPath, type PathMetric, type SearchConstraints } from './path-search';
import type { RoutingGraph } from './routing-graph';

export interface RouteRequest {
  id: string;
  source: string;
  target: string;
  metric: PathMetric;
  /** How many loopless paths to return, best first (Yen's algorithm); 1 unless alternatives are wanted. */
  pathCount?: number;
}

/** Per-link weights and per-node rules shared by all requests of one routing pass. */
export interface RoutingInputs {
  /** Link rate in bits/s, read by `highest-rate` (trusted-node relay: the path runs at its slowest link). */
  linkRateBitsPerSecond?: Float64Array;
  /** Link latency in seconds, read by `lowest-latency` and as the tie-break of `fewest-hops`. */
  linkLatencySeconds?: Float64Array;
  /** Any other additive link cost, read by `lowest-cost`. */
  linkCost?: Float64Array;
  constraints?: SearchConstraints;
  /** Said in the no-path reason when relaying is restricted, e.g. "only trusted nodes can relay key". */
  relayRule?: string;
}

export interface RoutedPath {
  nodeIds: string[];
  linkIds: string[];
  /** The metric's value: bottleneck bits/s, seconds, cost, or hop count. */
  value: number;
}

export interface RouteOutcome {
  requestId: string;
  /** Best first; empty when no path exists. */
  paths: RoutedPath[];
  noPathReason: string | null;
}

function weightsFor(metric: PathMetric, inputs: RoutingInputs): Float64Array | undefined {
  switch (metric) {
    case 'highest-rate':
      if (!inputs.linkRateBitsPerSecond) throw new Error('highest-rate routing needs linkRateBitsPerSecond');
      return inputs.linkRateBitsPerSecond;
    case 'lowest-latency':
      if (!inputs.linkLatencySeconds) throw new Error('lowest-latency routing needs linkLatencySeconds');
      return inputs.linkLatencySeconds;
    case 'lowest-cost':
      if (!inputs.linkCost) throw new Error('lowest-cost routing needs linkCost');
      return inputs.linkCost;
    case 'fewest-hops':
      return inputs.linkLatencySeconds;
  }
}

function toRouted(graph: RoutingGraph, path: IndexPath): RoutedPath {
  return { nodeIds: path.nodes.map((n) => graph.nodeIds[n]!), linkIds: path.links.map((l) => graph.linkIds[l]!), value: path.value };
}

/**
 * Routes every request over one graph. Requests that share a source and metric share one single-source search that
 * stops once all their targets are settled; only requests asking for several paths run Yen's algorithm.
 * Pass a long-lived `search` to reuse its arrays across routing passes (e.g. at each failure event).
 */
export function routeRequests(
  graph: RoutingGraph,
  requests: readonly RouteRequest[],
  inputs: RoutingInputs,
  search: PathSearch = new PathSearch(graph),
): RouteOutcome[] {
  const outcomes: RouteOutcome[] = new Array(requests.length);
  const constraints = inputs.constraints ?? {};
  const groups = new Map<string, number[]>();
  requests.forEach((request, i) => {
    const source = graph.nodeIndex.get(request.source);
    const target = graph.nodeIndex.get(request.target);
    if (source === undefined || target === undefined) {
      const missing = source === undefined ? request.source : request.target;
      outcomes[i] = { requestId: request.id, paths: [], noPathReason: `node ${missing} does not exist` };
      return;
    }
    if ((request.pathCount ?? 1) > 1) {
      const paths = kBestPaths(search, source, target, request.pathCount!, request.metric, weightsFor(request.metric, inputs), constraints);
      outcomes[i] = finish(graph, search, request, paths, inputs);
      return;
    }
    const key = `${request.metric}\u0000${request.source}`;
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  const targets: number[] = [];
  for (const group of groups.values()) {
    const first = requests[group[0]!]!;
    targets.length = 0;
    for (const i of group) targets.push(graph.nodeIndex.get(requests[i]!.target)!);
    search.run(graph.nodeIndex.get(first.source)!, first.metric, weightsFor(first.metric, inputs), constraints, targets);
    const unreached: number[] = [];
    for (const i of group) {
      const request = requests[i]!;
      const path = search.pathTo(graph.nodeIndex.get(request.target)!);
      if (path) outcomes[i] = { requestId: request.id, paths: [toRouted(graph, path)], noPathReason: null };
      else unreached.push(i);
    }
    // Explaining a failure runs more searches, so it waits until the group's paths have been read.
    for (const i of unreached) outcomes[i] = finish(graph, search, requests[i]!, [], inputs);
  }
  return outcomes;
}

function finish(graph: RoutingGraph, search: PathSearch, request: RouteRequest, paths: IndexPath[], inputs: RoutingInputs): RouteOutcome {
  if (paths.length > 0) return { requestId: request.id, paths: paths.map((p) => toRouted(graph, p)), noPathReason: null };
  return { requestId: request.id, paths: [], noPathReason: explainNoPath(graph, search, request.source, request.target, inputs) };
}

/** Says why no path exists: a failed end, failures cutting every path, the relay rule, or no links at all. */
export function explainNoPath(graph: RoutingGraph, search: PathSearch, sourceId: string, targetId: string, inputs: RoutingInputs): string {
  const source = graph.nodeIndex.get(sourceId);
  const target = graph.nodeIndex.get(targetId);
  if (source === undefined) return `node ${sourceId} does not exist`;
  if (target === undefined) return `node ${targetId} does not exist`;
  const { canRelay, linkDown, nodeDown } = inputs.constraints ?? {};
  if (nodeDown?.[source]) return `node ${sourceId} has failed`;
  if (nodeDown?.[target]) return `node ${targetId} has failed`;
  search.resetBans();
  const reachable = (constraints: SearchConstraints) => {
    search.run(source, 'fewest-hops', undefined, constraints, [target]);
    return search.reached(target);
  };
  if ((linkDown || nodeDown) && reachable({ canRelay })) {
    return `every path between ${sourceId} and ${targetId} crosses a failed or attacked link or node`;
  }
  if (canRelay && reachable({})) {
    return `${sourceId} and ${targetId} are joined only through nodes that cannot relay${inputs.relayRule ? ` (${inputs.relayRule})` : ''}`;
  }
  return `no chain of links joins ${sourceId} and ${targetId}`;
}
