import type { ChainNodeParams } from '../repeater-chain-mc';

/** A chain node with ideal memory and swap, detectors at 0.8 and pairs of the given initial fidelity; tests override the rest. */
export const idealNode = (initialFidelity: number, overrides: Partial<ChainNodeParams> = {}): ChainNodeParams => ({
  memory: { coherenceTimeSeconds: Infinity, noiseModel: 'dephasing', efficiency: 0.9, cutoffSeconds: Infinity },
  detectorEfficiency: 0.8,
  initialFidelity,
  maxAttemptRateHz: Infinity,
  swap: { successProbability: 1, gateFidelity: 1, measurementFidelity: 1 },
  ...overrides,
});
