import { twirlToWerner, type BellDiagonal } from './bell-diagonal';

// Recurrence entanglement purification on two Bell-diagonal pairs: bilateral CNOT (pair a controls, pair b target),
// measure both qubits of b in Z, keep a if the outcomes agree. In Pauli-error language the bilateral CNOT maps
// (x1, z1), (x2, z2) → (x1, z1⊕z2), (x1⊕x2, z2) (Bennett et al., PRL 76, 722 (1996), the BXOR table), so "agree" means x1 = x2.
// Gate and measurement noise as for swapping: Dür, Briegel, Cirac, Zoller, PRA 59, 169 (1999).

export type PurificationProtocol = 'bbpssw' | 'dejmps';

export interface PurificationNoise {
  /** p2: probability that each node's CNOT acts without depolarizing its two qubits. */
  gateFidelity: number;
  /** η: probability each measurement outcome is read right. */
  measurementFidelity: number;
}

export const IDEAL_PURIFICATION: PurificationNoise = { gateFidelity: 1, measurementFidelity: 1 };

export interface PurificationResult {
  successProbability: number;
  /** Output pair after success (normalised). */
  state: BellDiagonal;
}

function recurrence(a: BellDiagonal, b: BellDiagonal, noise: PurificationNoise): PurificationResult {
  const pass: [number, number, number, number] = [0, 0, 0, 0];
  const fail: [number, number, number, number] = [0, 0, 0, 0];
  for (let i = 0; i < 4; i++) {
    for (let j = 0; j < 4; j++) {
      const weight = a[i]! * b[j]!;
      const xa = i & 1;
      const xb = j & 1;
      // Source keeps its own bit-flip and picks up the target's phase flip.
      const out = xa | (((i >> 1) ^ (j >> 1)) << 1);
      if (xa === xb) pass[out] = pass[out]! + weight;
      else fail[out] = fail[out]! + weight;
    }
  }
  // Both nodes' gates ideal with probability p2²; otherwise all four qubits end maximally mixed.
  const ideal = noise.gateFidelity * noise.gateFidelity;
  // Either one of the two compared outcomes misread flips the parity test.
  const eta = noise.measurementFidelity;
  const misread = 2 * eta * (1 - eta);
  const kept: [number, number, number, number] = [0, 0, 0, 0];
  for (let k = 0; k < 4; k++) {
    const passK = ideal * pass[k]! + (1 - ideal) / 8;
    const failK = ideal * fail[k]! + (1 - ideal) / 8;
    kept[k] = (1 - misread) * passK + misread * failK;
  }
  const successProbability = kept[0] + kept[1] + kept[2] + kept[3];
  if (!(successProbability > 0)) return { successProbability: 0, state: [0.25, 0.25, 0.25, 0.25] };
  return { successProbability, state: [kept[0] / successProbability, kept[1] / successProbability, kept[2] / successProbability, kept[3] / successProbability] };
}

/** BBPSSW: twirl both inputs to Werner form, recurrence, twirl the output (Bennett et al., PRL 76, 722 (1996)). */
export function purifyBbpssw(a: BellDiagonal, b: BellDiagonal, noise: PurificationNoise = IDEAL_PURIFICATION): PurificationResult {
  const result = recurrence(twirlToWerner(a), twirlToWerner(b), noise);
  return { successProbability: result.successProbability, state: twirlToWerner(result.state) };
}

/** The local rotations Rx(π/2)_A ⊗ Rx(−π/2)_B of DEJMPS exchange Φ− and Ψ− and fix Φ+ and Ψ+. */
function dejmpsRotation(s: BellDiagonal): BellDiagonal {
  return [s[0], s[1], s[3], s[2]];
}

/**
 * DEJMPS (Deutsch et al., PRL 77, 2818 (1996)): rotate, then recurrence, no twirl. With A=Φ+, B=Ψ−, C=Ψ+, D=Φ−:
 * A' = (A²+B²)/N, B' = 2CD/N, C' = (C²+D²)/N, D' = 2AB/N, N = (A+B)² + (C+D)² (the iteration map of Deutsch et al. 1996).
 */
export function purifyDejmps(a: BellDiagonal, b: BellDiagonal, noise: PurificationNoise = IDEAL_PURIFICATION): PurificationResult {
  return recurrence(dejmpsRotation(a), dejmpsRotation(b), noise);
}

export function purify(protocol: PurificationProtocol, a: BellDiagonal, b: BellDiagonal, noise: PurificationNoise = IDEAL_PURIFICATION): PurificationResult {
  return protocol === 'bbpssw' ? purifyBbpssw(a, b, noise) : purifyDejmps(a, b, noise);
}

/** BBPSSW closed form for two identical Werner pairs (Bennett et al. 1996): F' = (F² + ((1−F)/3)²) / p. */
export function bbpsswWernerClosedForm(fidelity: number): { successProbability: number; fidelity: number } {
  const r = (1 - fidelity) / 3;
  const successProbability = fidelity * fidelity + 2 * fidelity * r + 5 * r * r;
  return { successProbability, fidelity: (fidelity * fidelity + r * r) / successProbability };
}
