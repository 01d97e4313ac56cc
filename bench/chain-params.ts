import { evenSegmentLengthsKm } from '../src/engine/entanglement/repeater-chain';
import type { RepeaterChainParams } from '../src/engine/entanglement/repeater-chain-mc';

/** Standard single-mode fiber at 1550 nm, as used by the benchmark chains and the direct-transmission baseline. */
export const BENCH_FIBER = { attenuationDbPerKm: 0.2, insertionLossDb: 0, groupIndex: 1.468 };

/** The repeater chain the benchmark and the docs table share: 0.2 dB/km fiber, two-click links, T2 = 1 s, noisy swaps. */
export function benchChain(totalKm: number, segments: number, overrides: Partial<RepeaterChainParams> = {}): RepeaterChainParams {
  return {
    segmentLengthsKm: evenSegmentLengthsKm(totalKm, segments),
    fiber: BENCH_FIBER,
    link: { scheme: 'two-click', detectorEfficiency: 0.8, initialFidelity: 0.98, brightStatePopulation: 0.1, maxAttemptRateHz: 1e6 },
    memory: { coherenceTimeSeconds: 1, noiseModel: 'dephasing', efficiency: 0.9, cutoffSeconds: Infinity },
    swap: { successProbability: 0.5, gateFidelity: 0.99, measurementFidelity: 0.995 },
    purification: null,
    ...overrides,
  };
}
