import { binaryEntropy } from './entropy';
import { maximizeOnLogScale } from './maximize-scalar';

// Sending-or-not-sending twin-field QKD, asymptotic, infinitely many decoys, symmetric arms:
// Wang, Yu, Hu, PRA 98, 062323 (2018), key-rate formula R = 2ε(1−ε)μ e^−μ s1 [1 − H2(e1ph)] − f S_Z H2(E_Z).
// Alice and Bob each send a phase-randomised coherent pulse μ with probability ε (else vacuum) to Charlie's 50:50
// beam splitter; a window counts when exactly one of his two detectors clicks.

export interface TwinFieldLink {
  /** η: one user → Charlie's click, arm channel and detector efficiency together (both arms equal). */
  armTransmittance: number;
  /** p_d: dark-count probability of each of Charlie's two detectors per time bin. */
  darkCountProbability: number;
  /** e_d: probability that single-photon interference sends the photon to the wrong detector (phase drift, visibility). */
  misalignmentError: number;
}

export interface TwinFieldProtocol {
  errorCorrectionEfficiency: number;
}

export interface TwinFieldSettings {
  /** μ: intensity of a "sending" pulse. */
  signalMeanPhotonNumber: number;
  /** ε: probability that a user sends in a Z time bin. */
  sendingProbability: number;
}

export interface TwinFieldResult extends TwinFieldSettings {
  /** S_Z: one-detector clicks per Z time bin. */
  gain: number;
  /** E_Z: bit-flip rate of the Z windows (both or neither sent); NaN when no setting gives key (no operating point). */
  qber: number;
  /** s1: yield of windows where exactly one user sent exactly one photon. */
  singlePhotonYield: number;
  /** e1^ph: phase-flip rate of those single-photon windows. */
  singlePhotonPhaseError: number;
  /** Key per window in the asymptotic limit where nearly every window is a Z time bin. */
  keyBitsPerPulse: number;
  noKeyReason: string | null;
}

/** I0(x) − 1 by its power series, the 1 left out so a weak pulse loses no digits (x ≤ a few tens in any usable link). */
function besselI0MinusOne(x: number): number {
  let term = 1;
  let sum = 0;
  const quarterSquare = (x * x) / 4;
  for (let k = 1; k < 200; k++) {
    term *= quarterSquare / (k * k);
    sum += term;
    if (term <= sum * 1e-17) break;
  }
  return sum;
}

/** Exactly-one-click probabilities for the three Z-window cases: neither sends, one sends, both send (random relative phase). */
function oneClickRates(link: TwinFieldLink, mu: number) {
  const pd = link.darkCountProbability;
  const noDark = 1 - pd;
  const m = link.armTransmittance * mu;
  const neither = 2 * pd * noDark;
  // One pulse of mean m splits m/2 to each detector: 2 × P(this clicks) × P(that stays silent). Each difference is
  // formed from non-negative terms (expm1, I0 − 1): as 1 − e^−x they rounded to 0 for a weak enough arm, leaving
  // windows with key but no clicks.
  const silentHalf = noDark * Math.exp(-m / 2);
  const clickHalf = pd - noDark * Math.expm1(-m / 2);
  const one = 2 * clickHalf * silentHalf;
  // Both send: detectors see m(1 ± cos δ); averaging over δ gives e^−m I0(m) for the silent-partner factor, so
  // P(one click) = 2(1 − p_d)e^−m [I0(m) − (1 − p_d)e^−m] = 2(1 − p_d)e^−m [(I0(m) − 1) + (1 − e^−m) + p_d e^−m].
  const both = 2 * noDark * Math.exp(-m) * (besselI0MinusOne(m) - Math.expm1(-m) + pd * Math.exp(-m));
  return { neither, one, both };
}

export function snsTwinField(link: TwinFieldLink, protocol: TwinFieldProtocol, settings: TwinFieldSettings): TwinFieldResult {
  const mu = settings.signalMeanPhotonNumber;
  const eps = settings.sendingProbability;
  const pd = link.darkCountProbability;
  const eta = link.armTransmittance;
  const rates = oneClickRates(link, mu);
  const gain = (1 - eps) * (1 - eps) * rates.neither + 2 * eps * (1 - eps) * rates.one + eps * eps * rates.both;
  // No clicks at all (a dark, lossless-to-nothing channel): there are no errors to count, so the QBER is undefined.
  const qber = gain > 0 ? ((1 - eps) * (1 - eps) * rates.neither + eps * eps * rates.both) / gain : NaN;
  // Infinite decoys give s1 and e1ph exactly: a lone photon clicks one detector (η) or is lost and a dark count fires (2p_d).
  const singlePhotonYield = (1 - pd) * (eta + 2 * pd * (1 - eta));
  const singlePhotonPhaseError = singlePhotonYield > 0 ? ((1 - pd) * (link.misalignmentError * eta + pd * (1 - eta))) / singlePhotonYield : 0.5;
  const singlePhotonCounts = 2 * eps * (1 - eps) * mu * Math.exp(-mu) * singlePhotonYield;
  const raw = singlePhotonCounts * (1 - binaryEntropy(singlePhotonPhaseError)) - (gain > 0 ? protocol.errorCorrectionEfficiency * gain * binaryEntropy(qber) : 0);
  const keyBitsPerPulse = raw > 0 ? raw : 0;
  return {
    ...settings,
    gain,
    qber,
    singlePhotonYield,
    singlePhotonPhaseError,
    keyBitsPerPulse,
    noKeyReason: keyBitsPerPulse > 0 ? null : explainNoKey(singlePhotonPhaseError),
  };
}

function explainNoKey(phaseError: number): string {
  if (phaseError >= 0.11) return `single-photon phase error ${(phaseError * 100).toFixed(1)} % is too high: dark counts or interference misalignment dominate at Charlie`;
  return 'too much loss: the error-correction cost of the sending-or-not-sending bit flips exceeds the single-photon key';
}

/** Optimise μ and ε: for each ε the best μ by golden section, then the best ε the same way. */
export function optimalSnsTwinField(link: TwinFieldLink, protocol: TwinFieldProtocol): TwinFieldResult {
  const bestMuFor = (eps: number) =>
    maximizeOnLogScale((mu) => snsTwinField(link, protocol, { signalMeanPhotonNumber: mu, sendingProbability: eps }).keyBitsPerPulse, 1e-3, 2, 24, 30);
  const bestEps = maximizeOnLogScale((eps) => bestMuFor(eps).value, 1e-4, 0.5, 24, 30);
  if (!(bestEps.value > 0)) {
    // No μ, ε gives key: no operating point to report a gain or QBER at. e1^ph does not depend on μ or ε, so it says why.
    const { singlePhotonYield, singlePhotonPhaseError } = snsTwinField(link, protocol, { signalMeanPhotonNumber: 1, sendingProbability: 0.5 });
    const noKeyReason =
      singlePhotonPhaseError >= 0.11
        ? explainNoKey(singlePhotonPhaseError)
        : `too much loss: no intensity and sending probability give key (single-photon phase error ${(singlePhotonPhaseError * 100).toFixed(1)} %, but the Z-window bit flips cost more than the single-photon key)`;
    return {
      signalMeanPhotonNumber: NaN, sendingProbability: NaN, gain: NaN, qber: NaN, singlePhotonYield, singlePhotonPhaseError, keyBitsPerPulse: 0, noKeyReason,
    };
  }
  const mu = bestMuFor(bestEps.argument).argument;
  return snsTwinField(link, protocol, { signalMeanPhotonNumber: mu, sendingProbability: bestEps.argument });
}

/** Symmetric fiber TF-QKD: Charlie in the middle, each arm half the length. */
export function twinFieldLinkFromFiber(totalLengthKm: number, attenuationDbPerKm: number, detectorEfficiency: number, darkCountProbability: number, misalignmentError: number): TwinFieldLink {
  return {
    armTransmittance: Math.pow(10, (-attenuationDbPerKm * totalLengthKm) / 20) * detectorEfficiency,
    darkCountProbability,
    misalignmentError,
  };
}
