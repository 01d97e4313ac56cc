import type { BellDiagonal } from './bell-diagonal';
import { bbm92ErrorRates, entanglementKeyFraction, type EntanglementKeyParams } from './entanglement-key-rate';
import { decoherePair } from './memory';
import { buildSpanTree, simulateRepeaterChain, type MonteCarloOptions, type RepeaterChainParams } from './repeater-chain-mc';
import { purify } from './purification';
import { swapBellDiagonal } from './swapping';
import { expectedMaxGeometricTrials, sangouardMeanDeliverySeconds } from './waiting-time';

/** Equal segments: totalLengthKm split into segmentCount pieces. */
export function evenSegmentLengthsKm(totalLengthKm: number, segmentCount: number): number[] {
  return Array.from({ length: segmentCount }, () => totalLengthKm / segmentCount);
}

export interface RepeaterChainAnalytic {
  /** Exact mean time to deliver when swaps never fail and there is no cutoff or purification (max of geometrics plus messages); null otherwise or for unequal segments. */
  deterministicSwapMeanSeconds: number | null;
  /** Exact mean for a single swap level (two equal segments) with probabilistic swapping; null otherwise. */
  singleLevelMeanSeconds: number | null;
  /** Sangouard et al. (2011) (3/2)^n estimate; null unless the chain has 2^n equal segments. */
  sangouardMeanSeconds: number | null;
  /** Delivered state when nothing waits in memory beyond heralding (an upper bound on quality when memories decohere). */
  noWaitingState: BellDiagonal;
}

/** Closed-form estimates for the chain; they ignore cutoffs and, except noWaitingState, purification. */
export function repeaterChainAnalytic(params: RepeaterChainParams): RepeaterChainAnalytic {
  const tree = buildSpanTree(params);
  const n = params.segmentLengthsKm.length;
  const first = params.segmentLengthsKm[0]!;
  const equal = params.segmentLengthsKm.every((l) => Math.abs(l - first) <= 1e-9 * first);
  const powerOfTwo = (n & (n - 1)) === 0;
  const levels = Math.round(Math.log2(n));
  const purifies = params.purification !== null && params.purification.roundsPerLevel.some((r) => r > 0);
  const noCutoff = !(params.memory.cutoffSeconds < Infinity);

  // Leaves are identical when segments are equal; collect the message delays along the (then symmetric) tree.
  let leaf = tree;
  let messagesSeconds = 0;
  while (leaf.left) {
    messagesSeconds += leaf.swapMessageSeconds;
    leaf = leaf.left;
  }
  const link = leaf.link!;
  const p0 = link.successProbabilityPerAttempt;
  const tau = link.attemptPeriodSeconds;
  const valid = equal && powerOfTwo && noCutoff && !purifies;

  const deterministicSwapMeanSeconds =
    valid && params.swap.successProbability === 1
      ? (expectedMaxGeometricTrials(p0, n) - 1) * tau + link.heraldDelaySeconds + messagesSeconds
      : null;
  // One level: each try lasts (max of two geometrics − 1)·τ + herald + message; tries are iid, ~Geometric(p_swap).
  const singleLevelMeanSeconds =
    valid && n === 2
      ? ((expectedMaxGeometricTrials(p0, 2) - 1) * tau + link.heraldDelaySeconds + messagesSeconds) / params.swap.successProbability
      : null;
  const sangouardMeanSeconds = equal && powerOfTwo ? sangouardMeanDeliverySeconds(tau, p0, params.swap.successProbability, levels) : null;

  const noWaiting = (node: typeof tree): BellDiagonal => {
    let state: BellDiagonal = node.link
      ? decoherePair(node.link.state, node.link.storageAtHeraldSecondsA, node.link.storageAtHeraldSecondsB, params.memory)
      : swapBellDiagonal(noWaiting(node.left!), noWaiting(node.right!), params.swap);
    const plan = params.purification;
    const rounds = plan?.roundsPerLevel[node.level] ?? 0;
    for (let r = 0; plan && r < rounds; r++) state = purify(plan.protocol, state, state, plan.noise).state;
    return state;
  };
  return { deterministicSwapMeanSeconds, singleLevelMeanSeconds, sangouardMeanSeconds, noWaitingState: noWaiting(tree) };
}

export interface RepeaterChainPerformance {
  /** End-to-end pairs per second when the chain serves one request after another: 1 / mean latency. */
  entanglementRatePairsPerSecond: number;
  meanFidelity: number;
  fidelityStdDev: number;
  /** Request to delivery at both ends. */
  meanLatencySeconds: number;
  /** Standard error of the mean latency from the Monte Carlo. */
  latencyStdErrorSeconds: number;
  latencyStdDevSeconds: number;
  medianLatencySeconds: number;
  p90LatencySeconds: number;
  /** BBM92 error rates and asymptotic key from the mean delivered state. */
  bitErrorRate: number;
  phaseErrorRate: number;
  keyFractionPerPair: number;
  keyRateBitsPerSecond: number;
  deliveredTrials: number;
  abandonedTrials: number;
  meanElementaryLinksPerDelivery: number;
  /** Trials run: fewer than asked for when the total link budget (MonteCarloOptions.maxTotalLinks) stopped the run. */
  trialsRun: number;
  elementaryLinksSimulated: number;
  analytic: RepeaterChainAnalytic;
}

function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return NaN;
  const position = q * (sorted.length - 1);
  const low = Math.floor(position);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

function meanAndStdDev(values: Float64Array): { mean: number; stdDev: number } {
  const n = values.length;
  if (n === 0) return { mean: NaN, stdDev: NaN };
  let mean = 0;
  for (const v of values) mean += v;
  mean /= n;
  let ss = 0;
  for (const v of values) ss += (v - mean) * (v - mean);
  return { mean, stdDev: n > 1 ? Math.sqrt(ss / (n - 1)) : 0 };
}

/** What the chain streams to a request: rate, fidelity, latency and BBM92 key, from the Monte Carlo plus closed-form checks. */
export function repeaterChainPerformance(params: RepeaterChainParams, key: EntanglementKeyParams, options: MonteCarloOptions): RepeaterChainPerformance {
  const samples = simulateRepeaterChain(params, options);
  const latency = meanAndStdDev(samples.deliverySeconds);
  const fidelity = meanAndStdDev(samples.fidelity);
  const sorted = Float64Array.from(samples.deliverySeconds).sort();
  const delivered = samples.deliverySeconds.length;
  const rate = delivered > 0 && latency.mean > 0 && Number.isFinite(latency.mean) ? 1 / latency.mean : 0;
  const errors = bbm92ErrorRates(samples.meanState);
  const keyFractionPerPair = entanglementKeyFraction(samples.meanState, key.errorCorrectionEfficiency);
  return {
    entanglementRatePairsPerSecond: rate,
    // No pair delivered: there is no state to have a fidelity or error rates, rather than the mixed placeholder's.
    meanFidelity: delivered > 0 ? fidelity.mean : NaN,
    fidelityStdDev: fidelity.stdDev,
    meanLatencySeconds: latency.mean,
    latencyStdErrorSeconds: latency.stdDev / Math.sqrt(Math.max(delivered, 1)),
    latencyStdDevSeconds: latency.stdDev,
    medianLatencySeconds: quantile(sorted, 0.5),
    p90LatencySeconds: quantile(sorted, 0.9),
    bitErrorRate: delivered > 0 ? errors.bitErrorRate : NaN,
    phaseErrorRate: delivered > 0 ? errors.phaseErrorRate : NaN,
    keyFractionPerPair,
    keyRateBitsPerSecond: rate * key.siftingFactor * keyFractionPerPair,
    deliveredTrials: delivered,
    abandonedTrials: samples.abandonedTrials,
    meanElementaryLinksPerDelivery: samples.meanElementaryLinksPerDelivery,
    trialsRun: samples.trialsRun,
    elementaryLinksSimulated: samples.elementaryLinksSimulated,
    analytic: repeaterChainAnalytic(params),
  };
}
