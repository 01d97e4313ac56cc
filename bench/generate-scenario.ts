/**
 * Seeded random geometric networks for the benchmarks: ground stations and trusted nodes scattered in a square,
 * each joined by fiber to its nearest neighbours (about 3 links per node), with one BB84 request per 10 nodes
 * between random ground stations. Pass the result through parseScenario (the benchmarks do) to get a Scenario;
 * this module imports nothing else, so the plain React Flow baseline page can use it too.
 */
import type { ScenarioInput } from '../src/scenario/schema';

/** mulberry32: small, seeded, good enough to lay out a test graph. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedNetworkOptions {
  nodes: number;
  seed?: number;
  /** Mean links per node (each link counts at both ends). */
  linksPerNode?: number;
  /** Requests per node. */
  requestsPerNode?: number;
  /** Share of nodes that are ground stations; the rest are trusted nodes (which relay BB84 key). */
  groundStationShare?: number;
  /** Mean spacing between neighbouring nodes on the canvas, px, and on the ground, km. */
  spacingPx?: number;
  spacingKm?: number;
  durationSeconds?: number;
}

/** A scenario input (what would be saved to a file or local storage). */
export function generateNetworkInput(options: GeneratedNetworkOptions): ScenarioInput {
  const n = options.nodes;
  const next = seeded(options.seed ?? 1);
  const linksPerNode = options.linksPerNode ?? 3;
  const spacingPx = options.spacingPx ?? 120;
  const spacingKm = options.spacingKm ?? 20;
  const side = Math.sqrt(n);
  const x = Float64Array.from({ length: n }, () => next() * side);
  const y = Float64Array.from({ length: n }, () => next() * side);
  // Positions are random, so the first `stationCount` nodes are as good a random choice of stations as any.
  const stationCount = Math.min(n, Math.max(2, Math.round(n * (options.groundStationShare ?? 0.1))));
  const kinds = Array.from({ length: n }, (_, i) => (i < stationCount ? 'ground-station' : 'trusted-node') as 'ground-station' | 'trusted-node');

  // Grid buckets of unit cells: each node's nearest neighbours are in the 5×5 block around it.
  const cells = Math.max(1, Math.floor(side));
  const cellOf = (v: number) => Math.min(cells - 1, Math.floor((v / side) * cells));
  const buckets: number[][] = Array.from({ length: cells * cells }, () => []);
  for (let i = 0; i < n; i++) buckets[cellOf(y[i]!) * cells + cellOf(x[i]!)]!.push(i);
  const nearest = (i: number, count: number, accept: (j: number) => boolean) => {
    const near: { j: number; d: number }[] = [];
    const cx = cellOf(x[i]!);
    const cy = cellOf(y[i]!);
    for (let reach = 2; near.length < count && reach <= 2 * cells; reach *= 2) {
      near.length = 0;
      for (let dy = -reach; dy <= reach; dy++) {
        for (let dx = -reach; dx <= reach; dx++) {
          const bx = cx + dx;
          const by = cy + dy;
          if (bx < 0 || by < 0 || bx >= cells || by >= cells) continue;
          for (const j of buckets[by * cells + bx]!) if (j !== i && accept(j)) near.push({ j, d: Math.hypot(x[i]! - x[j]!, y[i]! - y[j]!) });
        }
      }
    }
    return near.sort((a, b) => a.d - b.d).slice(0, count);
  };
  const isTrusted = (j: number) => kinds[j] === 'trusted-node';
  // Ground stations cannot relay BB84 key, so they hang off the trusted-node backbone (two links each, when possible);
  // the backbone is a minimum spanning tree of near neighbours (Kruskal: connected) plus its shortest other candidates.
  const chosen = new Map<number, number>();
  const key = (i: number, j: number) => Math.min(i, j) * n + Math.max(i, j);
  for (let i = 0; i < stationCount; i++) {
    for (const { j, d } of nearest(i, 2, isTrusted)) chosen.set(key(i, j), d);
  }
  const candidates = new Map<number, number>();
  for (let i = stationCount; i < n; i++) {
    for (const { j, d } of nearest(i, 8, isTrusted)) candidates.set(key(i, j), d);
  }
  const sorted = [...candidates].sort((a, b) => a[1] - b[1]);
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (const [k, d] of sorted) {
    const a = root(Math.floor(k / n));
    const b = root(k % n);
    if (a !== b) {
      parent[a] = b;
      chosen.set(k, d);
    }
  }
  const linkCount = Math.round((n * linksPerNode) / 2);
  for (const [k, d] of sorted) {
    if (chosen.size >= linkCount) break;
    chosen.set(k, d);
  }
  const pairs = [...chosen];

  const id = (i: number) => `n${i}`;
  const stations = kinds.flatMap((k, i) => (k === 'ground-station' ? [i] : []));
  const requestCount = Math.max(1, Math.round(n * (options.requestsPerNode ?? 0.1)));
  const requests: NonNullable<ScenarioInput['requests']> = [];
  for (let r = 0; r < requestCount && stations.length >= 2; r++) {
    const s = stations[Math.floor(next() * stations.length)]!;
    let t = s;
    while (t === s) t = stations[Math.floor(next() * stations.length)]!;
    requests.push({ id: `r${r}`, source: id(s), target: id(t), protocol: 'bb84-decoy', params: {} });
  }
  return {
    version: 2,
    name: `Generated network, ${n} nodes`,
    seed: options.seed ?? 1,
    settings: { durationSeconds: options.durationSeconds ?? 3600, timeStepSeconds: 1 },
    nodes: Array.from({ length: n }, (_, i) => ({
      id: id(i),
      label: `${kinds[i] === 'ground-station' ? 'GS' : 'TN'} ${i}`,
      kind: kinds[i]!,
      position: { x: Math.round(x[i]! * spacingPx), y: Math.round(y[i]! * spacingPx) },
      params: {},
    })),
    links: pairs.map(([key, d], l) => ({
      id: `l${l}`,
      source: id(Math.floor(key / n)),
      target: id(key % n),
      kind: 'fiber' as const,
      params: { lengthKm: Math.max(0.5, Math.round(d * spacingKm * 10) / 10) },
    })),
    requests,
  };
}

/**
 * The schema's most requests on a small network, so the cost measured is the requests' (telemetry, lists), not
 * routing: `stations` ground stations on fibers of 10 km and up round one trusted hub, requests between them in turn.
 */
export function manyRequestsInput(requests: number, stations = 20, durationSeconds = 100_000): ScenarioInput {
  const station = (i: number) => `s${i % stations}`;
  return {
    version: 2,
    name: `${requests.toLocaleString('en-US')} requests`,
    settings: { durationSeconds, timeStepSeconds: 1 },
    nodes: [
      { id: 'hub', label: 'Hub', kind: 'trusted-node', position: { x: 0, y: 0 }, params: {} },
      ...Array.from({ length: stations }, (_, i) => ({
        id: station(i),
        label: `Station ${i}`,
        kind: 'ground-station' as const,
        position: { x: Math.round(300 * Math.cos((2 * Math.PI * i) / stations)), y: Math.round(300 * Math.sin((2 * Math.PI * i) / stations)) },
        params: {},
      })),
    ],
    links: Array.from({ length: stations }, (_, i) => ({ id: `l${i}`, source: 'hub', target: station(i), kind: 'fiber' as const, params: { lengthKm: 10 + 2 * i } })),
    // Request r joins station r to the one (r / stations) + 1 places on, so pairs vary before they repeat.
    requests: Array.from({ length: requests }, (_, r) => ({
      id: `r${r}`,
      source: station(r),
      target: station(r + 1 + (Math.floor(r / stations) % (stations - 1))),
      protocol: 'bb84-decoy' as const,
      params: {},
    })),
  };
}
