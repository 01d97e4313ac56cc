/**
 * Repeaterless secret-key capacity of a pure-loss channel, −log2(1−η) bits per use:
 * Pirandola, Laurenza, Ottaviani, Banchi, Nat. Commun. 8, 15043 (2017), Eq. (19).
 * log1p keeps full precision when η is tiny (hundreds of dB of loss).
 */
export function plobBitsPerChannelUse(transmittance: number): number {
  if (transmittance <= 0) return 0;
  if (transmittance >= 1) return Infinity;
  return -Math.log1p(-transmittance) / Math.LN2;
}

/** PLOB in bits per second for a given number of channel uses (pulses, modes) per second. */
export function plobBitsPerSecond(transmittance: number, channelUsesPerSecond: number): number {
  return plobBitsPerChannelUse(transmittance) * channelUsesPerSecond;
}

/** PLOB straight from a loss in dB, without forming 1 − η first: η = 10^(−dB/10). */
export function plobBitsPerChannelUseFromLossDb(lossDb: number): number {
  if (lossDb <= 0) return Infinity;
  return plobBitsPerChannelUse(Math.pow(10, -lossDb / 10));
}
