import { describe, it, expect } from 'vitest';
import { DEFAULT_ENTANGLEMENT_KEY_PARAMS } from './entanglement-key-rate';
import { decoherePair } from './memory';
import { elementaryLink } from './elementary-link';
import type { FiberParams } from '../channels/fiber';
import type { HeraldingScheme } from './elementary-link';
import type { MemoryParams } from './memory';
import { repeaterChainAnalytic, repeaterChainPerformance } from './repeater-chain';
import { simulateRepeaterChain, type ChainNodeParams, type PurificationPlan, type RepeaterChainParams } from './repeater-chain-mc';
import type { SwapParams } from './swapping';
import { swapBellDiagonal } from './swapping';
import { expectedMaxGeometricTrials, harmonicNumber } from './waiting-time';
import { meanAndStdError } from './testing/sample-stats';

interface UniformChain {
  totalKm: number;
  segments: number;
  fiber: Omit<FiberParams, 'lengthKm'>;
  link: { scheme: HeraldingScheme; detectorEfficiency: number; initialFidelity: number; brightStatePopulation: number; maxAttemptRateHz: number };
  memory: MemoryParams;
  swap: SwapParams;
  purification: PurificationPlan | null;
}

/** Equal segments and identical nodes, the setting of the closed forms. */
function chain(overrides: Partial<UniformChain> = {}): RepeaterChainParams {
  const u: UniformChain = {
    totalKm: 200,
    segments: 4,
    fiber: { attenuationDbPerKm: 0.2, insertionLossDb: 0, groupIndex: 1.468 },
    link: { scheme: 'two-click', detectorEfficiency: 0.8, initialFidelity: 0.97, brightStatePopulation: 0.1, maxAttemptRateHz: Infinity },
    memory: { coherenceTimeSeconds: Infinity, noiseModel: 'dephasing', efficiency: 0.9, cutoffSeconds: Infinity },
    swap: { successProbability: 1, gateFidelity: 1, measurementFidelity: 1 },
    purification: null,
    ...overrides,
  };
  const node: ChainNodeParams = { memory: u.memory, detectorEfficiency: u.link.detectorEfficiency, initialFidelity: u.link.initialFidelity, maxAttemptRateHz: u.link.maxAttemptRateHz, swap: u.swap };
  return {
    segments: Array.from({ length: u.segments }, () => ({ ...u.fiber, lengthKm: u.totalKm / u.segments })),
    nodes: Array.from({ length: u.segments + 1 }, () => node),
    scheme: u.link.scheme,
    brightStatePopulation: u.link.brightStatePopulation,
    purification: u.purification,
  };
}

/** The elementary link of a uniform chain's first segment. */
function firstLink(params: RepeaterChainParams) {
  const end = (n: ChainNodeParams) => ({ memoryEfficiency: n.memory.efficiency, detectorEfficiency: n.detectorEfficiency, initialFidelity: n.initialFidelity, maxAttemptRateHz: n.maxAttemptRateHz });
  return elementaryLink({ fiber: params.segments[0]!, scheme: params.scheme, brightStatePopulation: params.brightStatePopulation, endA: end(params.nodes[0]!), endB: end(params.nodes[1]!) });
}

describe('expected maximum of geometric variables', () => {
  it('n = 1 is 1/p, n = 2 is (3 − 2p)/(p(2 − p))', () => {
    expect(expectedMaxGeometricTrials(0.2, 1)).toBeCloseTo(5, 12);
    for (const p of [0.5, 0.1, 0.01]) expect(expectedMaxGeometricTrials(p, 2)).toBeCloseTo((3 - 2 * p) / (p * (2 - p)), 8);
  });

  it('small p tends to H_n/p, and the Euler–Maclaurin branch joins the direct sum', () => {
    const p = 2e-5;
    const direct = expectedMaxGeometricTrials(p, 8);
    expect(direct * p).toBeCloseTo(harmonicNumber(8), 4);
    const asymptotic = harmonicNumber(8) / -Math.log1p(-p) + 0.5;
    expect(Math.abs(direct - asymptotic) / direct).toBeLessThan(1e-8);
    expect(expectedMaxGeometricTrials(1e-9, 8) * 1e-9).toBeCloseTo(harmonicNumber(8), 6);
  });
});

describe('repeater-chain Monte Carlo', () => {
  it('is reproducible for a fixed seed and differs between seeds', () => {
    const params = chain({ swap: { successProbability: 0.5, gateFidelity: 0.99, measurementFidelity: 0.99 }, memory: { coherenceTimeSeconds: 0.05, noiseModel: 'dephasing', efficiency: 0.9, cutoffSeconds: 0.02 } });
    const a = simulateRepeaterChain(params, { trials: 500, seed: 42 });
    const b = simulateRepeaterChain(params, { trials: 500, seed: 42 });
    const c = simulateRepeaterChain(params, { trials: 500, seed: 43 });
    expect(Array.from(a.deliverySeconds)).toEqual(Array.from(b.deliverySeconds));
    expect(Array.from(a.fidelity)).toEqual(Array.from(b.fidelity));
    expect(Array.from(a.deliverySeconds)).not.toEqual(Array.from(c.deliverySeconds));
  });

  it.each([1, 2, 4, 8])('deterministic swaps, %i segments: mean delivery time equals the max-of-geometrics value within 4 standard errors', (segments) => {
    const params = chain({ segments, totalKm: 50 * segments });
    const samples = simulateRepeaterChain(params, { trials: 20000, seed: 7 });
    const { mean, stdError } = meanAndStdError(samples.deliverySeconds);
    const exact = repeaterChainAnalytic(params).deterministicSwapMeanSeconds!;
    expect(Math.abs(mean - exact)).toBeLessThan(4 * stdError);
  });

  it.each([0.5, 0.1])('one swap level with p_swap = %f: mean equals the geometric-retry value within 4 standard errors', (pSwap) => {
    const params = chain({ segments: 2, totalKm: 100, swap: { successProbability: pSwap, gateFidelity: 1, measurementFidelity: 1 } });
    const samples = simulateRepeaterChain(params, { trials: 20000, seed: 11 });
    const { mean, stdError } = meanAndStdError(samples.deliverySeconds);
    expect(Math.abs(mean - repeaterChainAnalytic(params).singleLevelMeanSeconds!)).toBeLessThan(4 * stdError);
  });

  it('Sangouard (3/2)^n holds where it is valid: one level, p0 ≪ 1', () => {
    // 2 × 150 km two-click: p0 ≈ 5e-4, so the neglected herald/message delays are ~1e-3 of the mean.
    const params = chain({ segments: 2, totalKm: 300 });
    const analytic = repeaterChainAnalytic(params);
    expect(firstLink(params).successProbabilityPerAttempt).toBeLessThan(1e-3);
    const samples = simulateRepeaterChain(params, { trials: 20000, seed: 3 });
    const { mean, stdError } = meanAndStdError(samples.deliverySeconds);
    expect(Math.abs(mean - analytic.sangouardMeanSeconds!)).toBeLessThan(4 * stdError);
  });

  it('(3/2)^n overestimates deterministic swapping of 4 segments by (9/4)/H4 − 1 ≈ 8 % as p0 → 0', () => {
    const params = chain({ segments: 4, totalKm: 600 });
    const analytic = repeaterChainAnalytic(params);
    const ratio = analytic.sangouardMeanSeconds! / analytic.deterministicSwapMeanSeconds!;
    expect(ratio).toBeCloseTo(2.25 / harmonicNumber(4), 2);
  });

  it('without memory decoherence every delivered pair has the no-waiting fidelity; with it, less', () => {
    const params = chain({ swap: { successProbability: 0.6, gateFidelity: 0.99, measurementFidelity: 0.995 } });
    const expected = repeaterChainAnalytic(params).noWaitingState[0];
    const perfect = simulateRepeaterChain(params, { trials: 300, seed: 5 });
    for (const f of perfect.fidelity) expect(f).toBeCloseTo(expected, 12);
    const noisy = simulateRepeaterChain(chain({ swap: { successProbability: 0.6, gateFidelity: 0.99, measurementFidelity: 0.995 }, memory: { coherenceTimeSeconds: 0.01, noiseModel: 'dephasing', efficiency: 0.9, cutoffSeconds: Infinity } }), { trials: 300, seed: 5 });
    for (const f of noisy.fidelity) expect(f).toBeLessThan(expected);
  });

  it('purification rounds in the chain reproduce the no-waiting purified fidelity and cost more links', () => {
    const plain = chain({ segments: 2, totalKm: 100 });
    const purified = chain({ segments: 2, totalKm: 100, purification: { protocol: 'dejmps', roundsPerLevel: [1, 1], noise: { gateFidelity: 1, measurementFidelity: 1 } } });
    const a = simulateRepeaterChain(plain, { trials: 300, seed: 9 });
    const b = simulateRepeaterChain(purified, { trials: 300, seed: 9 });
    const expected = repeaterChainAnalytic(purified).noWaitingState[0];
    for (const f of b.fidelity) expect(f).toBeCloseTo(expected, 12);
    expect(expected).toBeGreaterThan(repeaterChainAnalytic(plain).noWaitingState[0]);
    expect(b.meanElementaryLinksPerDelivery).toBeGreaterThan(4 * a.meanElementaryLinksPerDelivery * 0.9);
  });

  it('a cutoff bounds how much a delivered pair can have decohered', () => {
    const cutoffSeconds = 2e-3;
    const memory = { coherenceTimeSeconds: 5e-3, noiseModel: 'dephasing' as const, efficiency: 0.9, cutoffSeconds };
    const params = chain({ segments: 2, totalKm: 100, memory });
    const samples = simulateRepeaterChain(params, { trials: 3000, seed: 13 });
    const link = firstLink(params);
    // Worst case: one link waited the full cutoff; both then wait for the swap message to reach the ends.
    const message = (50 * 1.468) / 299_792.458;
    const atHerald = decoherePair(link.state, link.storageAtHeraldSecondsA, link.storageAtHeraldSecondsB, memory);
    const worst = decoherePair(swapBellDiagonal(decoherePair(atHerald, cutoffSeconds, cutoffSeconds, memory), atHerald), message, message, memory)[0];
    let minimum = Infinity;
    for (const f of samples.fidelity) minimum = Math.min(minimum, f);
    expect(minimum).toBeGreaterThanOrEqual(worst - 1e-12);
    const withoutCutoff = simulateRepeaterChain(chain({ segments: 2, totalKm: 100, memory: { ...memory, cutoffSeconds: Infinity } }), { trials: 3000, seed: 13 });
    let minimumWithout = Infinity;
    for (const f of withoutCutoff.fidelity) minimumWithout = Math.min(minimumWithout, f);
    expect(minimumWithout).toBeLessThan(worst);
  });

  it('a total link budget stops starting trials; the trials run are the same as without it and agree with the closed form', () => {
    // One level, p_swap = 0.01: about 200 links per pair, so 20,000 trials would take ~4 million links.
    const params = chain({ segments: 2, totalKm: 100, swap: { successProbability: 0.01, gateFidelity: 1, measurementFidelity: 1 } });
    const budget = 100_000;
    const bounded = simulateRepeaterChain(params, { trials: 20_000, seed: 5, maxTotalLinks: budget });
    expect(bounded.trialsRun).toBeLessThan(1000);
    expect(bounded.trialsRun).toBeGreaterThan(300);
    expect(bounded.deliverySeconds.length).toBe(bounded.trialsRun);
    // Counted, not timed: the budget is reached, and only the trial under way when it was reached goes past it.
    expect(bounded.elementaryLinksSimulated).toBeGreaterThanOrEqual(budget);
    const lastTrialLinks = bounded.elementaryLinksSimulated - simulateRepeaterChain(params, { trials: bounded.trialsRun - 1, seed: 5 }).elementaryLinksSimulated;
    expect(bounded.elementaryLinksSimulated - budget).toBeLessThan(lastTrialLinks);
    const unbounded = simulateRepeaterChain(params, { trials: bounded.trialsRun, seed: 5 });
    expect(Array.from(bounded.deliverySeconds)).toEqual(Array.from(unbounded.deliverySeconds));
    const { mean, stdError } = meanAndStdError(bounded.deliverySeconds);
    expect(Math.abs(mean - repeaterChainAnalytic(params).singleLevelMeanSeconds!)).toBeLessThan(4 * stdError);
    const perf = repeaterChainPerformance(params, DEFAULT_ENTANGLEMENT_KEY_PARAMS, { trials: 20_000, seed: 5, maxTotalLinks: budget });
    expect(perf.trialsRun).toBe(bounded.trialsRun);
    expect(perf.latencyStdErrorSeconds).toBeCloseTo(stdError, 12);
  });

  it('abandons trials instead of looping when the cutoff is hopeless', () => {
    const params = chain({ segments: 2, totalKm: 400, memory: { coherenceTimeSeconds: 1, noiseModel: 'dephasing', efficiency: 0.9, cutoffSeconds: 1e-6 } });
    const samples = simulateRepeaterChain(params, { trials: 5, seed: 1, maxLinksPerTrial: 2000 });
    expect(samples.abandonedTrials).toBe(5);
    expect(samples.deliverySeconds.length).toBe(0);
  });
});

describe('streamed quantities', () => {
  it('rate is 1/mean latency and the key rate follows from the mean delivered state', () => {
    const params = chain({ memory: { coherenceTimeSeconds: 0.1, noiseModel: 'dephasing', efficiency: 0.9, cutoffSeconds: Infinity }, swap: { successProbability: 0.5, gateFidelity: 1, measurementFidelity: 1 } });
    const perf = repeaterChainPerformance(params, DEFAULT_ENTANGLEMENT_KEY_PARAMS, { trials: 2000, seed: 21 });
    expect(perf.entanglementRatePairsPerSecond).toBeCloseTo(1 / perf.meanLatencySeconds, 12);
    expect(perf.keyRateBitsPerSecond).toBeCloseTo(perf.entanglementRatePairsPerSecond * 0.5 * perf.keyFractionPerPair, 12);
    expect(perf.meanFidelity).toBeGreaterThan(0.5);
    expect(perf.fidelityStdDev).toBeGreaterThan(0);
    expect(perf.p90LatencySeconds).toBeGreaterThan(perf.medianLatencySeconds);
  });
});
