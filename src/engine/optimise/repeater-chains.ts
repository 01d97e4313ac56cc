import type { Scenario, ScenarioLink, ScenarioNode } from '../../scenario/schema';
import { orientChain } from '../entanglement/repeater-chain-mc';
import { repeaterChainAnalytic } from '../entanglement/repeater-chain';
import { networkAt } from '../evaluate';
import { chainAlongPath, type EntanglementRequest } from '../requests/entanglement-request';
import { evaluateRequestOnPath } from '../requests/evaluate-request';
import { fibersByNode, isCandidateSite, junctionSpansFrom, requestEnds, spliceFibers } from './junction-spans';

/** One elementary link of a chain: between two kept nodes, over a fibre or a span spliced through junctions. */
export interface ChainHop {
  from: string;
  to: string;
  /** Candidates that must be junctions (not chosen) for this hop to exist. */
  junctions: string[];
}

/** A repeater chain from a request's source to its target that meets its targets, judged by the engine's own evaluation. */
export interface ChainOption {
  hops: ChainHop[];
  fidelity: number;
  keyRateBitsPerSecond: number;
}

export interface PlannedChainRequest {
  request: EntanglementRequest;
  minFidelity: number;
  /** Least key rate from the delivered pairs, when the request also has a key-rate target. */
  minBitsPerSecond: number | null;
  /** Every chain that meets the targets (empty when none can). */
  chains: ChainOption[];
  /** The highest fidelity any chain reached, for the message when none meets the floor (NaN when no chain exists). */
  bestFidelity: number;
  /** True when no chain ran its Monte Carlo, so bestFidelity is the best no-waiting upper bound. */
  bestIsBound: boolean;
  /** True when the enumeration stopped at MAX_CHAINS_PER_REQUEST or the time limit, so a chain may have been missed. */
  truncated: boolean;
}

/** Chains judged per request before the enumeration stops (each may cost a Monte Carlo of the request's trials). */
export const MAX_CHAINS_PER_REQUEST = 5000;

export interface ChainTargetOptions {
  /** Overrides every entanglement request's own minFidelity. */
  minFidelity?: number;
  /** Overrides every request's own minKeyRateBitsPerSecond. */
  minKeyRateBitsPerSecond?: number;
  /** True once the time allowed has passed: the listing stops there, as at MAX_CHAINS_PER_REQUEST. */
  outOfTime?: () => boolean;
}

/** The entanglement requests the optimiser plans for: those with a fidelity floor (their own, or the override). */
export function plannedChainRequests(scenario: Scenario, options: ChainTargetOptions): EntanglementRequest[] {
  return scenario.requests.flatMap((r) => (r.protocol === 'entanglement' && (options.minFidelity ?? r.minFidelity) !== undefined ? [r] : []));
}

/**
 * Every loopless repeater chain a placement could give the request — hops between the source, repeaters (fixed or
 * candidate) and the target, over fibres or spans spliced through candidate sites left as junctions — each judged by
 * the engine's own evaluation of that chain (the seeded Monte Carlo the simulation runs), keeping those that meet the
 * targets. A chain whose no-waiting fidelity (an upper bound) already misses the floor skips its Monte Carlo.
 */
export function enumerateChains(scenario: Scenario, request: EntanglementRequest, options: ChainTargetOptions, memo: Map<string, JudgedChain>): PlannedChainRequest {
  const minFidelity = (options.minFidelity ?? request.minFidelity)!;
  const minBitsPerSecond = options.minKeyRateBitsPerSecond ?? request.minKeyRateBitsPerSecond ?? null;
  const ends = requestEnds(scenario);
  const nodes = new Map(scenario.nodes.map((n) => [n.id, n]));
  const candidate = new Set(scenario.nodes.filter((n) => isCandidateSite(n, ends)).map((n) => n.id));
  const byNode = fibersByNode(scenario.links);
  const linked = new Set(scenario.links.map((l) => pairKey(l.source, l.target)));
  const chains: ChainOption[] = [];
  let bestFidelity = NaN;
  let bestBound = NaN;
  let judged = 0;
  let truncated = false;
  const used = new Set([request.source]);
  const hops: ChainHop[] = [];
  const hopLinks: Pick<ScenarioLink, 'kind' | 'params'>[] = [];
  const judge = () => {
    if (++judged > MAX_CHAINS_PER_REQUEST || options.outOfTime?.()) {
      truncated = true;
      return;
    }
    const chainNodes = [request.source, ...hops.map((h) => h.to)].map((id) => nodes.get(id)!);
    const key = JSON.stringify([requestSettings(request), scenario.seed, chainNodes.map(nodeSettings), hopLinks.map((l) => l.params)]);
    let judgedChain = memo.get(key);
    if (!judgedChain) {
      judgedChain = judgeChain(scenario, request, chainNodes, hopLinks, minFidelity);
      memo.set(key, judgedChain);
    }
    if (!judgedChain.upperBoundOnly && !(judgedChain.fidelity <= bestFidelity)) bestFidelity = judgedChain.fidelity;
    if (judgedChain.upperBoundOnly && !(judgedChain.fidelity <= bestBound)) bestBound = judgedChain.fidelity;
    if (judgedChain.fidelity >= minFidelity && (minBitsPerSecond === null || judgedChain.keyRateBitsPerSecond >= minBitsPerSecond)) {
      chains.push({ hops: [...hops], fidelity: judgedChain.fidelity, keyRateBitsPerSecond: judgedChain.keyRateBitsPerSecond });
    }
  };
  const extend = (at: string) => {
    junctionSpansFrom(
      at,
      byNode,
      (id) => candidate.has(id) && !used.has(id),
      (span) => {
        if (truncated || used.has(span.to) || span.junctions.some((j) => used.has(j))) return;
        const to = nodes.get(span.to)!;
        if (span.to !== request.target && to.kind !== 'repeater') return;
        // A placement splices a span only between nodes with no fibre of their own (as applyPlacement does).
        if (span.junctions.length > 0 && linked.has(pairKey(at, span.to))) return;
        hops.push({ from: at, to: span.to, junctions: span.junctions });
        hopLinks.push(span.junctions.length === 0 ? span.fibers[0]! : { kind: 'fiber', params: spliceFibers(span.fibers) });
        for (const id of [span.to, ...span.junctions]) used.add(id);
        if (span.to === request.target) judge();
        else extend(span.to);
        for (const id of [span.to, ...span.junctions]) used.delete(id);
        hops.pop();
        hopLinks.pop();
      },
    );
  };
  extend(request.source);
  const best = Number.isNaN(bestFidelity) ? { bestFidelity: bestBound, bestIsBound: true } : { bestFidelity, bestIsBound: false };
  return { request, minFidelity, minBitsPerSecond, chains, ...best, truncated };
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
const nodeSettings = (n: ScenarioNode) => [n.kind, 'memoryNoiseModel' in n ? n.memoryNoiseModel : undefined, n.params];
const requestSettings = ({ id: _id, label: _label, source: _source, target: _target, ...settings }: EntanglementRequest) => settings;

/** What a chain delivers; `upperBoundOnly` when its no-waiting bound already missed the floor (no Monte Carlo run). */
type JudgedChain = { fidelity: number; keyRateBitsPerSecond: number; upperBoundOnly: boolean };

/** One chain on a network of its own nodes and hops, evaluated as the simulation would evaluate that path. */
function judgeChain(scenario: Scenario, request: EntanglementRequest, chainNodes: ScenarioNode[], hopLinks: Pick<ScenarioLink, 'kind' | 'params'>[], minFidelity: number): JudgedChain {
  const mini = {
    ...scenario,
    nodes: chainNodes,
    links: hopLinks.map((l, i) => ({ ...l, id: `h${i}`, source: chainNodes[i]!.id, target: chainNodes[i + 1]!.id })),
    requests: [],
    events: [],
  } as Scenario;
  const { index } = networkAt(mini, 0);
  const path = { nodes: chainNodes.map((n) => n.id), linkIds: hopLinks.map((_, i) => `h${i}`) };
  const built = chainAlongPath(index, request, path);
  if (!built.ok) return { fidelity: NaN, keyRateBitsPerSecond: 0, upperBoundOnly: true };
  const bound = repeaterChainAnalytic(orientChain(built.chain).params).noWaitingState[0];
  if (bound < minFidelity) return { fidelity: bound, keyRateBitsPerSecond: 0, upperBoundOnly: true };
  const outcome = evaluateRequestOnPath(index, request, path);
  return { fidelity: outcome.fidelity, keyRateBitsPerSecond: outcome.keyRateBitsPerSecond, upperBoundOnly: false };
}

/** Whether a chain's hops are all open with these candidates kept: its relays kept, the junctions it crosses not. */
export function chainOpen(chain: ChainOption, isCandidate: (id: string) => boolean, kept: ReadonlySet<string>): boolean {
  return chain.hops.every((h) => (!isCandidate(h.to) || kept.has(h.to)) && h.junctions.every((j) => !kept.has(j)));
}
