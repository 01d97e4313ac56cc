import { binaryEntropy } from '../qkd/entropy';
import { wernerState, type BellDiagonal } from './bell-diagonal';

// Entanglement-based QKD (BBM92: Bennett, Brassard, Mermin, PRL 68, 557 (1992)) on delivered Bell-diagonal pairs.
// Bit errors in the Z basis come from X and Y Pauli errors, in the X basis from Z and Y errors. Asymptotic key fraction
// r = 1 − f·H2(e_z) − H2(e_x) (Shor & Preskill, PRL 85, 441 (2000)); for Werner states e_x = e_z = 2(1−F)/3, so r = 1 − 2H2(QBER) at f = 1.

export interface Bbm92ErrorRates {
  /** e_z: QBER of the key (Z) basis. */
  bitErrorRate: number;
  /** e_x: QBER of the X basis, which bounds Eve's information. */
  phaseErrorRate: number;
}

export function bbm92ErrorRates(state: BellDiagonal): Bbm92ErrorRates {
  const total = state[0] + state[1] + state[2] + state[3];
  return { bitErrorRate: (state[1] + state[3]) / total, phaseErrorRate: (state[2] + state[3]) / total };
}

export interface EntanglementKeyParams {
  /** Bits disclosed in error correction relative to the Shannon limit, f ≥ 1. */
  errorCorrectionEfficiency: number;
  /** Fraction of pairs measured in matching bases (½ for random bases, → 1 with biased basis choice). */
  siftingFactor: number;
}

export const DEFAULT_ENTANGLEMENT_KEY_PARAMS: EntanglementKeyParams = { errorCorrectionEfficiency: 1.22, siftingFactor: 0.5 };

/** Secret bits per delivered pair, before sifting: max(0, 1 − f·H2(e_z) − H2(e_x)). */
export function entanglementKeyFraction(state: BellDiagonal, errorCorrectionEfficiency: number): number {
  const { bitErrorRate, phaseErrorRate } = bbm92ErrorRates(state);
  return Math.max(0, 1 - errorCorrectionEfficiency * binaryEntropy(bitErrorRate) - binaryEntropy(phaseErrorRate));
}

/**
 * Fidelity of a Werner pair below which entanglementKeyFraction gives no key at this f: the root of
 * 1 − (1 + f)·H2(2(1 − F)/3) = 0 (Shor & Preskill 2000 with e_x = e_z), found by bisection on F in [½, 1].
 * At f = 1 it is H2(e) = ½, e ≈ 0.1100, F ≈ 0.8350.
 */
export function wernerKeyThresholdFidelity(errorCorrectionEfficiency: number): number {
  // At F = ½ (e = ⅓) no f ≥ 1 leaves key; at F = 1 every f does: the key fraction falls monotonically in between.
  let noKey = 0.5;
  let key = 1;
  for (let i = 0; i < 60; i++) {
    const mid = (noKey + key) / 2;
    if (entanglementKeyFraction(wernerState(mid), errorCorrectionEfficiency) > 0) key = mid;
    else noKey = mid;
  }
  return key;
}
