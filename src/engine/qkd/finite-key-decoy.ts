import { RANDOM_CLICK_ERROR } from '../constants';
import { errorGain, gain, optimalBb84Decoy, type Bb84Link, type Bb84Protocol } from './bb84-decoy';
import { binaryEntropy } from './entropy';
import { maximizeOnLogScale } from './maximize-scalar';

// Vacuum + weak decoy BB84 with statistical fluctuations of a finite block: Ma, Qi, Zhao, Lo, PRA 72, 012326 (2005),
// Sec. V. Each measured rate X counted over N_X pulses is replaced by its worst-case value X(1 ∓ u_α/√(N_X X)),
// u_α standard deviations (Gaussian approximation to the binomial count), in whichever direction lowers the key.
// Privacy amplification and error-correction finite-size terms beyond this are not included.

export interface FiniteKeyOptions {
  /** N: pulses sent in the block (all intensities together). */
  totalPulses: number;
  /** u_α: standard deviations of the fluctuation bound (Ma et al. use 10 in their finite-key example; 5 is common). */
  standardDeviations: number;
  /** Fractions of N sent as signal μ, weak decoy ν and vacuum; they are normalised to sum to 1. */
  signalFraction: number;
  weakDecoyFraction: number;
  vacuumFraction: number;
}

export interface FiniteKeyResult {
  signalMeanPhotonNumber: number;
  gain: number;
  qber: number;
  /** Lower bound on Y1 and upper bound on e1 after fluctuations. */
  singlePhotonYieldLower: number;
  singlePhotonErrorUpper: number;
  /** Key per pulse sent (all intensities counted), so × N gives the key of the block. */
  keyBitsPerPulse: number;
  keyBitsPerBlock: number;
  noKeyReason: string | null;
}


/** X(1 + sign·u/√(N X)), never below 0: the ±u_α σ edge of a rate X measured on N pulses. */
function fluctuate(rate: number, pulses: number, deviations: number, sign: 1 | -1): number {
  if (rate <= 0 || pulses <= 0) return sign > 0 ? Infinity : 0;
  return Math.max(0, rate * (1 + (sign * deviations) / Math.sqrt(pulses * rate)));
}

export function finiteKeyBb84Decoy(link: Bb84Link, protocol: Bb84Protocol, mu: number, options: FiniteKeyOptions): FiniteKeyResult {
  const nu = protocol.weakDecoyMeanPhotonNumber;
  const total = options.signalFraction + options.weakDecoyFraction + options.vacuumFraction;
  const nMu = (options.totalPulses * options.signalFraction) / total;
  const nNu = (options.totalPulses * options.weakDecoyFraction) / total;
  const nVac = (options.totalPulses * options.vacuumFraction) / total;
  const u = options.standardDeviations;

  const qMu = gain(link, mu);
  const eMu = errorGain(link, mu) / qMu;
  const qNuLower = fluctuate(gain(link, nu), nNu, u, -1);
  const qMuUpper = fluctuate(qMu, nMu, u, 1);
  const y0 = link.darkCountProbability;
  const y0Upper = fluctuate(y0, nVac, u, 1);
  const y0Lower = fluctuate(y0, nVac, u, -1);
  const errorGainNuUpper = fluctuate(errorGain(link, nu), nNu, u, 1);

  // Ma et al. Eq. (34) with worst-case inputs: Y1 ≥ μ/(μν−ν²)[Q_ν e^ν − Q_μ e^μ ν²/μ² − (μ²−ν²)/μ² Y0].
  const y1Lower = nu < mu && Number.isFinite(y0Upper) && Number.isFinite(qMuUpper)
    ? (mu / (mu * nu - nu * nu)) * (qNuLower * Math.exp(nu) - (qMuUpper * Math.exp(mu) * nu * nu) / (mu * mu) - ((mu * mu - nu * nu) / (mu * mu)) * y0Upper)
    : 0;
  // Eq. (37): e1 ≤ (E_ν Q_ν e^ν − e0 Y0)/(Y1 ν).
  const e1Upper = y1Lower > 0 ? Math.min(RANDOM_CLICK_ERROR, Math.max(0, (errorGainNuUpper * Math.exp(nu) - RANDOM_CLICK_ERROR * y0Lower) / (y1Lower * nu))) : RANDOM_CLICK_ERROR;
  const q1Lower = Math.max(0, y1Lower) * mu * Math.exp(-mu);
  const perSignal = protocol.siftingFactor * (q1Lower * (1 - binaryEntropy(e1Upper)) - qMu * protocol.errorCorrectionEfficiency * binaryEntropy(eMu));
  const keyBitsPerPulse = perSignal > 0 ? (perSignal * nMu) / options.totalPulses : 0;
  return {
    signalMeanPhotonNumber: mu,
    gain: qMu,
    qber: eMu,
    singlePhotonYieldLower: Math.max(0, y1Lower),
    singlePhotonErrorUpper: e1Upper,
    keyBitsPerPulse,
    keyBitsPerBlock: keyBitsPerPulse * options.totalPulses,
    noKeyReason: keyBitsPerPulse > 0 ? null : explainNoKey(y1Lower, e1Upper, options.totalPulses),
  };
}

function explainNoKey(y1Lower: number, e1Upper: number, totalPulses: number): string {
  const block = totalPulses.toExponential(1);
  if (!(y1Lower > 0)) return `block of ${block} pulses is too short: statistical fluctuations hide the single-photon detections`;
  if (e1Upper >= 0.11) return `block of ${block} pulses is too short: the single-photon error bound (${(e1Upper * 100).toFixed(1)} %) is too loose`;
  return `block of ${block} pulses is too short: after fluctuation bounds, error correction costs more than the single-photon key`;
}

/** Best μ for this block (the finite-size optimum is lower than the asymptotic one). */
export function optimalFiniteKeyBb84Decoy(link: Bb84Link, protocol: Bb84Protocol, options: FiniteKeyOptions): FiniteKeyResult {
  const low = protocol.weakDecoyMeanPhotonNumber * 1.01;
  const best = maximizeOnLogScale((mu) => finiteKeyBb84Decoy(link, protocol, mu, options).keyBitsPerPulse, low, Math.max(1.5, low * 2), 32, 30);
  if (best.value > 0) return finiteKeyBb84Decoy(link, protocol, best.argument, options);
  // No μ gives key in this block: no operating point, so no gain or QBER to report; say whether longer blocks would help.
  const asymptotic = optimalBb84Decoy(link, protocol);
  return {
    signalMeanPhotonNumber: NaN, gain: NaN, qber: NaN, singlePhotonYieldLower: NaN, singlePhotonErrorUpper: NaN, keyBitsPerPulse: 0, keyBitsPerBlock: 0,
    noKeyReason:
      asymptotic.keyBitsPerPulse > 0
        ? `block of ${options.totalPulses.toExponential(1)} pulses is too short: after the fluctuation bounds no signal intensity gives key (infinitely long blocks would)`
        : `no key even with infinitely long blocks: ${asymptotic.noKeyReason}`,
  };
}

/** Smallest block (pulses) that yields any key, by bisection on log N between 1e3 and 1e18; Infinity if none does. */
export function minimumBlockPulses(link: Bb84Link, protocol: Bb84Protocol, options: Omit<FiniteKeyOptions, 'totalPulses'>): number {
  const hasKey = (n: number) => optimalFiniteKeyBb84Decoy(link, protocol, { ...options, totalPulses: n }).keyBitsPerPulse > 0;
  let lo = 3;
  let hi = 18;
  if (!hasKey(10 ** hi)) return Infinity;
  if (hasKey(10 ** lo)) return 10 ** lo;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (hasKey(10 ** mid)) hi = mid;
    else lo = mid;
  }
  return 10 ** hi;
}
