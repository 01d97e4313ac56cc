/**
 * Routing benchmark (issue 8): re-routes 1,000 requests on a seeded 10,000-node, 30,000-link random geometric graph
 * with the engine's CSR Dijkstra and with graphology's bidirectional Dijkstra, checks that both find paths of the same
 * length, and prints the speed ratio. Run with `npx tsx bench/routing-bench.ts [nodes] [links] [requests]`;
 * `bench/run.ts` calls `runRoutingBench` for RESULTS.md.
 */
import { pathToFileURL } from 'node:url';
import Graph from 'graphology';
import { bidirectional } from 'graphology-shortest-path/dijkstra';
import { PathSearch } from '../src/engine/routing/path-search';
import { routeRequests, type RouteRequest } from '../src/engine/routing/route-requests';
import { buildRoutingGraph, type RoutingLink } from '../src/engine/routing/routing-graph';
import { seeded } from './generate-scenario';

const SIDE_KM = 1000;
const FIBER_GROUP_INDEX = 1.468;
const SPEED_OF_LIGHT_KM_PER_S = 299_792.458;


/** Nodes scattered in a square; links are the shortest `linkCount` pairs among each node's 10 nearest neighbours. */
function geometricGraph(seed: number, nodeCount: number, linkCount: number) {
  const next = seeded(seed);
  const x = Float64Array.from({ length: nodeCount }, () => next() * SIDE_KM);
  const y = Float64Array.from({ length: nodeCount }, () => next() * SIDE_KM);
  const cells = Math.max(1, Math.floor(Math.sqrt(nodeCount / 4)));
  const cellKm = SIDE_KM / cells;
  const buckets: number[][] = Array.from({ length: cells * cells }, () => []);
  const cellOf = (v: number) => Math.min(cells - 1, Math.floor(v / cellKm));
  for (let i = 0; i < nodeCount; i++) buckets[cellOf(y[i]!) * cells + cellOf(x[i]!)]!.push(i);
  const candidates = new Map<number, number>();
  for (let i = 0; i < nodeCount; i++) {
    const near: { j: number; d: number }[] = [];
    const cx = cellOf(x[i]!);
    const cy = cellOf(y[i]!);
    for (let dy = -2; dy <= 2; dy++) {
      for (let dx = -2; dx <= 2; dx++) {
        const bx = cx + dx;
        const by = cy + dy;
        if (bx < 0 || by < 0 || bx >= cells || by >= cells) continue;
        for (const j of buckets[by * cells + bx]!) if (j !== i) near.push({ j, d: Math.hypot(x[i]! - x[j]!, y[i]! - y[j]!) });
      }
    }
    near.sort((a, b) => a.d - b.d);
    for (const { j, d } of near.slice(0, 10)) candidates.set(Math.min(i, j) * nodeCount + Math.max(i, j), d);
  }
  const pairs = [...candidates].sort((a, b) => a[1] - b[1]).slice(0, linkCount);
  const nodeIds = Array.from({ length: nodeCount }, (_, i) => `n${i}`);
  const links: RoutingLink[] = pairs.map(([key], l) => ({ id: `l${l}`, source: nodeIds[Math.floor(key / nodeCount)]!, target: nodeIds[key % nodeCount]! }));
  const latencySeconds = Float64Array.from(pairs, ([, lengthKm]) => (lengthKm * FIBER_GROUP_INDEX) / SPEED_OF_LIGHT_KM_PER_S);
  // Decoy BB84 key rate falls about tenfold per 50 km of fiber (0.2 dB/km): a plausible spread of link rates.
  const rateBitsPerSecond = Float64Array.from(pairs, ([, lengthKm]) => 1e5 * 10 ** (-lengthKm / 50));
  return { nodeIds, links, latencySeconds, rateBitsPerSecond };
}

function timeMs(run: () => void, repeats: number): number {
  const samples: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

export interface RoutingComparison {
  label: string;
  requests: number;
  unreachable: number;
  mismatches: number;
  oursMs: number;
  widestMs: number;
  graphologyMs: number;
  speedUp: number;
}

export interface RoutingBenchResult {
  nodes: number;
  links: number;
  buildMs: number;
  graphologyRepeats: number;
  comparisons: RoutingComparison[];
}

/** Builds the graph, checks both routers agree, and times them (graphology: median of `graphologyRepeats` runs). */
export function runRoutingBench(nodeCount = 10_000, linkCount = 30_000, requestCount = 1_000, graphologyRepeats = 1): RoutingBenchResult {
  const net = geometricGraph(1, nodeCount, linkCount);
  const next = seeded(2);
  const pick = () => Math.floor(next() * nodeCount);
  const randomRequests: RouteRequest[] = Array.from({ length: requestCount }, (_, i) => {
    const s = pick();
    let t = pick();
    while (t === s) t = pick();
    return { id: `r${i}`, source: net.nodeIds[s]!, target: net.nodeIds[t]!, metric: 'lowest-latency' };
  });
  // A more realistic mix: many requests between a few dozen metropolitan endpoints.
  const endpoints = Array.from({ length: 50 }, pick);
  const endpointRequests: RouteRequest[] = Array.from({ length: requestCount }, (_, i) => {
    const s = endpoints[Math.floor(next() * 50)]!;
    let t = endpoints[Math.floor(next() * 50)]!;
    while (t === s) t = endpoints[Math.floor(next() * 50)]!;
    return { id: `e${i}`, source: net.nodeIds[s]!, target: net.nodeIds[t]!, metric: 'lowest-latency' };
  });

  const buildStart = performance.now();
  const graph = buildRoutingGraph(net.nodeIds, net.links);
  const search = new PathSearch(graph);
  const buildMs = performance.now() - buildStart;

  const g = new Graph({ type: 'undirected', multi: false });
  for (const id of net.nodeIds) g.addNode(id);
  net.links.forEach((link, l) => g.addEdgeWithKey(link.id, link.source, link.target, { weight: net.latencySeconds[l]! }));

  const latencyOf = (linkIds: readonly string[]) => linkIds.reduce((sum, id) => sum + net.latencySeconds[graph.linkIndexById.get(id)!]!, 0);
  const pathLatency = (nodes: string[]) => {
    let sum = 0;
    for (let i = 0; i + 1 < nodes.length; i++) sum += g.getEdgeAttribute(g.edge(nodes[i]!, nodes[i + 1]!)!, 'weight') as number;
    return sum;
  };

  function compare(label: string, requests: RouteRequest[]): RoutingComparison {
    const ours = routeRequests(graph, requests, { linkLatencySeconds: net.latencySeconds }, search);
    let mismatches = 0;
    let unreachable = 0;
    requests.forEach((request, i) => {
      const theirs = bidirectional(g, request.source, request.target, 'weight');
      const mine = ours[i]!.paths[0];
      if (!mine || !theirs) {
        unreachable++;
        if (!!mine !== !!theirs) mismatches++;
        return;
      }
      if (Math.abs(latencyOf(mine.linkIds) - pathLatency(theirs)) > 1e-12) mismatches++;
    });
    // The baseline is slow; its correctness pass above has warmed it up, so one timed run is representative.
    const repeats = 5;
    const oursMs = timeMs(() => routeRequests(graph, requests, { linkLatencySeconds: net.latencySeconds }, search), repeats);
    const theirsMs = timeMs(() => {
      for (const request of requests) bidirectional(g, request.source, request.target, 'weight');
    }, graphologyRepeats);
    const widestMs = timeMs(() => routeRequests(graph, requests.map((r) => ({ ...r, metric: 'highest-rate' as const })), { linkRateBitsPerSecond: net.rateBitsPerSecond }, search), repeats);
    console.log(`${label}: ${requests.length} requests (${unreachable} unreachable), path-length mismatches: ${mismatches}`);
    console.log(`  engine (lowest latency):       ${oursMs.toFixed(1)} ms`);
    console.log(`  engine (highest rate, widest): ${widestMs.toFixed(1)} ms`);
    console.log(`  graphology bidirectional:      ${theirsMs.toFixed(1)} ms`);
    console.log(`  speed-up: ${(theirsMs / oursMs).toFixed(1)}×`);
    return { label, requests: requests.length, unreachable, mismatches, oursMs, widestMs, graphologyMs: theirsMs, speedUp: theirsMs / oursMs };
  }

  console.log(`graph: ${nodeCount} nodes, ${net.links.length} links; CSR build ${buildMs.toFixed(1)} ms (once per topology)`);
  const comparisons = [compare('random endpoints', randomRequests), compare('50 endpoints', endpointRequests)];
  return { nodes: nodeCount, links: net.links.length, buildMs, graphologyRepeats, comparisons };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = runRoutingBench(Number(process.argv[2] ?? 10_000), Number(process.argv[3] ?? 30_000), Number(process.argv[4] ?? 1_000));
  if (result.comparisons.some((c) => c.mismatches > 0)) process.exitCode = 1;
}
