/** Points per curve: smooth on a 400-pixel chart, and cheap for the engine. */
const STEPS = 60;

/**
 * Lengths to sweep: 0 … 300 km (further when the link is longer), evenly spaced, with the link's own length included
 * so the chart can mark it. Zero is left out: a lossless link has an infinite PLOB bound.
 */
export function distanceLengths(currentKm: number, minMaxKm = 300): number[] {
  const maxKm = Math.max(minMaxKm, Math.ceil((currentKm * 1.25) / 50) * 50);
  const lengths = Array.from({ length: STEPS }, (_, i) => (maxKm * (i + 1)) / STEPS);
  if (currentKm > 0 && !lengths.includes(currentKm)) lengths.push(currentKm);
  return lengths.sort((a, b) => a - b);
}
