import { composePauliErrors, flipBitsBellDiagonal, type BellDiagonal } from './bell-diagonal';

// Entanglement swapping by a Bell-state measurement (BSM) on one qubit of each pair, then a Pauli correction:
// Żukowski, Zeilinger, Horne, Ekert, PRL 71, 4287 (1993). For Bell-diagonal inputs the Pauli errors of the two pairs
// multiply, so the output weights are the XOR-convolution of the input weights.
// Noise model of Dür, Briegel, Cirac, Zoller, PRA 59, 169 (1999), §IV: the two-qubit gate is followed with
// probability 1 − p2 by full depolarization of the two qubits, and each measured bit is read wrong with probability 1 − η.

export interface SwapParams {
  /** Probability that the BSM heralds success (½ for linear optics, ~1 with deterministic gates). */
  successProbability: number;
  /** p2 of Dür et al.: probability the BSM's two-qubit gate acts without depolarizing. 1 = perfect. */
  gateFidelity: number;
  /** η of Dür et al.: probability each single-qubit measurement outcome is right. 1 = perfect. */
  measurementFidelity: number;
}

export const IDEAL_SWAP: SwapParams = { successProbability: 1, gateFidelity: 1, measurementFidelity: 1 };

/** Output state of a successful swap of two Bell-diagonal pairs. */
export function swapBellDiagonal(a: BellDiagonal, b: BellDiagonal, params: Pick<SwapParams, 'gateFidelity' | 'measurementFidelity'> = IDEAL_SWAP): BellDiagonal {
  const ideal = composePauliErrors(a, b);
  const p2 = params.gateFidelity;
  // Depolarizing the two measured qubits leaves the outer pair maximally mixed (the inputs' marginals are I/2).
  const afterGate: BellDiagonal = [p2 * ideal[0] + (1 - p2) / 4, p2 * ideal[1] + (1 - p2) / 4, p2 * ideal[2] + (1 - p2) / 4, p2 * ideal[3] + (1 - p2) / 4];
  // One wrong bit of the BSM outcome applies the wrong X (or Z) correction.
  const flip = 1 - params.measurementFidelity;
  return flipBitsBellDiagonal(afterGate, flip, flip);
}

/** Werner closed form for ideal swapping: F' = F1F2 + (1−F1)(1−F2)/3 (e.g. Dür et al. 1999, Eq. (11) in Werner-parameter form w' = w1w2). */
export function swapWernerFidelity(fidelity1: number, fidelity2: number): number {
  return fidelity1 * fidelity2 + ((1 - fidelity1) * (1 - fidelity2)) / 3;
}
