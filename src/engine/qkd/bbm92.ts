import { RANDOM_CLICK_ERROR } from '../constants';
import { binaryEntropy } from './entropy';
import { maximizeOnLogScale } from './maximize-scalar';

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
function coincidences(link: Bbm92Link, lambda: number): { gain: number; errorGain: number } {
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
  return { gain, errorGain };
}

export function bbm92(link: Bbm92Link, protocol: Bbm92Protocol, halfMeanPairNumber: number): Bbm92Result {
  const { gain, errorGain } = coincidences(link, halfMeanPairNumber);
  const qber = gain > 0 ? Math.min(Math.max(errorGain / gain, 0), RANDOM_CLICK_ERROR) : RANDOM_CLICK_ERROR;
  // Koashi–Preskill rate for a basis-independent source, Ma–Fung–Lo Sec. IV: R = q Q [1 − f H2(E) − H2(E)].
  const h = binaryEntropy(qber);
  const raw = protocol.siftingFactor * gain * (1 - protocol.errorCorrectionEfficiency * h - h);
  const keyBitsPerPulse = raw > 0 ? raw : 0;
  return {
    halfMeanPairNumber,
    gain,
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

/** The pair brightness λ that maximises the key (too dim: dark counts dominate; too bright: multi-pair errors). */
export function optimalBbm92(link: Bbm92Link, protocol: Bbm92Protocol): Bbm92Result {
  const best = maximizeOnLogScale((l) => bbm92(link, protocol, l).keyBitsPerPulse, 1e-6, MAX_HALF_MEAN_PAIR_NUMBER);
  if (!(best.value > 0)) return bbm92(link, protocol, 0.05);
  return bbm92(link, protocol, best.argument);
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
