import { plobBitsPerChannelUse } from './plob';

/**
 * Takeoka–Guha–Wilde bound on key per use of a pure-loss channel, log2((1+η)/(1−η)):
 * Takeoka, Guha, Wilde, Nat. Commun. 5, 5235 (2014). log1p keeps precision when η is tiny.
 */
export function tgwBitsPerChannelUse(transmittance: number): number {
  if (transmittance <= 0) return 0;
  if (transmittance >= 1) return Infinity;
  return (Math.log1p(transmittance) - Math.log1p(-transmittance)) / Math.LN2;
}

/** The TGW bound for the channel uses per second that gave `plobBitsPerSecond` at this transmittance (both bounds count the same uses). */
export function tgwBitsPerSecondFromPlob(plobBitsPerSecond: number, transmittance: number): number {
  if (plobBitsPerSecond === 0 || transmittance <= 0) return 0;
  if (transmittance >= 1) return Infinity;
  return (plobBitsPerSecond * tgwBitsPerChannelUse(transmittance)) / plobBitsPerChannelUse(transmittance);
}
