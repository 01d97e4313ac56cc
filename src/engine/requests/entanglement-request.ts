import type { ScenarioNode, ScenarioRequest } from '../../scenario/schema';
import type { FiberParams } from '../channels/fiber';
import { repeaterChainAnalytic, repeaterChainPerformance, type RepeaterChainPerformance } from '../entanglement/repeater-chain';
import { optimalChainSettings, type ChainSettings } from '../entanglement/chain-settings';
import { orientChain, type ChainNodeParams, type PurificationPlan, type RepeaterChainParams } from '../entanglement/repeater-chain-mc';
import { IDEAL_SWAP } from '../entanglement/swapping';
import { bellWeights } from '../entanglement/delivered-pair';
import type { RequestOutcome } from '../results';
import type { HopPath } from '../routing/hop-path';
import { unreachable } from './optical-path-request';
import { choosePaths, type NetworkIndex } from './network-index';

export type EntanglementRequest = Extract<ScenarioRequest, { protocol: 'entanglement' }>;

/**
 * Elementary links one request's Monte Carlo may herald in one evaluation (a few seconds of work at the measured
 * 2–4 million links per second). Far more than the gallery examples use at their trial counts; it stops only
 * chains that need hundreds of thousands of links per pair, such as a swap that almost never succeeds.
 */
export const MONTE_CARLO_LINK_BUDGET = 5_000_000;
/** Per trial: a pair needing more than this many links is abandoned as undeliverable (cutoff too tight). */
const MAX_LINKS_PER_TRIAL = 200_000;

/** Swap hardware of a station: stations never swap (only repeaters relay), so this is never read; perfect by convention. */
const NO_SWAP = IDEAL_SWAP;

/** The chain's view of one node: its memory, heralding detectors and (for repeaters) its Bell measurement; null for a satellite. */
export function chainNodeParams(node: ScenarioNode): ChainNodeParams | null {
  if (node.kind === 'satellite') return null;
  const p = node.params;
  const noiseModel = node.memoryNoiseModel ?? 'dephasing';
  return {
    memory: {
      coherenceTimeSeconds: p.coherenceTimeSeconds,
      noiseModel,
      // T1 matters only to the T1/T2 model; kept out of the others so it cannot change their numbers.
      ...(noiseModel === 't1-t2' ? { t1Seconds: p.memoryT1Seconds } : {}),
      efficiency: p.memoryEfficiency,
      cutoffSeconds: p.memoryCutoffSeconds > 0 ? p.memoryCutoffSeconds : Infinity,
    },
    detectorEfficiency: p.stationDetectorEfficiency,
    initialFidelity: p.initialFidelity,
    maxAttemptRateHz: p.maxAttemptRateHz,
    swap:
      node.kind === 'repeater'
        ? { successProbability: node.params.swapSuccessProbability, gateFidelity: node.params.swapGateFidelity, measurementFidelity: node.params.swapMeasurementFidelity }
        : NO_SWAP,
  };
}

/** Rounds at each nesting level of a chain of `segmentCount` segments, or null for no purification. */
export function purificationPlan(request: EntanglementRequest, segmentCount: number, rounds = request.params.purificationRounds): PurificationPlan | null {
  const p = request.params;
  if (request.purificationProtocol === 'none' || rounds === 0) return null;
  const levels = request.purificationLevels === 'every-level' ? Math.ceil(Math.log2(segmentCount)) + 1 : 1;
  return {
    protocol: request.purificationProtocol,
    strategy: request.purificationStrategy,
    roundsPerLevel: Array.from({ length: levels }, () => rounds),
    noise: { gateFidelity: p.purificationGateFidelity, measurementFidelity: p.purificationMeasurementFidelity },
  };
}

/** Most purification rounds the settings optimiser tries: recurrence then spends 8 pairs per purified pair at each purified level. */
const MAX_CHOSEN_ROUNDS = 3;

/** Rounds the settings optimiser tries: none without a purification protocol, else 0 to 3 and the request's own. */
function roundsToTry(request: EntanglementRequest): number[] {
  if (request.purificationProtocol === 'none') return [0];
  const rounds = Array.from({ length: MAX_CHOSEN_ROUNDS + 1 }, (_, r) => r);
  return rounds.includes(request.params.purificationRounds) ? rounds : [...rounds, request.params.purificationRounds];
}

/** The delivered pair's best no-waiting fidelity: with the request's rounds, or the best of those the optimiser may choose. */
function noWaitingFidelityBound(request: EntanglementRequest, chain: RepeaterChainParams): number {
  const rounds = request.optimiseRepeaterSettings ? roundsToTry(request) : [request.params.purificationRounds];
  return Math.max(...rounds.map((r) => repeaterChainAnalytic(orientChain({ ...chain, purification: purificationPlan(request, chain.segments.length, r) }).params).noWaitingState[0]));
}

/** The chain's performance as set, or with optionally chosen cut-off and rounds, and the settings it ran with when chosen. */
function chainPerformance(request: EntanglementRequest, chain: RepeaterChainParams, seed: number): { perf: RepeaterChainPerformance; settings: Record<string, number> } {
  const p = request.params;
  const key = { errorCorrectionEfficiency: p.errorCorrectionEfficiency, siftingFactor: p.siftingFactor };
  const options = { trials: p.monteCarloTrials, seed, maxLinksPerTrial: MAX_LINKS_PER_TRIAL, maxTotalLinks: MONTE_CARLO_LINK_BUDGET };
  if (!request.optimiseRepeaterSettings) return { perf: repeaterChainPerformance(chain, key, options), settings: {} };
  const planFor = (rounds: number) => purificationPlan(request, chain.segments.length, rounds);
  const choice = optimalChainSettings(chain, roundsToTry(request), planFor, { key, ...(request.minFidelity === undefined ? {} : { minFidelity: request.minFidelity }) }, options);
  return { perf: choice.performance, settings: repeaterSettingsShown(request, chain, choice.settings) };
}

/**
 * The cut-off and rounds the chain ran with, as hop settings: memoryCutoffSeconds 0 means none (as the node parameter);
 * a cut-off kept as set is shown only when every node shares it; rounds only with a purification protocol.
 */
function repeaterSettingsShown(request: EntanglementRequest, chain: RepeaterChainParams, chosen: ChainSettings | null): Record<string, number> {
  const cutoffs = new Set(chain.nodes.map((node) => node.memory.cutoffSeconds));
  const cutoff = chosen ? chosen.cutoffSeconds : cutoffs.size === 1 ? [...cutoffs][0]! : NaN;
  return {
    ...(Number.isNaN(cutoff) ? {} : { memoryCutoffSeconds: cutoff < Infinity ? cutoff : 0 }),
    ...(request.purificationProtocol === 'none' ? {} : { purificationRounds: chosen ? chosen.purificationRounds : request.params.purificationRounds }),
  };
}

/** The repeater chain along a path, every segment and node with its own parameters; a reason instead when it cannot be built. */
export function chainAlongPath(index: NetworkIndex, request: EntanglementRequest, path: HopPath): { ok: true; chain: RepeaterChainParams } | { ok: false; reason: string } {
  const segments: FiberParams[] = [];
  for (const id of path.linkIds) {
    const link = index.links.get(id)!;
    if (link.kind !== 'fiber') return { ok: false, reason: `link ${link.id} is free-space; repeater chains are modelled over fiber only` };
    const { lengthKm, attenuationDbPerKm, insertionLossDb, groupIndex } = link.params;
    segments.push({ lengthKm, attenuationDbPerKm, insertionLossDb, groupIndex });
  }
  const nodes: ChainNodeParams[] = [];
  for (const id of path.nodes) {
    const node = chainNodeParams(index.nodes.get(id)!);
    if (!node) return { ok: false, reason: `node ${id} is a satellite, which holds no quantum memory` };
    nodes.push(node);
  }
  for (const [i, id] of path.nodes.entries()) {
    const memory = nodes[i]!.memory;
    if (memory.noiseModel === 't1-t2' && memory.coherenceTimeSeconds > 2 * memory.t1Seconds!) {
      return { ok: false, reason: `node ${id}: memory T₂ (${memory.coherenceTimeSeconds} s) exceeds 2·T₁ (${2 * memory.t1Seconds!} s), which no physical qubit allows` };
    }
  }
  return {
    ok: true,
    chain: { segments, nodes, scheme: request.heraldingScheme, brightStatePopulation: request.params.brightStatePopulation, purification: purificationPlan(request, segments.length) },
  };
}

/**
 * Entanglement delivered over a chain of fiber segments with nested swapping at the repeaters, by the seeded
 * discrete-event Monte Carlo (Briegel et al. PRL 81, 5932 (1998) nesting; Sangouard et al. RMP 83, 33 (2011) cross-check).
 */
export function evaluateEntanglementRequest(index: NetworkIndex, request: EntanglementRequest, path: HopPath): RequestOutcome {
  const latencyOfPath = path.linkIds.reduce((s, id) => s + index.linkResults.get(id)!.latencySeconds, 0);
  const built = chainAlongPath(index, request, path);
  if (!built.ok) return unreachable(path, latencyOfPath, built.reason);
  const p = request.params;
  const { perf, settings } = chainPerformance(request, built.chain, index.scenario.seed);
  const budgetNote =
    perf.trialsRun < p.monteCarloTrials
      ? `Monte Carlo stopped at its budget of ${MONTE_CARLO_LINK_BUDGET.toLocaleString('en-US')} elementary links after ${perf.trialsRun} of ` +
        `${p.monteCarloTrials} trials: rate and fidelity come from those trials` +
        (perf.deliveredTrials > 1 && perf.meanLatencySeconds > 0
          ? ` (rate ± ${((100 * perf.latencyStdErrorSeconds) / perf.meanLatencySeconds).toPrecision(2)} %, one standard error)`
          : '') +
        (perf.abandonedTrials > 0 ? `; ${perf.abandonedTrials} trials needed more than ${MAX_LINKS_PER_TRIAL.toLocaleString('en-US')} links and were abandoned` : '')
      : null;
  const delivered = perf.deliveredTrials > 0;
  const noKeyReason = !delivered
    ? perf.neverHeraldedTrials > 0
      ? 'no pair was delivered: an elementary link succeeds with probability 0 per attempt in double precision (its detector, memory and channel efficiencies multiply to below 1e-308), so it never heralds'
      : `no pair was delivered: every simulated trial needed more than ${MAX_LINKS_PER_TRIAL.toLocaleString('en-US')} elementary links (a memory cutoff, rare swaps or rare heralding keep a pair from completing the chain)`
    : request.minFidelity !== undefined && perf.meanFidelity < request.minFidelity
      ? `delivered fidelity ${perf.meanFidelity.toFixed(3)} is below the requested ${request.minFidelity}`
      : perf.keyRateBitsPerSecond > 0
        ? null
        : `delivered fidelity ${perf.meanFidelity.toFixed(3)} is too low for entanglement-based key (bit error ${(perf.bitErrorRate * 100).toFixed(1)} %, phase error ${(perf.phaseErrorRate * 100).toFixed(1)} %)`;
  const hops = path.linkIds.map((linkId, i) => ({
    linkId, from: path.nodes[i]!, to: path.nodes[i + 1]!, keyBitsPerPulse: 0, keyRateBitsPerSecond: perf.keyRateBitsPerSecond,
    qber: perf.bitErrorRate, plobBitsPerSecond: NaN, settings: { ...settings }, noKeyReason,
  }));
  return {
    path: path.nodes,
    hops,
    keyRateBitsPerSecond: perf.keyRateBitsPerSecond,
    qber: perf.bitErrorRate,
    latencySeconds: delivered ? perf.meanLatencySeconds : latencyOfPath,
    // A repeater chain is not one channel used at one rate: no repeaterless bound per second to put beside it.
    plobBitsPerSecond: NaN,
    fidelity: perf.meanFidelity,
    entanglementRatePairsPerSecond: perf.entanglementRatePairsPerSecond,
    noKeyReason,
    entanglement: {
      deliveredState: perf.meanState ? bellWeights(perf.meanState) : null,
      stages: delivered
        ? perf.stages.map((stage) => ({
            kind: stage.kind,
            fromNodeId: path.nodes[stage.fromNode]!,
            toNodeId: path.nodes[stage.toNode]!,
            atNodeId: stage.atNode === null ? null : path.nodes[stage.atNode]!,
            round: stage.round,
            fidelity: stage.meanFidelity,
            state: bellWeights(stage.meanState),
          }))
        : [],
      monteCarloMeanDeliverySeconds: perf.meanLatencySeconds,
      monteCarloStdErrorSeconds: perf.latencyStdErrorSeconds,
      analyticMeanDeliverySeconds: perf.analytic.exponentialApproxMeanSeconds,
      sangouardMeanDeliverySeconds: perf.analytic.sangouardMeanSeconds,
      fidelityStdDev: perf.fidelityStdDev,
    },
    notes: [
      delivered
        ? `${perf.deliveredTrials} pairs simulated: fidelity ${perf.meanFidelity.toFixed(3)} ± ${perf.fidelityStdDev.toFixed(3)}, ` +
          `latency median ${(perf.medianLatencySeconds * 1e3).toPrecision(3)} ms, 90 % within ${(perf.p90LatencySeconds * 1e3).toPrecision(3)} ms`
        : `no pair delivered in ${perf.trialsRun} simulated trials, so no fidelity or error rate to report`,
      ...(budgetNote ? [budgetNote] : []),
    ],
  };
}

/** Candidate routes tried for a request with a minimum fidelity, best first by its routing metric (Yen's algorithm). */
export const FIDELITY_ROUTE_CANDIDATES = 8;

/**
 * The best route, by the request's own metric, whose delivered fidelity reaches `minFidelity`: the first of the
 * FIDELITY_ROUTE_CANDIDATES loopless paths that passes. A path whose no-waiting fidelity (pairs used the moment they
 * exist, an upper bound when memories decohere) already falls short is ruled out without its Monte Carlo. When none
 * passes, the request gets no pair and the reason names the best fidelity seen.
 */
export function evaluateEntanglementWithMinimumFidelity(index: NetworkIndex, request: EntanglementRequest, minFidelity: number): RequestOutcome {
  const found = choosePaths(index, request, FIDELITY_ROUTE_CANDIDATES);
  const none = (reason: string, notes: string[] = []): RequestOutcome => ({
    path: [], hops: [], keyRateBitsPerSecond: 0, qber: NaN, latencySeconds: 0, plobBitsPerSecond: 0, fidelity: NaN,
    entanglementRatePairsPerSecond: 0, noKeyReason: reason, notes,
  });
  if (!found.ok) return none(found.reason);
  const tried: string[] = [];
  let best: { fidelity: number; path: string } | null = null;
  for (const path of found.paths) {
    const route = path.nodes.join(' → ');
    const built = chainAlongPath(index, request, path);
    if (!built.ok) {
      tried.push(`${route}: ${built.reason}`);
      continue;
    }
    const bound = noWaitingFidelityBound(request, built.chain);
    if (bound < minFidelity) {
      tried.push(`${route}: at most ${bound.toFixed(3)} even with no waiting in memory`);
      if (!best || bound > best.fidelity) best = { fidelity: bound, path: route };
      continue;
    }
    const outcome = evaluateEntanglementRequest(index, request, path);
    if (outcome.fidelity >= minFidelity) {
      return tried.length > 0 ? { ...outcome, notes: [...outcome.notes, `routed past ${tried.length} better-ranked path(s) that miss the minimum fidelity ${minFidelity}`] } : outcome;
    }
    tried.push(`${route}: ${Number.isNaN(outcome.fidelity) ? 'no pair delivered' : `delivers ${outcome.fidelity.toFixed(3)}`}`);
    if (!Number.isNaN(outcome.fidelity) && (!best || outcome.fidelity > best.fidelity)) best = { fidelity: outcome.fidelity, path: route };
  }
  const searched = found.paths.length < FIDELITY_ROUTE_CANDIDATES ? `any of the ${found.paths.length} possible path(s)` : `any of the ${FIDELITY_ROUTE_CANDIDATES} best-ranked paths`;
  return none(
    `no pair: no route reaches the minimum fidelity ${minFidelity} (checked ${searched}` + (best ? `; the best reaches ${best.fidelity.toFixed(3)} over ${best.path})` : ')'),
    tried,
  );
}
