import { RANDOM_CLICK_ERROR } from '../constants';
import { binaryEntropy } from './entropy';
import { maximizeOnLogScale } from './maximize-scalar';
import { deadTimeSurvivalFraction } from '../devices/single-photon-detector';

// Entanglement-based BBM92 (Bennett, Brassard, Mermin, PRL 68, 557 (1992)) with a two-mode SPDC source, threshold
// detectors and squashing, asymptotic key: Ma, Fung, Lo, PRA 76, 012307 (2007), Sec. III (gain, QBER) and Sec. IV (rate).

export type SourcePlacement = 'middle' | 'alice';

export interface Bbm92Link {
  /** η_A: source → Alice's click, channel and detector efficiency together. */
  aliceTransmittance: number;
  bobTransmittance: number;
  /** Y0A, Y0B: background click probability per pulse on each side (all of that side's detectors). */
  aliceDarkCountProbability: number;
  bobDarkCountProbability: number;
  /** e_d: probability that a pair photon lands in the wrong detector. */
  misalignmentError: number;
}

export interface Bbm92Protocol {
  errorCorrectionEfficiency: number;
  /** q: fraction of coincidences kept after basis comparison (1/2 for BBM92 with random bases). */
  siftingFactor: number;
}

export interface Bbm92Result {
  /** λ: half the mean pair number per pulse (Ma–Fung–Lo convention). */
  halfMeanPairNumber: number;
  /** Q_λ: coincidences per pulse. */
  gain: number;
  /** Probability per pulse that Alice's (Bob's) side clicks at all, coincident or not: what her detectors' dead time sees. */
  aliceSinglesPerPulse: number;
  bobSinglesPerPulse: number;
  qber: number;
  keyBitsPerPulse: number;
  noKeyReason: string | null;
}

/**
 * Coincidence gain and error, Ma–Fung–Lo Sec. III:
 *  Q = 1 − (1−Y0A)/(1+η_Aλ)² − (1−Y0B)/(1+η_Bλ)² + (1−Y0A)(1−Y0B)/(1+η_Aλ+η_Bλ−η_Aη_Bλ)²,
 *  EQ = e0 Q − 2(e0−e_d) η_Aη_B λ(1+λ) / [(1+η_Aλ)(1+η_Bλ)(1+η_Aλ+η_Bλ−η_Aη_Bλ)].
 * Q is regrouped as (1−A)(1−B) + (C − AB) so that nothing cancels when η_Aη_B is 1e-12.
 */
function coincidences(link: Bbm92Link, lambda: number): { gain: number; errorGain: number; aliceClick: number; bobClick: number } {
  const x = link.aliceTransmittance * lambda;
  const y = link.bobTransmittance * lambda;
  const etaProductLambda = link.aliceTransmittance * link.bobTransmittance * lambda;
  const aliceClick = -Math.expm1(Math.log1p(-link.aliceDarkCountProbability) - 2 * Math.log1p(x));
  const bobClick = -Math.expm1(Math.log1p(-link.bobDarkCountProbability) - 2 * Math.log1p(y));
  const joint = 1 + x + y - etaProductLambda;
  const product = (1 + x) * (1 + y);
  // C − AB = (1−Y0A)(1−Y0B) (product² − joint²)/(joint² product²), with product − joint = η_Aη_B λ(1+λ).
  const correlation =
    (1 - link.aliceDarkCountProbability) * (1 - link.bobDarkCountProbability) *
    ((etaProductLambda * (1 + lambda) * (product + joint)) / (joint * joint * product * product));
  const gain = aliceClick * bobClick + correlation;
  const pairTerm = (2 * etaProductLambda * (1 + lambda)) / (product * joint);
  const errorGain = RANDOM_CLICK_ERROR * gain - (RANDOM_CLICK_ERROR - link.misalignmentError) * pairTerm;
  return { gain, errorGain, aliceClick, bobClick };
}

export function bbm92(link: Bbm92Link, protocol: Bbm92Protocol, halfMeanPairNumber: number): Bbm92Result {
  const { gain, errorGain, aliceClick, bobClick } = coincidences(link, halfMeanPairNumber);
  // E_λ lies in [e_d, ½] by construction (Ma–Fung–Lo Eq. (10)); no clamp, and no coincidences means no error rate.
  const qber = gain > 0 ? errorGain / gain : NaN;
  // Koashi–Preskill rate for a basis-independent source, Ma–Fung–Lo Sec. IV: R = q Q [1 − f H2(E) − H2(E)].
  const h = binaryEntropy(qber);
  const raw = protocol.siftingFactor * gain * (1 - protocol.errorCorrectionEfficiency * h - h);
  const keyBitsPerPulse = raw > 0 ? raw : 0;
  return {
    halfMeanPairNumber,
    gain,
    aliceSinglesPerPulse: aliceClick,
    bobSinglesPerPulse: bobClick,
    qber,
    keyBitsPerPulse,
    noKeyReason: keyBitsPerPulse > 0 ? null : explainNoKey(qber),
  };
}

function explainNoKey(qber: number): string {
  const percent = (qber * 100).toFixed(1);
  if (qber >= 0.11) return `QBER ${percent} % is above the BBM92 threshold of about 11 % (dark counts or multi-pair emission swamp the true coincidences)`;
  return `at QBER ${percent} % error correction and privacy amplification leave no key`;
}

/** The largest λ searched: beyond it multi-pair errors alone exceed any threshold. */
const MAX_HALF_MEAN_PAIR_NUMBER = 1;

/** Detector dead time on each side, and the pulse rate that turns singles per pulse into clicks per second. */
export interface Bbm92Detectors {
  repetitionRateHz: number;
  aliceDeadTimeSeconds: number;
  bobDeadTimeSeconds: number;
}

/**
 * Fraction of coincidences left after dead time: each side's detectors are blind for τ after any click of theirs, so its
 * live fraction is 1/(1 + S·τ) for its singles rate S (non-paralyzable model, Knoll, Radiation Detection and
 * Measurement, 4th ed., Eq. (4.23)), and a coincidence needs both sides live. A side's clicks are taken to share one
 * dead time (as for the BB84 receiver); spread over k independent detectors each would see S/k.
 */
export function bbm92DeadTimeSurvival(result: Pick<Bbm92Result, 'aliceSinglesPerPulse' | 'bobSinglesPerPulse'>, detectors: Bbm92Detectors): number {
  return (
    deadTimeSurvivalFraction(result.aliceSinglesPerPulse * detectors.repetitionRateHz, detectors.aliceDeadTimeSeconds) *
    deadTimeSurvivalFraction(result.bobSinglesPerPulse * detectors.repetitionRateHz, detectors.bobDeadTimeSeconds)
  );
}

export interface Bbm92Operating extends Bbm92Result {
  /** Coincidences surviving both sides' dead time, 0–1 (1 without dead time). */
  deadTimeSurvival: number;
}

/**
 * The pair brightness λ that maximises the key per second (too dim: dark counts dominate; too bright: multi-pair
 * errors and, with dead time, saturated detectors). With no key at any λ there is no operating point: λ, gain and
 * QBER are NaN and the reason gives the lowest QBER any brightness reaches.
 */
export function optimalBbm92(link: Bbm92Link, protocol: Bbm92Protocol, detectors?: Bbm92Detectors): Bbm92Operating {
  const survival = (r: Bbm92Result) => (detectors ? bbm92DeadTimeSurvival(r, detectors) : 1);
  const best = maximizeOnLogScale((l) => {
    const r = bbm92(link, protocol, l);
    return r.keyBitsPerPulse * survival(r);
  }, 1e-6, MAX_HALF_MEAN_PAIR_NUMBER);
  if (best.value > 0) {
    const r = bbm92(link, protocol, best.argument);
    return { ...r, deadTimeSurvival: survival(r) };
  }
  const lowest = maximizeOnLogScale((l) => {
    const q = bbm92(link, protocol, l).qber;
    return Number.isNaN(q) ? -Infinity : -q;
  }, 1e-6, MAX_HALF_MEAN_PAIR_NUMBER);
  const lowestQber = -lowest.value;
  const noKeyReason = Number.isFinite(lowestQber)
    ? `no pair brightness gives key: the lowest QBER any brightness reaches is about ${(lowestQber * 100).toFixed(1)} % (dark counts at low brightness, multi-pair emission at high)` +
      (lowestQber < 0.11 ? ', and there too few coincidences survive to pay for error correction' : '')
    : 'no coincidences at any pair brightness';
  return {
    halfMeanPairNumber: NaN, gain: NaN, aliceSinglesPerPulse: NaN, bobSinglesPerPulse: NaN, qber: NaN, keyBitsPerPulse: 0, noKeyReason, deadTimeSurvival: NaN,
  };
}

export interface Bbm92Channel {
  /** Transmittance of the whole Alice–Bob channel, detectors excluded. */
  channelTransmittance: number;
  placement: SourcePlacement;
  detectorEfficiency: number;
  darkCountProbability: number;
  misalignmentError: number;
}

/**
 * Split one channel between the two arms. Source in the middle: each arm gets √η (equal halves of a uniform fiber or
 * path). Source at Alice: her photon goes straight to her detector, Bob's crosses the whole channel.
 */
export function bbm92LinkFromChannel(c: Bbm92Channel): Bbm92Link {
  const half = Math.sqrt(c.channelTransmittance);
  const [aliceChannel, bobChannel] = c.placement === 'middle' ? [half, half] : [1, c.channelTransmittance];
  return {
    aliceTransmittance: aliceChannel * c.detectorEfficiency,
    bobTransmittance: bobChannel * c.detectorEfficiency,
    aliceDarkCountProbability: c.darkCountProbability,
    bobDarkCountProbability: c.darkCountProbability,
    misalignmentError: c.misalignmentError,
  };
}
