import { RANDOM_CLICK_ERROR } from '../constants';
import { binaryEntropy } from './entropy';

// Weak-coherent-pulse BB84 with decoy states, asymptotic key:
// GLLP, QIC 4, 325 (2004); Lo, Ma, Chen, PRL 94, 230504 (2005); Ma, Qi, Zhao, Lo, PRA 72, 012326 (2005), §II–IV.

export type DecoyMethod = 'infinite' | 'vacuum-weak' | 'none';

export interface Bb84Link {
  /** Transmittance of the channel alone (fiber or free space), 0–1. */
  channelTransmittance: number;
  detectorEfficiency: number;
  /** Y0: probability of a click with no signal photon, per pulse. */
  darkCountProbability: number;
  /** e_d: probability that a signal photon hits the wrong detector. */
  misalignmentError: number;
}

export interface Bb84Protocol {
  decoyMethod: DecoyMethod;
  errorCorrectionEfficiency: number;
  siftingFactor: number;
  /** ν, used only by the vacuum + weak decoy estimate. */
  weakDecoyMeanPhotonNumber: number;
}

export interface Bb84Result {
  signalMeanPhotonNumber: number;
  /** Q_μ: detections per pulse sent. */
  gain: number;
  /** E_μ: quantum bit error rate of the signal states. */
  qber: number;
  /** Estimated (or, for infinite decoys, exact) single-photon gain and error rate. */
  singlePhotonGain: number;
  singlePhotonError: number;
  keyBitsPerPulse: number;
  /** Why no key can be made, when keyBitsPerPulse is 0. */
  noKeyReason: string | null;
}

/** Overall η of Ma et al. Eq. (3): channel × receiver. */
const overallTransmittance = (link: Bb84Link) => link.channelTransmittance * link.detectorEfficiency;

/** Q_λ = Y0 + 1 − e^(−ηλ), Ma et al. Eq. (7). */
export function gain(link: Bb84Link, intensity: number): number {
  return link.darkCountProbability - Math.expm1(-overallTransmittance(link) * intensity);
}

/** E_λ Q_λ = e0 Y0 + e_d (1 − e^(−ηλ)), Ma et al. Eq. (9). */
export function errorGain(link: Bb84Link, intensity: number): number {
  return RANDOM_CLICK_ERROR * link.darkCountProbability - link.misalignmentError * Math.expm1(-overallTransmittance(link) * intensity);
}

interface SinglePhotonEstimate {
  gain: number;
  error: number;
  /** The decoy equations could not be solved in floating point (ν far too small); no single-photon bound. */
  unbounded?: boolean;
}

/** Infinite decoys measure Y1 = Y0 + η and e1 = (e0 Y0 + e_d η)/Y1 exactly, Ma et al. Eqs. (5), (8). */
function infiniteDecoy(link: Bb84Link, mu: number): SinglePhotonEstimate {
  const eta = overallTransmittance(link);
  const y1 = link.darkCountProbability + eta;
  const e1 = (RANDOM_CLICK_ERROR * link.darkCountProbability + link.misalignmentError * eta) / y1;
  return { gain: y1 * mu * Math.exp(-mu), error: e1 };
}

/** Vacuum + one weak decoy ν < μ: lower bound on Y1 and upper bound on e1, Ma et al. Eqs. (34), (37). */
function vacuumWeakDecoy(link: Bb84Link, mu: number, nu: number): SinglePhotonEstimate {
  const y0 = link.darkCountProbability;
  const qMu = gain(link, mu);
  const qNu = gain(link, nu);
  const y1Lower = (mu / (mu * nu - nu * nu)) * (qNu * Math.exp(nu) - (qMu * Math.exp(mu) * nu * nu) / (mu * mu) - ((mu * mu - nu * nu) / (mu * mu)) * y0);
  if (!(y1Lower > 0)) return { gain: 0, error: RANDOM_CLICK_ERROR };
  // A yield is a probability; a "lower bound" above 1 (or infinite) is rounding, as when ν is so small that μν − ν² underflows.
  if (!(y1Lower <= 1 + 1e-9)) return { gain: 0, error: RANDOM_CLICK_ERROR, unbounded: true };
  const e1Upper = (errorGain(link, nu) * Math.exp(nu) - RANDOM_CLICK_ERROR * y0) / (y1Lower * nu);
  // 0/0 when y1Lower·ν underflows: no bound on e1, so the worst case.
  const error = Number.isNaN(e1Upper) ? RANDOM_CLICK_ERROR : Math.min(Math.max(e1Upper, 0), RANDOM_CLICK_ERROR);
  return { gain: Math.min(y1Lower, 1) * mu * Math.exp(-mu), error };
}

/** No decoys: GLLP's worst case, every multi-photon pulse is tagged (Ma et al. Eq. (1) with Δ = P_multi/Q_μ). */
function noDecoy(link: Bb84Link, mu: number): SinglePhotonEstimate {
  const q = gain(link, mu);
  const e = errorGain(link, mu) / q;
  const multiPhotonProbability = -Math.expm1(-mu) - mu * Math.exp(-mu);
  const untagged = Math.max(0, 1 - multiPhotonProbability / q);
  return { gain: q * untagged, error: untagged > 0 ? Math.min(e / untagged, RANDOM_CLICK_ERROR) : RANDOM_CLICK_ERROR };
}

export function bb84Decoy(link: Bb84Link, protocol: Bb84Protocol, mu: number): Bb84Result {
  const q = gain(link, mu);
  const qber = q > 0 ? errorGain(link, mu) / q : RANDOM_CLICK_ERROR;
  const single =
    protocol.decoyMethod === 'infinite'
      ? infiniteDecoy(link, mu)
      : protocol.decoyMethod === 'vacuum-weak'
        ? vacuumWeakDecoy(link, mu, protocol.weakDecoyMeanPhotonNumber)
        : noDecoy(link, mu);
  // GLLP key rate, Ma et al. Eq. (1): R ≥ q{−Q_μ f(E_μ) H2(E_μ) + Q_1[1 − H2(e_1)]}.
  const raw =
    protocol.siftingFactor *
    (-q * protocol.errorCorrectionEfficiency * binaryEntropy(qber) + single.gain * (1 - binaryEntropy(single.error)));
  const keyBitsPerPulse = raw > 0 ? raw : 0;
  return {
    signalMeanPhotonNumber: mu,
    gain: q,
    qber,
    singlePhotonGain: single.gain,
    singlePhotonError: single.error,
    keyBitsPerPulse,
    noKeyReason: keyBitsPerPulse > 0 ? null : explainNoKey(qber, single),
  };
}

const UNBOUNDED_DECOY_REASON = 'the weak decoy intensity ν is too small for the decoy equations to bound the single-photon yield in floating point (use ν ≥ 1e-6)';

function explainNoKey(qber: number, single: SinglePhotonEstimate): string {
  if (single.unbounded) return UNBOUNDED_DECOY_REASON;
  const percent = (qber * 100).toFixed(1);
  if (single.gain <= 0) return 'too much loss: the single-photon detections cannot be told apart from multi-photon and dark-count clicks';
  if (qber >= 0.11) return `QBER ${percent} % is above what error correction and privacy amplification can tolerate (about 11 %)`;
  return `too much loss: at QBER ${percent} % the error-correction cost exceeds what the single-photon detections leave after privacy amplification`;
}

/**
 * No μ gives key, so there is no operating point to report a gain or QBER at. The infinite-decoy single-photon error
 * e1 = (e0·Y0 + e_d·η)/(Y0 + η) does not depend on μ, so it says why without inventing an intensity.
 */
export function noKeyAtAnyIntensity(link: Bb84Link, protocol: Bb84Protocol): Bb84Result {
  const { error } = infiniteDecoy(link, 1);
  const method = protocol.decoyMethod === 'infinite' ? 'infinite decoys' : protocol.decoyMethod === 'vacuum-weak' ? 'vacuum + weak decoy' : 'no decoys';
  const unbounded = protocol.decoyMethod === 'vacuum-weak' && vacuumWeakDecoy(link, MAX_SIGNAL_MEAN_PHOTON_NUMBER, protocol.weakDecoyMeanPhotonNumber).unbounded;
  const noKeyReason = unbounded
    ? UNBOUNDED_DECOY_REASON
    : Number.isNaN(error)
      ? 'nothing is detected: no light reaches the receiver and its detectors have no dark counts'
      : error >= 0.11
      ? `single-photon error rate ${(error * 100).toFixed(1)} % (dark counts and misalignment) is above what error correction and privacy amplification tolerate (about 11 %) at every signal intensity`
      : `too much loss: no signal intensity μ up to ${MAX_SIGNAL_MEAN_PHOTON_NUMBER} gives key with ${method} (single-photon error ${(error * 100).toFixed(1)} %, but too few single-photon detections to pay for error correction)`;
  return { signalMeanPhotonNumber: NaN, gain: NaN, qber: NaN, singlePhotonGain: NaN, singlePhotonError: NaN, keyBitsPerPulse: 0, noKeyReason };
}

/** Largest μ searched; key rate vanishes long before for every realistic link. */
const MAX_SIGNAL_MEAN_PHOTON_NUMBER = 1.5;

/** The signal intensity μ that maximises the key, by a log grid then golden-section refinement (the rate is unimodal in μ). */
export function optimalBb84Decoy(link: Bb84Link, protocol: Bb84Protocol): Bb84Result {
  const lowest = protocol.decoyMethod === 'vacuum-weak' ? protocol.weakDecoyMeanPhotonNumber * 1.0001 : 1e-4;
  if (lowest >= MAX_SIGNAL_MEAN_PHOTON_NUMBER) return bb84Decoy(link, protocol, MAX_SIGNAL_MEAN_PHOTON_NUMBER);
  const steps = 48;
  const logLow = Math.log(lowest);
  const logHigh = Math.log(MAX_SIGNAL_MEAN_PHOTON_NUMBER);
  const at = (i: number) => Math.exp(logLow + ((logHigh - logLow) * i) / steps);
  let best = 0;
  let bestRate = -Infinity;
  for (let i = 0; i <= steps; i++) {
    const rate = bb84Decoy(link, protocol, at(i)).keyBitsPerPulse;
    if (rate > bestRate) {
      bestRate = rate;
      best = i;
    }
  }
  if (bestRate <= 0) return noKeyAtAnyIntensity(link, protocol);
  let a = Math.log(at(Math.max(best - 1, 0)));
  let b = Math.log(at(Math.min(best + 1, steps)));
  const ratio = (Math.sqrt(5) - 1) / 2;
  const rateAt = (logMu: number) => bb84Decoy(link, protocol, Math.exp(logMu)).keyBitsPerPulse;
  let c = b - ratio * (b - a);
  let d = a + ratio * (b - a);
  let fc = rateAt(c);
  let fd = rateAt(d);
  for (let i = 0; i < 40; i++) {
    if (fc > fd) {
      b = d; d = c; fd = fc; c = b - ratio * (b - a); fc = rateAt(c);
    } else {
      a = c; c = d; fc = fd; d = a + ratio * (b - a); fd = rateAt(d);
    }
  }
  return bb84Decoy(link, protocol, Math.exp((a + b) / 2));
}
