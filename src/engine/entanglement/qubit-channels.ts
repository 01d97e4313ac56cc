import type { QubitOperator } from './density-matrix';

// Single-qubit noise channels in operator-sum (Kraus) form, Nielsen & Chuang, Quantum Computation and Quantum
// Information (2000), §8.3.3–8.3.6. Each returns Kraus operators that act on one qubit of a pair.

const op = (re: [number, number, number, number], im: [number, number, number, number] = [0, 0, 0, 0]): QubitOperator => ({ re, im });

export const PAULI_I = op([1, 0, 0, 1]);
export const PAULI_X = op([0, 1, 1, 0]);
export const PAULI_Y = op([0, 0, 0, 0], [0, -1, 1, 0]);
export const PAULI_Z = op([1, 0, 0, -1]);

const scaled = (m: QubitOperator, s: number): QubitOperator =>
  op(m.re.map((x) => x * s) as [number, number, number, number], m.im.map((x) => x * s) as [number, number, number, number]);

/** ρ → (1−p)ρ + p·I/2 (N&C Eq. 8.102); Kraus √(1−3p/4) I, √(p/4) X, Y, Z. p ∈ [0, 4/3]. */
export function depolarizingKraus(probability: number): QubitOperator[] {
  const s = Math.sqrt(probability / 4);
  return [scaled(PAULI_I, Math.sqrt(1 - (3 * probability) / 4)), scaled(PAULI_X, s), scaled(PAULI_Y, s), scaled(PAULI_Z, s)];
}

/** Phase flip ρ → (1−p)ρ + p ZρZ (N&C §8.3.3): coherences scale by 1 − 2p. */
export function dephasingKraus(probability: number): QubitOperator[] {
  return [scaled(PAULI_I, Math.sqrt(1 - probability)), scaled(PAULI_Z, Math.sqrt(probability))];
}

/** Amplitude damping |1> → |0> with probability γ (N&C Eq. 8.108): coherences scale by √(1−γ). */
export function amplitudeDampingKraus(gamma: number): QubitOperator[] {
  return [op([1, 0, 0, Math.sqrt(1 - gamma)]), op([0, Math.sqrt(gamma), 0, 0])];
}

/** Dephasing probability whose coherence factor 1 − 2p equals e^{−t/T2}. */
export function dephasingProbabilityForTime(timeSeconds: number, t2Seconds: number): number {
  if (!(t2Seconds < Infinity)) return 0;
  return -Math.expm1(-timeSeconds / t2Seconds) / 2;
}

/**
 * Kraus operators of a memory qubit stored for t with energy relaxation T1 and coherence time T2 (T2 ≤ 2·T1):
 * amplitude damping γ = 1 − e^{−t/T1}, then pure dephasing so that coherences decay as e^{−t/T2} in total
 * (the standard T1/T2 model, N&C §8.3.5–8.3.6; Bloch equations).
 */
export function memoryDecoherenceKraus(timeSeconds: number, t1Seconds: number, t2Seconds: number): QubitOperator[] {
  if (t2Seconds > 2 * t1Seconds * (1 + 1e-12)) throw new RangeError('T2 must not exceed 2·T1');
  const gamma = t1Seconds < Infinity ? -Math.expm1(-timeSeconds / t1Seconds) : 0;
  // Rate left for pure dephasing: 1/Tφ = 1/T2 − 1/(2T1).
  const pureDephasingRate = Math.max(0, 1 / t2Seconds - (t1Seconds < Infinity ? 1 / (2 * t1Seconds) : 0));
  const p = -Math.expm1(-timeSeconds * pureDephasingRate) / 2;
  const damping = amplitudeDampingKraus(gamma);
  const dephasing = dephasingKraus(p);
  const out: QubitOperator[] = [];
  for (const d of dephasing) for (const a of damping) out.push(product(d, a));
  return out;
}

function product(a: QubitOperator, b: QubitOperator): QubitOperator {
  const re: [number, number, number, number] = [0, 0, 0, 0];
  const im: [number, number, number, number] = [0, 0, 0, 0];
  for (let i = 0; i < 2; i++) {
    for (let j = 0; j < 2; j++) {
      for (let k = 0; k < 2; k++) {
        const ar = a.re[2 * i + k]!;
        const ai = a.im[2 * i + k]!;
        const br = b.re[2 * k + j]!;
        const bi = b.im[2 * k + j]!;
        re[2 * i + j] = re[2 * i + j]! + ar * br - ai * bi;
        im[2 * i + j] = im[2 * i + j]! + ar * bi + ai * br;
      }
    }
  }
  return { re, im };
}
