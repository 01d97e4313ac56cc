// SeQUeNCe's units (its RouterNetTopo and components): lengths in m, attenuation in dB/m, times in ps, memory
// coherence_time in s as the rate 1/T of a Pauli channel (sequence/components/memory.py, _p_id … _p_zerr).

export const PS_PER_SECOND = 1e12;
const M_PER_KM = 1000;

export const metresOfKm = (km: number): number => km * M_PER_KM;
export const kmOfMetres = (m: number): number => m / M_PER_KM;
export const dbPerMetreOfDbPerKm = (dbPerKm: number): number => dbPerKm / M_PER_KM;
export const dbPerKmOfDbPerMetre = (dbPerM: number): number => dbPerM * M_PER_KM;
export const picosecondsOfSeconds = (s: number): number => s * PS_PER_SECOND;
export const secondsOfPicoseconds = (ps: number): number => ps / PS_PER_SECOND;

/** SeQUeNCe decoherence_errors (x, y, z) that have an equivalent memory noise model in the scenario. */
export type SequenceNoise = 'depolarizing' | 'dephasing';
export const DECOHERENCE_ERRORS: Record<SequenceNoise, [number, number, number]> = { depolarizing: [1 / 3, 1 / 3, 1 / 3], dephasing: [0, 0, 1] };

/**
 * The scenario's coherence time for a SeQUeNCe coherence_time T: Pauli rates r·(x, y, z) with r = 1/T decay the Bell
 * coherences as e^{−2(x+y)rt} … (SeQUeNCe memory.py _p_id); equal rates decay the Werner parameter as e^{−4t/3T}, so
 * the depolarizing time is 3T/4; Z only decays coherences as e^{−2t/T}, so T2 = T/2.
 */
export function scenarioCoherenceSeconds(noise: SequenceNoise, sequenceCoherenceSeconds: number): number {
  return noise === 'depolarizing' ? (3 * sequenceCoherenceSeconds) / 4 : sequenceCoherenceSeconds / 2;
}

/** SeQUeNCe's coherence_time for the scenario's coherence time: the inverse of scenarioCoherenceSeconds. */
export function sequenceCoherenceSeconds(noise: SequenceNoise, scenarioCoherence: number): number {
  return noise === 'depolarizing' ? (4 * scenarioCoherence) / 3 : 2 * scenarioCoherence;
}
