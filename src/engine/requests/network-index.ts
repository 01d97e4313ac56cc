import type { Scenario, ScenarioLink, ScenarioNode, ScenarioRequest } from '../../scenario/schema';
import type { HopResult, LinkResult } from '../results';
import type { HopPath } from '../routing/hop-path';
import type { IndexMap } from './layered-map';
import { kBestPaths } from '../routing/k-best-paths';
import { PathSearch, type IndexPath, type PathMetric } from '../routing/path-search';
import { explainNoPath } from '../routing/route-requests';
import { buildRoutingGraph, linkValues, nodeMask, type RoutingGraph } from '../routing/routing-graph';

/** Lookups shared by every request of one evaluation. */
export interface NetworkIndex {
  scenario: Scenario;
  nodes: IndexMap<string, ScenarioNode>;
  links: IndexMap<string, ScenarioLink>;
  linkResults: IndexMap<string, LinkResult>;
  graph: RoutingGraph;
  search: PathSearch;
  /** Scheduled outages at this instant: routing avoids them. */
  nodeDown: Uint8Array;
  linkDown: Uint8Array;
  /** Hop results already computed in this evaluation: by request settings, then by link index × 2 + direction (see bb84-request.ts). */
  hopCache: Map<string, IndexMap<number, HopResult>>;
  /** Relay masks by protocol and link weights by kind, built on first use: the path search only reads them. */
  relayMasks: Map<ScenarioRequest['protocol'], Uint8Array>;
  linkWeights: Map<LinkWeightKind, Float64Array>;
}

/** `graph` may be passed in when the topology (node ids and link ends, in order) is the one it was built from. */
export function indexScenario(scenario: Scenario, linkResults: LinkResult[], failedNodeIds: ReadonlySet<string>, graph = buildRoutingGraph(scenario.nodes.map((n) => n.id), scenario.links)): NetworkIndex {
  const linkResultById = new Map(linkResults.map((r) => [r.id, r]));
  return {
    scenario,
    nodes: new Map(scenario.nodes.map((n) => [n.id, n])),
    links: new Map(scenario.links.map((l) => [l.id, l])),
    linkResults: linkResultById,
    graph,
    search: new PathSearch(graph),
    nodeDown: nodeMask(graph, (id) => failedNodeIds.has(id)),
    linkDown: Uint8Array.from(scenario.links, (l) => (linkResultById.get(l.id)!.failed ? 1 : 0)),
    hopCache: new Map(),
    relayMasks: new Map(),
    linkWeights: new Map(),
  };
}

/** Stations with a source and detectors: the ends of a QKD hop. */
export function terminalParams(node: ScenarioNode | undefined) {
  return node && (node.kind === 'ground-station' || node.kind === 'trusted-node') ? node.params : null;
}

/** Which intermediate nodes each protocol can pass through, and how to say so when no path exists. */
const RELAY_RULES: Record<ScenarioRequest['protocol'], { canRelay: (n: ScenarioNode) => boolean; rule: string }> = {
  // A trusted satellite stores key on board between passes (Liao et al., Phys. Rev. Lett. 120, 030501 (2018)).
  'bb84-decoy': { canRelay: (n) => n.kind === 'trusted-node' || n.kind === 'satellite', rule: 'only trusted nodes and satellites can relay BB84 key' },
  // One optical path end to end: intermediate nodes are passive (patch panels, Charlie, the pair source).
  bbm92: { canRelay: (n) => n.kind !== 'satellite', rule: 'the photons pass through intermediate ground nodes only' },
  'tf-qkd': { canRelay: (n) => n.kind !== 'satellite', rule: 'the photons pass through intermediate ground nodes only' },
  entanglement: { canRelay: (n) => n.kind === 'repeater', rule: 'only repeaters can swap entanglement' },
};

export type PathChoice = { ok: true; path: HopPath } | { ok: false; reason: string };

export type LinkWeightKind = 'latency' | 'transmittance' | 'loss';

/**
 * The metric and link weight a request routes by. "Highest rate" means the widest path in transmittance for hop-by-hop
 * key relay (the key rate of a hop grows with its transmittance when stations are alike), and the least total loss
 * for protocols whose photons cross the whole path (BBM92, twin-field, repeater chains).
 */
export function routingBasis(request: ScenarioRequest): { metric: PathMetric; kind: LinkWeightKind } {
  switch (request.routingMetric) {
    case 'lowest-latency':
      return { metric: 'lowest-latency', kind: 'latency' };
    case 'fewest-hops':
      return { metric: 'fewest-hops', kind: 'latency' };
    case 'highest-rate':
      return request.protocol === 'bb84-decoy' ? { metric: 'highest-rate', kind: 'transmittance' } : { metric: 'lowest-cost', kind: 'loss' };
  }
}

/** One link's routing weight of the given kind (an infinite loss becomes a large finite cost so sums stay ordered). */
export function linkWeight(kind: LinkWeightKind, result: LinkResult): number {
  return kind === 'latency' ? result.latencySeconds : kind === 'transmittance' ? result.transmittance : Number.isFinite(result.lossDb) ? result.lossDb : 1e6;
}

function linkWeights(index: NetworkIndex, kind: LinkWeightKind): Float64Array {
  let weights = index.linkWeights.get(kind);
  if (weights) return weights;
  weights = linkValues(index.graph, (id) => linkWeight(kind, index.linkResults.get(id)!));
  index.linkWeights.set(kind, weights);
  return weights;
}

function relayMask(index: NetworkIndex, protocol: ScenarioRequest['protocol']): Uint8Array {
  let mask = index.relayMasks.get(protocol);
  if (!mask) {
    const relay = RELAY_RULES[protocol];
    mask = nodeMask(index.graph, (id) => relay.canRelay(index.nodes.get(id)!));
    index.relayMasks.set(protocol, mask);
  }
  return mask;
}

/** What a request's path search needs: its ends as graph indices, its metric and weights, and who may relay. */
export function searchFor(index: NetworkIndex, request: ScenarioRequest) {
  const constraints = { canRelay: relayMask(index, request.protocol), linkDown: index.linkDown, nodeDown: index.nodeDown };
  const { metric, kind } = routingBasis(request);
  return { source: index.graph.nodeIndex.get(request.source)!, target: index.graph.nodeIndex.get(request.target)!, constraints, metric, weights: linkWeights(index, kind) };
}

function toHopPath(index: NetworkIndex, found: IndexPath): HopPath {
  return { nodes: found.nodes.map((n) => index.graph.nodeIds[n]!), linkIds: found.links.map((l) => index.graph.linkIds[l]!) };
}

function noPath(index: NetworkIndex, request: ScenarioRequest, constraints: ReturnType<typeof searchFor>['constraints']): { ok: false; reason: string } {
  return { ok: false, reason: explainNoPath(index.graph, index.search, request.source, request.target, { constraints, relayRule: RELAY_RULES[request.protocol].rule }) };
}

export function choosePath(index: NetworkIndex, request: ScenarioRequest): PathChoice {
  const { source, target, constraints, metric, weights } = searchFor(index, request);
  index.search.resetBans();
  index.search.run(source, metric, weights, constraints, [target]);
  const found = index.search.pathTo(target);
  return found ? { ok: true, path: toHopPath(index, found) } : noPath(index, request, constraints);
}

/**
 * choosePath for several requests that search alike (same source, relay rule and metric), from one search that stops
 * once every target is settled: the tree is canonical (exact ties go to the lowest arc), so each path is the one its
 * own search would find.
 */
export function choosePathsFromOneSource(index: NetworkIndex, requests: readonly ScenarioRequest[]): PathChoice[] {
  const { source, constraints, metric, weights } = searchFor(index, requests[0]!);
  const targets = requests.map((r) => index.graph.nodeIndex.get(r.target)!);
  index.search.resetBans();
  index.search.run(source, metric, weights, constraints, targets);
  const found = targets.map((t) => index.search.pathTo(t));
  // explainNoPath runs searches of its own, so only after every found path is read.
  return found.map((path, i) => (path ? { ok: true, path: toHopPath(index, path) } : noPath(index, requests[i]!, constraints)));
}

/** Up to `k` loopless paths by the request's own metric and relay rule, best first (the first is choosePath's). */
export function choosePaths(index: NetworkIndex, request: ScenarioRequest, k: number): { ok: true; paths: HopPath[] } | { ok: false; reason: string } {
  const { source, target, constraints, metric, weights } = searchFor(index, request);
  const found = kBestPaths(index.search, source, target, k, metric, weights, constraints);
  return found.length > 0 ? { ok: true, paths: found.map((p) => toHopPath(index, p)) } : noPath(index, request, constraints);
}

/** Total loss and delay of a path of links, which compose as a single optical channel. */
export function pathChannel(index: NetworkIndex, linkIds: readonly string[]) {
  let lossDb = 0;
  let latencySeconds = 0;
  // Independent bit flips compose as 1 − 2e_total = Π(1 − 2e_i).
  let flipSurvival = 1;
  let untouched = 1;
  for (const id of linkIds) {
    const result = index.linkResults.get(id)!;
    const link = index.links.get(id)!;
    lossDb += result.lossDb;
    latencySeconds += result.latencySeconds;
    flipSurvival *= 1 - 2 * link.params.misalignmentError;
    untouched *= 1 - result.interceptedFraction;
  }
  return { lossDb, latencySeconds, misalignmentError: (1 - flipSurvival) / 2, interceptedFraction: 1 - untouched };
}
