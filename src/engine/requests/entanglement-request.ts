import type { ScenarioRequest } from '../../scenario/schema';
import { repeaterParamSpecs } from '../../scenario/params';
import { defaultsOf } from '../../scenario/param-spec';
import { repeaterChainPerformance } from '../entanglement/repeater-chain';
import type { RepeaterChainParams } from '../entanglement/repeater-chain-mc';
import type { RequestOutcome } from '../results';
import type { HopPath } from '../routing/hop-path';
import { unreachable } from './optical-path-request';
import type { NetworkIndex } from './network-index';

type EntanglementRequest = Extract<ScenarioRequest, { protocol: 'entanglement' }>;

/**
 * Elementary links one request's Monte Carlo may herald in one evaluation (a few seconds of work at the measured
 * 2–4 million links per second). Far more than the gallery examples use at their trial counts; it stops only
 * chains that need hundreds of thousands of links per pair, such as a swap that almost never succeeds.
 */
export const MONTE_CARLO_LINK_BUDGET = 5_000_000;
/** Per trial: a pair needing more than this many links is abandoned as undeliverable (cutoff too tight). */
const MAX_LINKS_PER_TRIAL = 200_000;

/** Memories and swaps of the chain: the first repeater on the path, or repeater defaults when the ends are joined directly. */
function chainNodeParams(index: NetworkIndex, path: HopPath) {
  for (const id of path.nodes.slice(1, -1)) {
    const node = index.nodes.get(id);
    if (node?.kind === 'repeater') return node.params;
  }
  return defaultsOf(repeaterParamSpecs);
}

/**
 * Entanglement delivered over a chain of fiber segments with nested swapping at the repeaters, by the seeded
 * discrete-event Monte Carlo (Briegel et al. PRL 81, 5932 (1998) nesting; Sangouard et al. RMP 83, 33 (2011) cross-check).
 */
export function evaluateEntanglementRequest(index: NetworkIndex, request: EntanglementRequest, path: HopPath): RequestOutcome {
  const links = path.linkIds.map((id) => index.links.get(id)!);
  const latencyOfPath = path.linkIds.reduce((s, id) => s + index.linkResults.get(id)!.latencySeconds, 0);
  const freeSpace = links.find((l) => l.kind === 'free-space');
  if (freeSpace) return unreachable(path, latencyOfPath, `link ${freeSpace.id} is free-space; repeater chains are modelled over fiber only`);
  const fibers = links.map((l) => (l.kind === 'fiber' ? l.params : null)).filter((p) => p !== null);
  const first = fibers[0]!;
  const node = chainNodeParams(index, path);
  const p = request.params;
  const chain: RepeaterChainParams = {
    segmentLengthsKm: fibers.map((f) => f.lengthKm),
    // One fiber type for the whole chain (the model's convention): the first segment's.
    fiber: { attenuationDbPerKm: first.attenuationDbPerKm, insertionLossDb: first.insertionLossDb, groupIndex: first.groupIndex },
    link: {
      scheme: request.heraldingScheme,
      detectorEfficiency: node.stationDetectorEfficiency,
      initialFidelity: node.initialFidelity,
      brightStatePopulation: 0.1,
      maxAttemptRateHz: node.maxAttemptRateHz,
    },
    memory: {
      coherenceTimeSeconds: node.coherenceTimeSeconds,
      noiseModel: 'dephasing',
      efficiency: node.memoryEfficiency,
      cutoffSeconds: node.memoryCutoffSeconds > 0 ? node.memoryCutoffSeconds : Infinity,
    },
    swap: { successProbability: node.swapSuccessProbability, gateFidelity: node.swapGateFidelity, measurementFidelity: node.swapMeasurementFidelity },
    purification:
      request.purificationProtocol === 'none' || p.purificationRounds === 0
        ? null
        : {
            protocol: request.purificationProtocol,
            roundsPerLevel: [p.purificationRounds],
            noise: { gateFidelity: p.purificationGateFidelity, measurementFidelity: 1 },
          },
  };
  const perf = repeaterChainPerformance(
    chain,
    { errorCorrectionEfficiency: p.errorCorrectionEfficiency, siftingFactor: p.siftingFactor },
    { trials: p.monteCarloTrials, seed: index.scenario.seed, maxLinksPerTrial: MAX_LINKS_PER_TRIAL, maxTotalLinks: MONTE_CARLO_LINK_BUDGET },
  );
  const budgetNote =
    perf.trialsRun < p.monteCarloTrials
      ? `Monte Carlo stopped at its budget of ${MONTE_CARLO_LINK_BUDGET.toLocaleString('en-US')} elementary links after ${perf.trialsRun} of ` +
        `${p.monteCarloTrials} trials: rate and fidelity come from those trials` +
        (perf.deliveredTrials > 1
          ? ` (rate ± ${((100 * perf.latencyStdErrorSeconds) / perf.meanLatencySeconds).toPrecision(2)} %, one standard error)`
          : '') +
        (perf.abandonedTrials > 0 ? `; ${perf.abandonedTrials} trials needed more than ${MAX_LINKS_PER_TRIAL.toLocaleString('en-US')} links and were abandoned` : '')
      : null;
  const delivered = perf.deliveredTrials > 0;
  const noKeyReason = !delivered
    ? `no pair was delivered: every simulated trial needed more than ${MAX_LINKS_PER_TRIAL.toLocaleString('en-US')} elementary links (a memory cutoff, rare swaps or rare heralding keep a pair from completing the chain)`
    : perf.meanFidelity < p.minimumFidelity
      ? `delivered fidelity ${perf.meanFidelity.toFixed(3)} is below the requested ${p.minimumFidelity}`
      : perf.keyRateBitsPerSecond > 0
        ? null
        : `delivered fidelity ${perf.meanFidelity.toFixed(3)} is too low for entanglement-based key (bit error ${(perf.bitErrorRate * 100).toFixed(1)} %, phase error ${(perf.phaseErrorRate * 100).toFixed(1)} %)`;
  const hops = path.linkIds.map((linkId, i) => ({
    linkId, from: path.nodes[i]!, to: path.nodes[i + 1]!, keyBitsPerPulse: 0, keyRateBitsPerSecond: perf.keyRateBitsPerSecond,
    qber: perf.bitErrorRate, plobBitsPerSecond: 0, settings: {}, noKeyReason,
  }));
  return {
    path: path.nodes,
    hops,
    keyRateBitsPerSecond: perf.keyRateBitsPerSecond,
    qber: perf.bitErrorRate,
    latencySeconds: delivered ? perf.meanLatencySeconds : latencyOfPath,
    plobBitsPerSecond: 0,
    fidelity: perf.meanFidelity,
    entanglementRatePairsPerSecond: perf.entanglementRatePairsPerSecond,
    noKeyReason,
    notes: [
      delivered
        ? `${perf.deliveredTrials} pairs simulated: fidelity ${perf.meanFidelity.toFixed(3)} ± ${perf.fidelityStdDev.toFixed(3)}, ` +
          `latency median ${(perf.medianLatencySeconds * 1e3).toPrecision(3)} ms, 90 % within ${(perf.p90LatencySeconds * 1e3).toPrecision(3)} ms`
        : `no pair delivered in ${perf.trialsRun} simulated trials, so no fidelity or error rate to report`,
      ...(budgetNote ? [budgetNote] : []),
    ],
  };
}
