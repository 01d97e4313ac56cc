import { greatCircleKm, type GeoLocation } from './geo-distance';

/** How far a fibre's length may stray from its expected route before the map offers to update it (×/÷). */
export const FIBRE_MISMATCH_FACTOR = 1.25;

/** The fibre length two located ends suggest: great-circle distance × the design's route factor (1 when unset), to 0.1 km. */
export function routedFibreKm(a: GeoLocation, b: GeoLocation, routeFactor = 1): number {
  return Math.round(greatCircleKm(a, b) * routeFactor * 10) / 10;
}

/** True when a fibre is longer or shorter than its expected route by more than FIBRE_MISMATCH_FACTOR. */
export function fibreMismatched(lengthKm: number, expectedKm: number): boolean {
  if (!(expectedKm > 0)) return false;
  const ratio = lengthKm / expectedKm;
  return ratio > FIBRE_MISMATCH_FACTOR || ratio < 1 / FIBRE_MISMATCH_FACTOR;
}
