import { dephaseBellDiagonal, depolarizeBellDiagonal, type BellDiagonal } from './bell-diagonal';
import { applyKrausToQubit, type DensityMatrix } from './density-matrix';
import { dephasingProbabilityForTime, memoryDecoherenceKraus } from './qubit-channels';

/**
 * How a stored qubit decoheres (applied to each memory of a pair for the exact time it is held):
 * - 'dephasing' (default): pure T2 dephasing, coherences decay as e^{−t/T2} per memory, as in Razavi, Piani,
 *   Lütkenhaus, PRA 80, 032301 (2009). A stored |Φ+> has F(t) = (1 + e^{−2t/T2})/2 after both qubits wait t.
 * - 'depolarizing': the Werner parameter decays as e^{−t/T} per memory, as in Hartmann, Kraus, Briegel, Dür,
 *   PRA 75, 032310 (2007). A stored |Φ+> has F(t) = (1 + 3e^{−2t/T})/4.
 * Both keep Bell-diagonal states Bell-diagonal, so the repeater fast path stays exact.
 */
export type MemoryNoiseModel = 'dephasing' | 'depolarizing';

export interface MemoryParams {
  /** T2 for 'dephasing', the depolarizing time T for 'depolarizing'; Infinity for a perfect memory. */
  coherenceTimeSeconds: number;
  noiseModel: MemoryNoiseModel;
  /**
   * Probability that the memory gives out the photon (emission into the fiber mode for an emissive memory,
   * write + read for an absorptive one) per entanglement attempt.
   */
  efficiency: number;
  /** A pair whose qubits have waited longer than this for their partner link is discarded; Infinity for none. */
  cutoffSeconds: number;
}

/** One qubit of a Bell-diagonal pair held for storageSeconds. */
export function decohereOneQubit(state: BellDiagonal, storageSeconds: number, memory: Pick<MemoryParams, 'coherenceTimeSeconds' | 'noiseModel'>): BellDiagonal {
  if (!(storageSeconds > 0) || !(memory.coherenceTimeSeconds < Infinity)) return state;
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
  memoryA: Pick<MemoryParams, 'coherenceTimeSeconds' | 'noiseModel'>,
  memoryB: Pick<MemoryParams, 'coherenceTimeSeconds' | 'noiseModel'> = memoryA,
): BellDiagonal {
  return decohereOneQubit(decohereOneQubit(state, storageSecondsA, memoryA), storageSecondsB, memoryB);
}

/** Fidelity of a perfect |Φ+> after both qubits wait t, in closed form, for cross-checks and the docs. */
export function storedBellPairFidelity(storageSeconds: number, memory: Pick<MemoryParams, 'coherenceTimeSeconds' | 'noiseModel'>): number {
  const decay = Math.exp((-2 * storageSeconds) / memory.coherenceTimeSeconds);
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
