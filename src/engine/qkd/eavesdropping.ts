import { RANDOM_CLICK_ERROR } from '../constants';
import { multiPhotonProbability, poissonPhotonProbability } from '../devices/weak-coherent-source';
import type { Bb84Link, Bb84Protocol } from './bb84-decoy';
import { bb84Decoy } from './bb84-decoy';
import { binaryEntropy } from './entropy';

/** Usual abort threshold for one-way BB84 post-processing (Shor–Preskill: key vanishes at 11.0 % QBER). */
export const DEFAULT_ABORT_QBER = 0.11;

export type ResendMode = 'through-channel' | 'lossless-to-bob';

export interface InterceptResendAttack {
  /** p: fraction of pulses Eve measures. */
  interceptedFraction: number;
  /**
   * Where Eve's fresh single photon travels: 'through-channel' (Eve sits at Alice's output, resends over the same channel)
   * or 'lossless-to-bob' (Eve replaces the channel and injects next to Bob's receiver, raising his click rate).
   */
  resendMode: ResendMode;
  abortQber?: number;
}

export interface InterceptResendResult {
  /** Gain and QBER Bob sees, for the signal state. */
  gain: number;
  qber: number;
  gainWithoutEve: number;
  qberWithoutEve: number;
  /** Key per pulse the parties would compute from what they see (their decoy method's estimate, single-photon error shifted as the QBER). */
  keyBitsPerPulse: number;
  /** The parties' single-photon gain estimate Q1 and error e1 under the attack. */
  singlePhotonGain: number;
  singlePhotonError: number;
  aborted: boolean;
  reason: string;
}

/**
 * Intercept–resend in a random basis (Bennett et al., J. Cryptology 5, 3 (1992)): on the sifted key an intercepted photon
 * is wrong with probability 1/4. Combined with the link's own bit flip e (independent), an intercepted bit is wrong with
 * probability 1/4 + e/2, so E = e + s(1/4 − e/2) where s is the share of Bob's detections that Eve resent (s = p if she
 * resends through the same channel with an ideal detector and μ is small). Eve measures with a perfect detector; an empty pulse gives her nothing to resend.
 */
export function interceptResend(link: Bb84Link, protocol: Bb84Protocol, mu: number, attack: InterceptResendAttack): InterceptResendResult {
  const p = Math.min(Math.max(attack.interceptedFraction, 0), 1);
  // The parties estimate single photons with their own decoy method, attacked or not.
  const clean = bb84Decoy(link, protocol, mu);
  const y0 = link.darkCountProbability;
  const eta = link.channelTransmittance * link.detectorEfficiency;
  const eveDetects = -Math.expm1(-mu);
  const resentTransmittance = attack.resendMode === 'through-channel' ? eta : link.detectorEfficiency;
  const interceptedGain = y0 + eveDetects * resentTransmittance * (1 - y0);
  const gain = (1 - p) * clean.gain + p * interceptedGain;
  const interceptedErrorGain = RANDOM_CLICK_ERROR * y0 + eveDetects * resentTransmittance * (1 - y0) * (0.25 + link.misalignmentError / 2);
  // No click at all (η and dark counts both zero): no detections, so no error rate to report.
  const qber = gain > 0 ? ((1 - p) * clean.qber * clean.gain + p * interceptedErrorGain) / gain : NaN;
  // Errors are weighted by detections, so what matters is the share of Bob's clicks that Eve produced, not p itself.
  const interceptedShare = gain > 0 ? (p * interceptedGain) / gain : 0;
  // What the parties would conclude: the single-photon error rises by the same Eve-induced amount as the QBER.
  const e1 = Math.min(RANDOM_CLICK_ERROR, clean.singlePhotonError + interceptedShare * (0.25 - clean.singlePhotonError / 2));
  const raw = protocol.siftingFactor * (clean.singlePhotonGain * (1 - binaryEntropy(e1)) - gain * protocol.errorCorrectionEfficiency * binaryEntropy(qber));
  const keyBitsPerPulse = raw > 0 ? raw : 0;
  const threshold = attack.abortQber ?? DEFAULT_ABORT_QBER;
  const aborted = qber >= threshold || keyBitsPerPulse <= 0;
  const gainChange = gain / clean.gain;
  const reason = !(gain > 0)
    ? 'abort: no detections at all'
    : aborted
    ? qber >= threshold
      ? `abort: QBER ${(qber * 100).toFixed(1)} % ≥ ${(threshold * 100).toFixed(0)} % threshold`
      : `abort: QBER ${(qber * 100).toFixed(1)} % leaves no key after privacy amplification`
    : `QBER ${(qber * 100).toFixed(1)} % (was ${(clean.qber * 100).toFixed(1)} %), gain ×${gainChange.toFixed(2)}; key shrinks but survives`;
  return { gain, qber, gainWithoutEve: clean.gain, qberWithoutEve: clean.qber, keyBitsPerPulse, singlePhotonGain: clean.singlePhotonGain, singlePhotonError: e1, aborted, reason };
}

export interface PhotonNumberSplittingResult {
  /** Eve can reproduce the expected signal gain using multi-photon pulses only. */
  feasible: boolean;
  /** PNS adds no errors: QBER is that of the link (multi-photon pulses forwarded losslessly, single photons blocked). */
  qber: number;
  signalGain: number;
  /** Weak-decoy gain expected from the link, and what Eve's photon-number-dependent yields produce. */
  decoyGainExpected: number;
  decoyGainUnderAttack: number;
  /** |ΔQ_ν|/Q_ν: how far the decoy statistics move; decoys detect PNS when this exceeds the statistical spread. */
  decoyGainDeviation: number;
  /** Fraction of Bob's signal detections whose bit Eve knows. */
  eveInformationFraction: number;
  reason: string;
}

/**
 * Photon-number splitting (Brassard, Lütkenhaus, Mor, Sanders, PRL 85, 1330 (2000)): Eve blocks single photons and forwards
 * one photon of each multi-photon pulse over a lossless line, keeping the rest, so Bob's signal gain is unchanged when
 * P(n ≥ 2) ≥ Q_μ − Y0. Decoys (Hwang, PRL 91, 057901 (2003); Lo, Ma, Chen 2005) catch it because the same yields Y_n
 * give a weak decoy ν far fewer clicks than an honest channel would.
 */
export function photonNumberSplitting(link: Bb84Link, mu: number, nu: number): PhotonNumberSplittingResult {
  const y0 = link.darkCountProbability;
  const eta = link.channelTransmittance * link.detectorEfficiency;
  const honestGain = (x: number) => y0 - Math.expm1(-eta * x);
  const signalGain = honestGain(mu);
  const multi = multiPhotonProbability(mu);
  // Eve sets one yield y for every n ≥ 2 and Y1 = Y0 to match Q_μ; she may tamper with Bob's detector, so y can reach 1.
  const needed = signalGain - y0 * (1 - multi);
  const yMulti = multi > 0 ? needed / multi : Infinity;
  const feasible = yMulti >= 0 && yMulti <= 1;
  const decoyGainExpected = honestGain(nu);
  const decoyMulti = multiPhotonProbability(nu);
  const decoyGainUnderAttack = feasible ? y0 * (1 - decoyMulti) + yMulti * decoyMulti : decoyGainExpected;
  const decoyGainDeviation = Math.abs(decoyGainUnderAttack - decoyGainExpected) / decoyGainExpected;
  const qber = (RANDOM_CLICK_ERROR * y0 + link.misalignmentError * (signalGain - y0)) / signalGain;
  const eveInformationFraction = feasible ? (multi * yMulti) / signalGain : 0;
  const p1 = poissonPhotonProbability(1, mu);
  const reason = feasible
    ? `PNS possible: multi-photon pulses (${(multi * 100).toFixed(2)} % of pulses) can carry all ${(signalGain * 100).toExponential(2)} % detections; QBER stays ${(qber * 100).toFixed(1)} %, but the weak decoy gain drops by ${(decoyGainDeviation * 100).toFixed(0)} %, so decoy-state BB84 detects it and GLLP without decoys must assume all multi-photon detections are tagged`
    : `PNS not possible at this loss: multi-photon pulses are too rare (${(multi * 100).toFixed(2)} % against single photons ${(p1 * 100).toFixed(1)} %) to carry Bob's detections`;
  return { feasible, qber, signalGain, decoyGainExpected, decoyGainUnderAttack, decoyGainDeviation, eveInformationFraction, reason };
}
