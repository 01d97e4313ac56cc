import type { Scenario, ScenarioNode } from '../../scenario/schema';
import { bb84SettingsKey } from '../requests/bb84-request';
import { hopKeyRateBitsPerSecond, reachLossDb, type Bb84Request } from './hop-key-rate';
import type { EntanglementRequest } from '../requests/entanglement-request';
import { enumerateChains, type ChainTargetOptions, type PlannedChainRequest } from './repeater-chains';
import { fibersByNode, isCandidateSite, junctionSpansFrom, requestEnds, spanLossDb, spliceFibers } from './junction-spans';

/** A hop the relay chain may take: from one kept node to another, directly or through junctions. */
export interface PlacementArc {
  from: string;
  to: string;
  /** Candidates that must be junctions (not chosen) for this hop to exist. */
  junctions: string[];
  /** Key rate of this hop for each planned request (index as in `requests`), by the engine's own BB84 model. */
  rateBitsPerSecond: number[];
}

export interface PlannedRequest {
  request: Bb84Request;
  /** Least key rate the request must get (as if alone on its links). */
  minBitsPerSecond: number;
}

export interface PlacementInstance {
  candidates: { id: string; kind: 'trusted-node' | 'repeater'; costUnits: number }[];
  requests: PlannedRequest[];
  arcs: PlacementArc[];
  /** Nodes that relay BB84 key whatever is chosen: trusted nodes not marked candidate. */
  fixedRelays: Set<string>;
  /** Entanglement requests with a fidelity floor, each with the repeater chains that meet it. */
  chainRequests: PlannedChainRequest[];
  /** Node-disjoint routes every planned request needs, each meeting its targets (1: one route). */
  disjointRoutes: number;
}

export interface TargetOptions {
  /** Overrides every request's own minKeyRateBitsPerSecond. */
  minKeyRateBitsPerSecond?: number;
  /** Plan every BB84 request, even one without a target (for the highest-minimum-rate objective). */
  allRequests?: boolean;
}

/** The requests the optimiser plans for: decoy-BB84 requests with a key-rate target (or all of them). */
export function plannedRequests(scenario: Scenario, options: TargetOptions): PlannedRequest[] {
  return scenario.requests.flatMap((r) => {
    if (r.protocol !== 'bb84-decoy') return [];
    const target = options.minKeyRateBitsPerSecond ?? r.minKeyRateBitsPerSecond;
    if (target === undefined && !options.allRequests) return [];
    return [{ request: r, minBitsPerSecond: target ?? Number.MIN_VALUE }];
  });
}

/**
 * Every hop that could serve a planned request at its target: links between relay-capable nodes, and spans spliced
 * through candidate sites (a span is followed only while its loss is within the best reach of any request, which is
 * exact because a hop's key falls as its loss and misalignment grow).
 */
export function buildPlacementInstance(
  scenario: Scenario,
  requests: PlannedRequest[],
  chains: { requests: EntanglementRequest[]; targets: ChainTargetOptions } = { requests: [], targets: {} },
  disjointRoutes = 1,
  onProgress?: (fraction: number) => void,
): PlacementInstance {
  const ends = requestEnds(scenario);
  const nodes = new Map(scenario.nodes.map((n) => [n.id, n]));
  const candidateIds = new Set(scenario.nodes.filter((n) => isCandidateSite(n, ends)).map((n) => n.id));
  const fixedRelays = new Set(scenario.nodes.filter((n) => n.kind === 'trusted-node' && !candidateIds.has(n.id)).map((n) => n.id));
  const relayCapable = (n: ScenarioNode) => n.kind === 'trusted-node' || ends.has(n.id);
  const minimumMisalignment = Math.min(...scenario.links.map((l) => l.params.misalignmentError));
  const receivers = distinctBy(scenario.nodes.filter((n) => n.kind === 'trusted-node' || n.kind === 'ground-station'), (n) => JSON.stringify(n.params));
  const byNode = fibersByNode(scenario.links);
  const arcs: PlacementArc[] = [];
  const senders = scenario.nodes.filter(relayCapable);
  // Stations usually share settings and spans their lengths, so the same hop recurs: compute each once.
  const memo = new Map<string, number>();
  const remember = (key: string, compute: () => number) => memo.get(key) ?? (memo.set(key, compute()), memo.get(key)!);
  // Requests with equal settings get equal hops (the rate depends on them, not on the request's ends).
  const settings = requests.map((p) => bb84SettingsKey(p.request));
  senders.forEach((sender, i) => {
    onProgress?.((i / senders.length) * (chains.requests.length ? 0.5 : 1));
    // Loss beyond which no request can meet its target on a hop sent from here, whoever receives.
    const reach = Math.max(
      ...requests.flatMap((p, r) =>
        receivers.map((rx) => remember(`reach|${settings[r]}|${p.minBitsPerSecond}|${JSON.stringify(sender.params)}|${JSON.stringify(rx.params)}`, () => reachLossDb(p.request, sender, rx, minimumMisalignment, p.minBitsPerSecond))),
      ),
    );
    if (!(reach >= 0)) return;
    const rates = (link: Parameters<typeof hopKeyRateBitsPerSecond>[3], receiver: ScenarioNode) =>
      requests.map((p, r) =>
        remember(`hop|${settings[r]}|${JSON.stringify(sender.params)}|${JSON.stringify(receiver.params)}|${link.kind}|${JSON.stringify(link.params)}`, () => hopKeyRateBitsPerSecond(p.request, sender, receiver, link)),
      );
    for (const link of scenario.links) {
      if (link.source !== sender.id && link.target !== sender.id) continue;
      const receiver = nodes.get(link.source === sender.id ? link.target : link.source)!;
      if (relayCapable(receiver)) arcs.push({ from: sender.id, to: receiver.id, junctions: [], rateBitsPerSecond: rates(link, receiver) });
    }
    const linked = new Set(scenario.links.flatMap((l) => (l.source === sender.id ? [l.target] : l.target === sender.id ? [l.source] : [])));
    junctionSpansFrom(
      sender.id,
      byNode,
      (id) => candidateIds.has(id),
      (span) => {
        const receiver = nodes.get(span.to)!;
        if (span.junctions.length === 0 || linked.has(span.to) || !relayCapable(receiver)) return;
        arcs.push({ from: sender.id, to: span.to, junctions: span.junctions, rateBitsPerSecond: rates({ kind: 'fiber', params: spliceFibers(span.fibers) }, receiver) });
      },
      (span) => spanLossDb(spliceFibers(span.fibers)) <= reach,
    );
  });
  // Chains of requests with equal settings over equal hops deliver the same, so one Monte Carlo serves them all.
  const chainMemo = new Map();
  const chainRequests = chains.requests.map((request, i) => {
    onProgress?.(0.5 + (0.5 * i) / chains.requests.length);
    return enumerateChains(scenario, request, chains.targets, chainMemo);
  });
  onProgress?.(1);
  const candidates = [...candidateIds].map((id) => {
    const node = nodes.get(id)!;
    if (node.kind !== 'trusted-node' && node.kind !== 'repeater') throw new Error(`candidate ${id} is a ${node.kind}`);
    return { id, kind: node.kind, costUnits: node.costUnits ?? 1 };
  });
  return { candidates, requests, arcs: withoutDominated(arcs), fixedRelays, chainRequests, disjointRoutes };
}

/**
 * Drops a hop when another between the same ends crosses only junctions it crosses too and is at least as fast for
 * every request: the other is open whenever it is, so no chain needs it.
 */
function withoutDominated(arcs: PlacementArc[]): PlacementArc[] {
  const byEnds = new Map<string, PlacementArc[]>();
  for (const arc of arcs) {
    const key = `${arc.from}\u0000${arc.to}`;
    (byEnds.get(key) ?? byEnds.set(key, []).get(key)!).push(arc);
  }
  const dominates = (q: PlacementArc, p: PlacementArc) =>
    q !== p && q.junctions.length <= p.junctions.length && q.junctions.every((j) => p.junctions.includes(j)) && q.rateBitsPerSecond.every((rate, r) => rate >= p.rateBitsPerSecond[r]!);
  return [...byEnds.values()].flatMap((group) => group.filter((p, i) => !group.some((q, k) => dominates(q, p) && (q.junctions.length < p.junctions.length || k < i))));
}

function distinctBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}
