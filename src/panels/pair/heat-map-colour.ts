/** Entries of a two-qubit density matrix are at most 1 and at most ½ off the diagonal; ½ is full colour. */
export const FULL_COLOUR_MAGNITUDE = 0.5;

const WHITE = [255, 255, 255] as const;
/** ColorBrewer RdBu ends: blue for positive, red for negative, readable by red–green colour-blind viewers. */
const POSITIVE = [33, 102, 172] as const;
const NEGATIVE = [178, 24, 43] as const;

/** Fill of a real matrix entry: white at 0, blue for positive and red for negative, deeper with |value|. */
export function heatMapColour(value: number): string {
  const t = Math.min(1, Math.abs(value) / FULL_COLOUR_MAGNITUDE);
  const end = value < 0 ? NEGATIVE : POSITIVE;
  const [r, g, b] = WHITE.map((w, i) => Math.round(w + (end[i]! - w) * t));
  return `rgb(${r}, ${g}, ${b})`;
}

/** Text on a cell: white once the fill is dark enough to keep 4.5:1 contrast, dark text otherwise. */
export function heatMapTextColour(value: number): string {
  return Math.abs(value) / FULL_COLOUR_MAGNITUDE >= 0.55 ? '#ffffff' : '#1d2330';
}
