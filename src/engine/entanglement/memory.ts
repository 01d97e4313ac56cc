import { composePauliErrors, dephaseBellDiagonal, depolarizeBellDiagonal, type BellDiagonal } from './bell-diagonal';
import { applyKrausToQubit, type DensityMatrix } from './density-matrix';
import { dephasingProbabilityForTime, memoryDecoherenceKraus } from './qubit-channels';

/**
 * How a stored qubit decoheres (applied to each memory of a pair for the exact time it is held):
 * - 'dephasing' (default): pure T2 dephasing, coherences decay as e^{−t/T2} per memory, as in Razavi, Piani,
 *   Lütkenhaus, PRA 80, 032301 (2009). A stored |Φ+> has F(t) = (1 + e^{−2t/T2})/2 after both qubits wait t.
 * - 'depolarizing': the Werner parameter decays as e^{−t/T} per memory, as in Hartmann, Kraus, Briegel, Dür,
 *   PRA 75, 032310 (2007). A stored |Φ+> has F(t) = (1 + 3e^{−2t/T})/4.
 * - 't1-t2': amplitude damping (T1) plus dephasing (T2 ≤ 2·T1), Pauli-twirled: p_x = p_y = (1 − e^{−t/T1})/4,
 *   p_z = (1 − e^{−t/T2})/2 − (1 − e^{−t/T1})/4, the Pauli-twirl approximation of Ghosh, Fowler, Geller, PRA 86,
 *   062318 (2012). Exact Bell weights when one memory decays; when both do, the error is of order γ_A·γ_B (tested
 *   against the Kraus map), because the first decay leaves a local Bloch vector that twirling drops.
 * All keep Bell-diagonal states Bell-diagonal, so the repeater fast path stays exact.
 */
export type MemoryNoiseModel = 'dephasing' | 'depolarizing' | 't1-t2';

export interface MemoryParams {
  /** T2 for 'dephasing' and 't1-t2', the depolarizing time T for 'depolarizing'; Infinity for a perfect memory. */
  coherenceTimeSeconds: number;
  noiseModel: MemoryNoiseModel;
  /** Energy relaxation time T1, read by 't1-t2' only (must be at least T2/2); Infinity or left out for none. */
  t1Seconds?: number;
  /**
   * Probability that the memory gives out the photon (emission into the fiber mode for an emissive memory,
   * write + read for an absorptive one) per entanglement attempt.
   */
  efficiency: number;
  /** A pair whose qubits have waited longer than this for their partner link is discarded; Infinity for none. */
  cutoffSeconds: number;
}

export type MemoryNoise = Pick<MemoryParams, 'coherenceTimeSeconds' | 'noiseModel' | 't1Seconds'>;

/** Pauli-twirled T1/T2 channel as Bell-index weights [I, X, Z, Y] (Ghosh, Fowler, Geller 2012). */
export function t1T2PauliWeights(storageSeconds: number, t1Seconds: number, t2Seconds: number): BellDiagonal {
  if (t2Seconds > 2 * t1Seconds * (1 + 1e-12)) throw new RangeError('T2 must not exceed 2·T1');
  const relaxed = t1Seconds < Infinity ? -Math.expm1(-storageSeconds / t1Seconds) : 0;
  const dephased = t2Seconds < Infinity ? -Math.expm1(-storageSeconds / t2Seconds) : 0;
  const px = relaxed / 4;
  // T2 ≤ 2·T1 makes this non-negative; max() only absorbs rounding.
  const pz = Math.max(0, dephased / 2 - relaxed / 4);
  return [1 - 2 * px - pz, px, pz, px];
}

/** One qubit of a Bell-diagonal pair held for storageSeconds. */
export function decohereOneQubit(state: BellDiagonal, storageSeconds: number, memory: MemoryNoise): BellDiagonal {
  if (!(storageSeconds > 0)) return state;
  if (memory.noiseModel === 't1-t2') return composePauliErrors(state, t1T2PauliWeights(storageSeconds, memory.t1Seconds ?? Infinity, memory.coherenceTimeSeconds));
  if (!(memory.coherenceTimeSeconds < Infinity)) return state;
  if (memory.noiseModel === 'dephasing') {
    return dephaseBellDiagonal(state, dephasingProbabilityForTime(storageSeconds, memory.coherenceTimeSeconds));
  }
  // Depolarizing channel (1−p)ρ + p·I/2 with 1 − p = e^{−t/T}.
  return depolarizeBellDiagonal(state, -Math.expm1(-storageSeconds / memory.coherenceTimeSeconds));
}

/** Both qubits of a pair, each in its own memory, held for the given times. */
export function decoherePair(
  state: BellDiagonal,
  storageSecondsA: number,
  storageSecondsB: number,
  memoryA: MemoryNoise,
  memoryB: MemoryNoise = memoryA,
): BellDiagonal {
  return decohereOneQubit(decohereOneQubit(state, storageSecondsA, memoryA), storageSecondsB, memoryB);
}

/** Fidelity of a perfect |Φ+> after both qubits wait t, in closed form, for cross-checks and the docs. */
export function storedBellPairFidelity(storageSeconds: number, memory: MemoryNoise): number {
  const decay = Math.exp((-2 * storageSeconds) / memory.coherenceTimeSeconds);
  if (memory.noiseModel === 't1-t2') {
    // Each qubit: F-weight 1 − 2p_x − p_z; both: the Φ+ weight of the composed errors.
    const w = t1T2PauliWeights(storageSeconds, memory.t1Seconds ?? Infinity, memory.coherenceTimeSeconds);
    return composePauliErrors(w, w)[0];
  }
  return memory.noiseModel === 'dephasing' ? (1 + decay) / 2 : (1 + 3 * decay) / 4;
}

/** Full T1/T2 model on a density matrix (amplitude damping + dephasing), for platforms where T1 matters; not Bell-diagonal. */
export function decohereDensityMatrix(
  rho: DensityMatrix,
  storageSeconds: number,
  qubit: 0 | 1,
  t1Seconds: number,
  t2Seconds: number,
): DensityMatrix {
  return applyKrausToQubit(rho, memoryDecoherenceKraus(storageSeconds, t1Seconds, t2Seconds), qubit);
}
