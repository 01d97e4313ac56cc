import { fiberLossDb, transmittanceFromLossDb, type FiberParams } from '../channels/fiber';
import { plobBitsPerChannelUse } from '../qkd/plob';

// Baseline without repeaters: one photon of each pair (or a single photon) crosses the whole fiber.

export interface DirectTransmissionParams {
  fiber: FiberParams;
  /** Pairs (or pulses) sent per second. */
  repetitionRateHz: number;
  detectorEfficiency: number;
  /** Fidelity of the pair when its photon arrives (source and channel noise), Werner-like. */
  sourceFidelity: number;
  /** Probability of a click with no photon per detection gate; such clicks carry a random (I/4) state. */
  darkCountProbability: number;
}

export interface DirectTransmissionResult {
  channelTransmittance: number;
  /** Pairs delivered per second: rate · η_channel · η_det (plus dark clicks). */
  pairsPerSecond: number;
  /** Fidelity of the delivered (clicked) pairs with |Φ+>. */
  fidelity: number;
  /** PLOB capacity −log2(1−η) per use (Pirandola et al., Nat. Commun. 8, 15043 (2017)) and per second at the same rate. */
  plobBitsPerChannelUse: number;
  plobBitsPerSecond: number;
}

export function directTransmission(params: DirectTransmissionParams): DirectTransmissionResult {
  const channelTransmittance = transmittanceFromLossDb(fiberLossDb(params.fiber));
  const signal = channelTransmittance * params.detectorEfficiency;
  const dark = params.darkCountProbability * (1 - signal);
  const click = signal + dark;
  const fidelity = click > 0 ? (signal * params.sourceFidelity + dark * 0.25) / click : params.sourceFidelity;
  const plob = plobBitsPerChannelUse(channelTransmittance);
  return {
    channelTransmittance,
    pairsPerSecond: params.repetitionRateHz * click,
    fidelity,
    plobBitsPerChannelUse: plob,
    plobBitsPerSecond: params.repetitionRateHz * plob,
  };
}
