import type { FadingNode } from '../channels/scintillation';
import { bb84Decoy, noKeyAtAnyIntensity, type Bb84Link, type Bb84Protocol, type Bb84Result } from './bb84-decoy';
import { maximizeOnLogScale } from './maximize-scalar';

/** Largest μ searched, as for a steady channel (bb84-decoy.ts). */
const MAX_SIGNAL_MEAN_PHOTON_NUMBER = 1.5;

/**
 * Decoy BB84 over a fading channel at one μ: key, gain and single-photon detections averaged over the probability
 * distribution of transmittance, R̄ = ∫ R(η) P(η) dη, each state keeping its own non-negative key (Liorni, Kampermann
 * & Bruß, NJP 21, 093055 (2019)); this assumes key is distilled per transmittance state, as when the receiver sorts
 * detections by the received power. QBERs are detection-weighted means. One node with factor 1 is exactly bb84Decoy.
 */
export function fadingBb84Decoy(link: Bb84Link, protocol: Bb84Protocol, fading: readonly FadingNode[], mu: number): Bb84Result {
  if (fading.length === 1 && fading[0]!.factor === 1) return bb84Decoy(link, protocol, mu);
  let key = 0;
  let gain = 0;
  let errors = 0;
  let singleGain = 0;
  let singleErrors = 0;
  for (const { factor, weight } of fading) {
    const r = bb84Decoy({ ...link, channelTransmittance: Math.min(1, link.channelTransmittance * factor) }, protocol, mu);
    key += weight * r.keyBitsPerPulse;
    gain += weight * r.gain;
    errors += weight * r.gain * r.qber;
    singleGain += weight * r.singlePhotonGain;
    singleErrors += weight * r.singlePhotonGain * r.singlePhotonError;
  }
  const steady = bb84Decoy(link, protocol, mu);
  return {
    signalMeanPhotonNumber: mu,
    gain,
    qber: gain > 0 ? errors / gain : steady.qber,
    singlePhotonGain: singleGain,
    singlePhotonError: singleGain > 0 ? singleErrors / singleGain : steady.singlePhotonError,
    keyBitsPerPulse: key,
    noKeyReason: key > 0 ? null : steady.noKeyReason,
  };
}

/** The μ that maximises the fading-averaged key (the parties cannot follow the turbulence, so one μ for the pass). */
export function optimalFadingBb84Decoy(link: Bb84Link, protocol: Bb84Protocol, fading: readonly FadingNode[]): Bb84Result {
  const lowest = protocol.decoyMethod === 'vacuum-weak' ? protocol.weakDecoyMeanPhotonNumber * 1.0001 : 1e-4;
  if (lowest >= MAX_SIGNAL_MEAN_PHOTON_NUMBER) return fadingBb84Decoy(link, protocol, fading, MAX_SIGNAL_MEAN_PHOTON_NUMBER);
  const best = maximizeOnLogScale((mu) => fadingBb84Decoy(link, protocol, fading, mu).keyBitsPerPulse, lowest, MAX_SIGNAL_MEAN_PHOTON_NUMBER);
  if (!(best.value > 0)) return noKeyAtAnyIntensity(link, protocol);
  return fadingBb84Decoy(link, protocol, fading, best.argument);
}
