import { densityFromPure, addScaled, zeroMatrix, type DensityMatrix } from './density-matrix';

// Bell-diagonal states: mixtures of the four Bell states, closed under Pauli noise, depolarizing/dephasing memories,
// Bell-state measurement and the recurrence purification protocols, so a repeater chain can be tracked with four
// numbers instead of a density matrix (Dür, Briegel, Cirac, Zoller, PRA 59, 169 (1999), §III; Deutsch et al., PRL 77, 2818 (1996)).

/**
 * Weights of the Bell states indexed by the Pauli error that maps |Φ+> onto them (index = x + 2z):
 * [0] I → Φ+, [1] X → Ψ+, [2] Z → Φ−, [3] Y → Ψ−. Composing two Pauli errors is XOR of indices.
 */
export type BellDiagonal = readonly [number, number, number, number];

export const BELL_INDEX = { phiPlus: 0, psiPlus: 1, phiMinus: 2, psiMinus: 3 } as const;

/** Werner state F|Φ+><Φ+| + (1−F)/3 (the rest), Werner PRA 40, 4277 (1989) in the Φ+ convention. */
export function wernerState(fidelity: number): BellDiagonal {
  const r = (1 - fidelity) / 3;
  return [fidelity, r, r, r];
}

/** Werner parameter w with ρ = w|Φ+><Φ+| + (1−w) I/4; w = (4F − 1)/3. */
export function wernerParameterFromFidelity(fidelity: number): number {
  return (4 * fidelity - 1) / 3;
}

export function fidelityFromWernerParameter(w: number): number {
  return (1 + 3 * w) / 4;
}

export function bellDiagonalFidelity(state: BellDiagonal): number {
  return state[0];
}

export function normalizeBellDiagonal(state: BellDiagonal): BellDiagonal {
  const s = state[0] + state[1] + state[2] + state[3];
  return [state[0] / s, state[1] / s, state[2] / s, state[3] / s];
}

/** Averaging over random bilateral rotations keeps F and spreads the rest evenly (Bennett et al., PRL 76, 722 (1996)). */
export function twirlToWerner(state: BellDiagonal): BellDiagonal {
  return wernerState(state[0]);
}

/** Pauli-error convolution: the errors of two pairs multiply, so weights combine by XOR of indices. */
export function composePauliErrors(a: BellDiagonal, b: BellDiagonal): BellDiagonal {
  const out: [number, number, number, number] = [0, 0, 0, 0];
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) out[i ^ j] = out[i ^ j]! + a[i]! * b[j]!;
  return out;
}

/** Depolarizing ρ → (1−p)ρ + p·I/2 on one qubit of a Bell-diagonal pair: mixes p of the weight into I/4. */
export function depolarizeBellDiagonal(state: BellDiagonal, probability: number): BellDiagonal {
  const q = probability / 4;
  return [(1 - probability) * state[0] + q, (1 - probability) * state[1] + q, (1 - probability) * state[2] + q, (1 - probability) * state[3] + q];
}

/** A Z flip with probability p on one qubit exchanges Φ+ ↔ Φ− and Ψ+ ↔ Ψ−. */
export function dephaseBellDiagonal(state: BellDiagonal, probability: number): BellDiagonal {
  const k = 1 - probability;
  return [k * state[0] + probability * state[2], k * state[1] + probability * state[3], k * state[2] + probability * state[0], k * state[3] + probability * state[1]];
}

/** Both X and Z bits flipped independently with probability q each (e.g. a misread Bell-measurement outcome). */
export function flipBitsBellDiagonal(state: BellDiagonal, xFlipProbability: number, zFlipProbability: number): BellDiagonal {
  const px = xFlipProbability;
  const pz = zFlipProbability;
  const noise: BellDiagonal = [(1 - px) * (1 - pz), px * (1 - pz), (1 - px) * pz, px * pz];
  return composePauliErrors(state, noise);
}

const S = Math.SQRT1_2;
const BELL_AMPLITUDES: readonly (readonly number[])[] = [
  [S, 0, 0, S], // Φ+
  [0, S, S, 0], // Ψ+
  [S, 0, 0, -S], // Φ−
  [0, S, -S, 0], // Ψ−
];

export function bellProjector(index: number): DensityMatrix {
  return densityFromPure(BELL_AMPLITUDES[index] ?? [0, 0, 0, 0]);
}

export function bellDiagonalToDensity(state: BellDiagonal): DensityMatrix {
  const m = zeroMatrix();
  for (let k = 0; k < 4; k++) addScaled(m, bellProjector(k), state[k]!);
  return m;
}

/** <B_k|ρ|B_k> for the four Bell states: the Bell-diagonal part of any two-qubit state. */
export function bellDiagonalOf(rho: DensityMatrix): BellDiagonal {
  const out: [number, number, number, number] = [0, 0, 0, 0];
  for (let k = 0; k < 4; k++) {
    const v = BELL_AMPLITUDES[k]!;
    let s = 0;
    // Amplitudes are real, so only Re ρ contributes to the expectation value.
    for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) s += v[i]! * rho.re[4 * i + j]! * v[j]!;
    out[k] = s;
  }
  return out;
}
