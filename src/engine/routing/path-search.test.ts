import { describe, expect, it } from 'vitest';
import { buildAdjacency, fewestHopPath } from './hop-path';
import { kBestPaths } from './k-best-paths';
import { Xoshiro128 } from '../entanglement/random';
import { PathSearch, pathValue, type PathMetric } from './path-search';
import { routeRequests } from './route-requests';
import { buildRoutingGraph, type RoutingLink } from './routing-graph';

/** Deterministic draws for randomised cross-checks, from the engine's own seeded generator. */
function random(seed: number) {
  const source = new Xoshiro128(seed);
  return () => source.nextFloat();
}

function randomGraph(seed: number, nodeCount: number, linkCount: number) {
  const next = random(seed);
  const nodeIds = Array.from({ length: nodeCount }, (_, i) => `n${i}`);
  const links: RoutingLink[] = [];
  const rate = new Float64Array(linkCount);
  const latency = new Float64Array(linkCount);
  for (let l = 0; l < linkCount; l++) {
    const s = Math.floor(next() * nodeCount);
    let t = Math.floor(next() * (nodeCount - 1));
    if (t >= s) t++;
    links.push({ id: `l${l}`, source: nodeIds[s]!, target: nodeIds[t]! });
    rate[l] = Math.round(next() * 20) * 100; // coarse, so ties occur
    latency[l] = Math.round(next() * 10) / 1000;
  }
  const relay = new Uint8Array(nodeCount).map(() => (next() < 0.7 ? 1 : 0));
  const linkDown = new Uint8Array(linkCount).map(() => (next() < 0.1 ? 1 : 0));
  return { graph: buildRoutingGraph(nodeIds, links), nodeIds, links, rate, latency, relay, linkDown };
}

/** Every loopless path by depth-first search, honouring relay and failure masks. */
function allPaths(g: ReturnType<typeof randomGraph>, source: number, target: number, useRelay: boolean): number[][] {
  const result: number[][] = [];
  const onPath = new Uint8Array(g.nodeIds.length);
  const walk = (u: number, links: number[]) => {
    if (u === target) return result.push(links.slice());
    if (u !== source && useRelay && !g.relay[u]) return;
    onPath[u] = 1;
    for (let a = g.graph.offsets[u]!; a < g.graph.offsets[u + 1]!; a++) {
      const v = g.graph.targets[a]!;
      const l = g.graph.arcLink[a]!;
      if (onPath[v] || g.linkDown[l]) continue;
      links.push(l);
      walk(v, links);
      links.pop();
    }
    onPath[u] = 0;
  };
  walk(source, []);
  return result;
}

const better = (metric: PathMetric, a: number, b: number) => (metric === 'highest-rate' ? b - a : a - b);

describe('PathSearch', () => {
  it('finds the widest path, not the shortest, when the short one has a weak hop', () => {
    const graph = buildRoutingGraph(['A', 'B', 'C', 'D'], [
      { id: 'AB', source: 'A', target: 'B' },
      { id: 'BD', source: 'B', target: 'D' },
      { id: 'AC', source: 'A', target: 'C' },
      { id: 'CD', source: 'C', target: 'D' },
      { id: 'AD', source: 'A', target: 'D' },
    ]);
    const rate = new Float64Array([1000, 800, 5000, 300, 100]);
    const [outcome] = routeRequests(graph, [{ id: 'r', source: 'A', target: 'D', metric: 'highest-rate' }], { linkRateBitsPerSecond: rate });
    expect(outcome!.paths[0]!.nodeIds).toEqual(['A', 'B', 'D']);
    expect(outcome!.paths[0]!.value).toBe(800);
    const [hops] = routeRequests(graph, [{ id: 'r', source: 'A', target: 'D', metric: 'fewest-hops' }], {});
    expect(hops!.paths[0]!.linkIds).toEqual(['AD']);
  });

  it.each(['highest-rate', 'lowest-latency', 'fewest-hops'] as const)('agrees with exhaustive enumeration for %s on random graphs', (metric) => {
    for (let seed = 1; seed <= 30; seed++) {
      const g = randomGraph(seed, 9, 16);
      const weights = metric === 'highest-rate' ? g.rate : metric === 'lowest-latency' ? g.latency : undefined;
      const search = new PathSearch(g.graph);
      for (let s = 0; s < 9; s++) {
        search.run(s, metric, weights, { canRelay: g.relay, linkDown: g.linkDown });
        for (let t = 0; t < 9; t++) {
          if (t === s) continue;
          const paths = allPaths(g, s, t, true);
          const found = search.pathTo(t);
          if (paths.length === 0) {
            expect(found).toBeNull();
            continue;
          }
          const values = paths.map((p) => pathValue(metric, weights, p)).sort((a, b) => better(metric, a, b));
          expect(found).not.toBeNull();
          expect(found!.value).toBeCloseTo(values[0]!, 12);
          for (const n of found!.nodes.slice(1, -1)) expect(g.relay[n]).toBe(1);
          for (const l of found!.links) expect(g.linkDown[l]).toBe(0);
        }
      }
    }
  });

  it('stops early at the requested targets and still returns their best paths', () => {
    const g = randomGraph(7, 40, 90);
    const full = new PathSearch(g.graph);
    const early = new PathSearch(g.graph);
    full.run(0, 'lowest-latency', g.latency);
    for (const t of [3, 17, 29]) {
      early.run(0, 'lowest-latency', g.latency, {}, [t, 5]);
      expect(early.pathTo(t)?.value).toBe(full.pathTo(t)?.value);
    }
  });

  it('keeps the breadth-first hop-path helper and the new search in agreement on hop counts', () => {
    const g = randomGraph(11, 30, 50);
    const adjacency = buildAdjacency(g.links);
    const search = new PathSearch(g.graph);
    search.run(0, 'fewest-hops', undefined, { canRelay: g.relay });
    for (let t = 1; t < 30; t++) {
      const bfs = fewestHopPath(adjacency, 'n0', `n${t}`, (id) => g.relay[Number(id.slice(1))] === 1);
      expect(search.pathTo(t)?.links.length ?? null).toBe(bfs ? bfs.linkIds.length : null);
    }
  });
});

describe('kBestPaths (Yen)', () => {
  it.each(['highest-rate', 'lowest-latency'] as const)('returns the k best loopless path values in order for %s', (metric) => {
    for (let seed = 40; seed < 60; seed++) {
      const g = randomGraph(seed, 8, 15);
      const weights = metric === 'highest-rate' ? g.rate : g.latency;
      const search = new PathSearch(g.graph);
      const all = allPaths(g, 0, 7, true).map((p) => pathValue(metric, weights, p)).sort((a, b) => better(metric, a, b));
      const found = kBestPaths(search, 0, 7, 5, metric, weights, { canRelay: g.relay, linkDown: g.linkDown });
      expect(found.length).toBe(Math.min(5, all.length));
      found.forEach((p, i) => expect(p.value).toBeCloseTo(all[i]!, 12));
      expect(new Set(found.map((p) => p.links.join(','))).size).toBe(found.length);
      for (const p of found) expect(new Set(p.nodes).size).toBe(p.nodes.length);
    }
  });
});

describe('routeRequests', () => {
  const graph = buildRoutingGraph(['A', 'R', 'T', 'B', 'C'], [
    { id: 'AR', source: 'A', target: 'R' },
    { id: 'RB', source: 'R', target: 'B' },
    { id: 'AT', source: 'A', target: 'T' },
    { id: 'TB', source: 'T', target: 'B' },
  ]);
  const canRelay = Uint8Array.from([0, 0, 1, 0, 0]); // only T is trusted
  it('routes only through relays and groups requests by source', () => {
    const out = routeRequests(graph, [
      { id: 'x', source: 'A', target: 'B', metric: 'fewest-hops' },
      { id: 'y', source: 'A', target: 'R', metric: 'fewest-hops' },
    ], { constraints: { canRelay } });
    expect(out[0]!.paths[0]!.nodeIds).toEqual(['A', 'T', 'B']);
    expect(out[1]!.paths[0]!.nodeIds).toEqual(['A', 'R']);
  });
  it('gives a clear reason for each way a request can have no path', () => {
    const failedLink = Uint8Array.from([0, 0, 1, 0]);
    const reasons = routeRequests(graph, [
      { id: 'cut', source: 'A', target: 'B', metric: 'fewest-hops' },
      { id: 'alone', source: 'A', target: 'C', metric: 'fewest-hops' },
    ], { constraints: { canRelay, linkDown: failedLink }, relayRule: 'only trusted nodes can relay key' }).map((o) => o.noPathReason);
    expect(reasons[0]).toMatch(/crosses a failed or attacked/);
    expect(reasons[1]).toMatch(/no chain of links joins A and C/);
    const relayOnly = routeRequests(graph, [{ id: 'r', source: 'A', target: 'B', metric: 'fewest-hops' }], {
      constraints: { canRelay: new Uint8Array(5) }, relayRule: 'only trusted nodes can relay key',
    });
    expect(relayOnly[0]!.noPathReason).toMatch(/cannot relay \(only trusted nodes can relay key\)/);
    const deadEnd = routeRequests(graph, [{ id: 'd', source: 'A', target: 'B', metric: 'fewest-hops' }], { constraints: { nodeDown: Uint8Array.from([0, 0, 0, 1, 0]) } });
    expect(deadEnd[0]!.noPathReason).toBe('node B has failed');
  });
  it('returns alternatives on request', () => {
    const out = routeRequests(graph, [{ id: 'k', source: 'A', target: 'B', metric: 'fewest-hops', pathCount: 3 }], {});
    expect(out[0]!.paths.map((p) => p.nodeIds.join(''))).toEqual(['ARB', 'ATB']);
  });
});
