import type { ChainNodeParams, RepeaterChainParams } from '../src/engine/entanglement/repeater-chain-mc';
import type { MemoryParams } from '../src/engine/entanglement/memory';
import type { SwapParams } from '../src/engine/entanglement/swapping';

/** Standard single-mode fiber at 1550 nm, as used by the benchmark chains and the direct-transmission baseline. */
export const BENCH_FIBER = { attenuationDbPerKm: 0.2, insertionLossDb: 0, groupIndex: 1.468 };

export interface BenchOverrides {
  memory?: MemoryParams;
  swap?: SwapParams;
  purification?: RepeaterChainParams['purification'];
}

/** The repeater chain the benchmark and the docs table share: 0.2 dB/km fiber, two-click links, T2 = 1 s, noisy swaps; every node alike. */
export function benchChain(totalKm: number, segments: number, overrides: BenchOverrides = {}): RepeaterChainParams {
  const node: ChainNodeParams = {
    memory: overrides.memory ?? { coherenceTimeSeconds: 1, noiseModel: 'dephasing', efficiency: 0.9, cutoffSeconds: Infinity },
    detectorEfficiency: 0.8,
    initialFidelity: 0.98,
    maxAttemptRateHz: 1e6,
    swap: overrides.swap ?? { successProbability: 0.5, gateFidelity: 0.99, measurementFidelity: 0.995 },
  };
  return {
    segments: Array.from({ length: segments }, () => ({ ...BENCH_FIBER, lengthKm: totalKm / segments })),
    nodes: Array.from({ length: segments + 1 }, () => node),
    scheme: 'two-click',
    brightStatePopulation: 0.1,
    purification: overrides.purification ?? null,
  };
}
