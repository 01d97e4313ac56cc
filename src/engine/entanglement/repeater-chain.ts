import type { BellDiagonal } from './bell-diagonal';
import { bbm92ErrorRates, entanglementKeyFraction, type EntanglementKeyParams } from './entanglement-key-rate';
import { decoherePair } from './memory';
import { buildSpanTree, orientChain, simulateRepeaterChain, type ChainNodeParams, type ChainStage, type MonteCarloOptions, type RepeaterChainParams } from './repeater-chain-mc';
import { purify } from './purification';
import { swapBellDiagonal } from './swapping';
import { expectedMaxGeometricTrials, sangouardMeanDeliverySeconds } from './waiting-time';


export interface RepeaterChainAnalytic {
  /** Exact mean time to deliver when swaps never fail and there is no cutoff or purification (max of geometrics plus messages); null otherwise or for a non-uniform chain. */
  deterministicSwapMeanSeconds: number | null;
  /** Exact mean for a single swap level (two equal segments) with probabilistic swapping; null otherwise. */
  singleLevelMeanSeconds: number | null;
  /** Sangouard et al. (2011) (3/2)^n estimate; null unless the chain has 2^n identical segments and nodes. */
  sangouardMeanSeconds: number | null;
  /**
   * Exponential-approximation mean for any chain (Sangouard et al. 2011 §III.B, generalised to unequal spans):
   * each span's waiting time is treated as exponential, E[max] = a + b − ab/(a + b) for means a, b, divided by the
   * swap (or purification) success probability. Reduces to (3/2)^n for 2^n equal segments as p0 → 0; ignores cutoffs.
   */
  exponentialApproxMeanSeconds: number;
  /** Delivered state when nothing waits in memory beyond heralding (an upper bound on quality when memories decohere). */
  noWaitingState: BellDiagonal;
}

/** Every segment the same fiber and every node the same hardware: the closed forms of waiting-time.ts apply. */
export function isUniformChain(params: RepeaterChainParams): boolean {
  const segment = JSON.stringify(params.segments[0]);
  // The end nodes never swap, so their swap hardware does not count.
  const withoutSwap = (n: ChainNodeParams) => JSON.stringify({ ...n, swap: null });
  const node = withoutSwap(params.nodes[0]!);
  const inner = params.nodes.slice(1, -1);
  const swap = inner.length > 0 ? JSON.stringify(inner[0]!.swap) : null;
  return (
    params.segments.every((s) => JSON.stringify(s) === segment) &&
    params.nodes.every((n) => withoutSwap(n) === node) &&
    inner.every((n) => JSON.stringify(n.swap) === swap)
  );
}

/** E[max(X, Y)] of independent exponentials with means a and b. */
function expectedMaxOfExponentials(a: number, b: number): number {
  if (!(a < Infinity) || !(b < Infinity)) return Infinity;
  return a + b - (a * b) / (a + b);
}

/** Closed-form estimates for the chain; they ignore cutoffs and, except noWaitingState and the exponential estimate, purification. */
export function repeaterChainAnalytic(params: RepeaterChainParams): RepeaterChainAnalytic {
  const { root: tree } = buildSpanTree(params);
  const n = params.segments.length;
  const uniform = isUniformChain(params);
  const powerOfTwo = (n & (n - 1)) === 0;
  const levels = Math.round(Math.log2(n));
  const purifies = params.purification !== null && params.purification.roundsPerLevel.some((r) => r > 0);
  const noCutoff = params.nodes.every((node) => !(node.memory.cutoffSeconds < Infinity));
  const swap = params.nodes[Math.min(1, n)]!.swap;

  // Leaves are identical in a uniform chain; collect the message delays along the (then symmetric) tree.
  let leaf = tree;
  let messagesSeconds = 0;
  while (leaf.left) {
    messagesSeconds += leaf.swapMessageSeconds;
    leaf = leaf.left;
  }
  const link = leaf.link!;
  const p0 = link.successProbabilityPerAttempt;
  const tau = link.attemptPeriodSeconds;
  const valid = uniform && powerOfTwo && noCutoff && !purifies;

  const deterministicSwapMeanSeconds =
    valid && swap.successProbability === 1
      ? (expectedMaxGeometricTrials(p0, n) - 1) * tau + link.heraldDelaySeconds + messagesSeconds
      : null;
  // One level: each try lasts (max of two geometrics − 1)·τ + herald + message; tries are iid, ~Geometric(p_swap).
  const singleLevelMeanSeconds =
    valid && n === 2
      ? ((expectedMaxGeometricTrials(p0, 2) - 1) * tau + link.heraldDelaySeconds + messagesSeconds) / swap.successProbability
      : null;
  const sangouardMeanSeconds = uniform && powerOfTwo ? sangouardMeanDeliverySeconds(tau, p0, swap.successProbability, levels) : null;

  const memoryOf = (i: number) => params.nodes[i]!.memory;
  const plan = params.purification;
  const noWaiting = (node: typeof tree): { state: BellDiagonal; meanSeconds: number } => {
    let state: BellDiagonal;
    let meanSeconds: number;
    if (node.link) {
      state = decoherePair(node.link.state, node.link.storageAtHeraldSecondsA, node.link.storageAtHeraldSecondsB, memoryOf(node.first), memoryOf(node.last));
      meanSeconds = node.link.meanGenerationSeconds;
    } else {
      const left = noWaiting(node.left!);
      const right = noWaiting(node.right!);
      const swapper = params.nodes[node.left!.last]!.swap;
      state = swapBellDiagonal(left.state, right.state, swapper);
      meanSeconds = (expectedMaxOfExponentials(left.meanSeconds, right.meanSeconds) + node.swapMessageSeconds) / swapper.successProbability;
    }
    const rounds = plan?.roundsPerLevel[node.level] ?? 0;
    const fresh = { state, meanSeconds };
    for (let r = 0; plan && r < rounds; r++) {
      const other = plan.strategy === 'pumping' ? fresh : { state, meanSeconds };
      const result = purify(plan.protocol, state, other.state, plan.noise);
      // Two pairs made in parallel, then the outcome exchanged between the ends; a failure restarts both.
      meanSeconds = (expectedMaxOfExponentials(meanSeconds, other.meanSeconds) + node.endToEndMessageSeconds) / result.successProbability;
      state = result.state;
    }
    return { state, meanSeconds };
  };
  const estimate = noWaiting(tree);
  return { deterministicSwapMeanSeconds, singleLevelMeanSeconds, sangouardMeanSeconds, exponentialApproxMeanSeconds: estimate.meanSeconds, noWaitingState: estimate.state };
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
  /** Trials whose elementary link could never herald: its success probability per attempt underflows to 0. */
  neverHeraldedTrials: number;
  meanElementaryLinksPerDelivery: number;
  /** Trials run: fewer than asked for when the total link budget (MonteCarloOptions.maxTotalLinks) stopped the run. */
  trialsRun: number;
  elementaryLinksSimulated: number;
  analytic: RepeaterChainAnalytic;
  /** Mean state after each step (see ChainStage), node indices in the caller's orientation. */
  stages: ChainStage[];
  /** Mean delivered Bell-diagonal state; null when no pair was delivered. */
  meanState: BellDiagonal | null;
}

function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return NaN;
  const position = q * (sorted.length - 1);
  const low = Math.floor(position);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

function meanAndStdDev(values: Float64Array, scale = 1): { mean: number; stdDev: number } {
  const n = values.length;
  if (n === 0) return { mean: NaN, stdDev: NaN };
  let mean = 0;
  for (const v of values) mean += v / scale;
  mean /= n;
  let ss = 0;
  for (const v of values) ss += (v / scale - mean) * (v / scale - mean);
  const stdDev = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
  // Waits near 1e300 s overflow a plain sum of squares to Infinity (and their mean to NaN): again, scaled by the largest.
  if (scale === 1 && !(Number.isFinite(mean) && Number.isFinite(stdDev))) {
    const largest = values.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
    if (Number.isFinite(largest) && largest > 0) return meanAndStdDev(values, largest);
  }
  return { mean: mean * scale, stdDev: stdDev * scale };
}

/** What the chain streams to a request: rate, fidelity, latency and BBM92 key, from the Monte Carlo plus closed-form checks. */
export function repeaterChainPerformance(given: RepeaterChainParams, key: EntanglementKeyParams, options: MonteCarloOptions): RepeaterChainPerformance {
  // One canonical orientation: the same chain asked from either end gives the same samples.
  const { params, reversed } = orientChain(given);
  const samples = simulateRepeaterChain(params, options);
  const last = params.segments.length;
  const stages = samples.stages.map((stage) =>
    reversed
      ? { ...stage, fromNode: last - stage.toNode, toNode: last - stage.fromNode, atNode: stage.atNode === null ? null : last - stage.atNode }
      : stage,
  );
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
    neverHeraldedTrials: samples.neverHeraldedTrials,
    meanElementaryLinksPerDelivery: samples.meanElementaryLinksPerDelivery,
    trialsRun: samples.trialsRun,
    elementaryLinksSimulated: samples.elementaryLinksSimulated,
    analytic: repeaterChainAnalytic(params),
    stages,
    meanState: delivered > 0 ? samples.meanState : null,
  };
}
