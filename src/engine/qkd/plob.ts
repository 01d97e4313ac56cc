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
