/** A labelled value on a gauge. */
export interface GaugeMark {
  value: number;
  label: string;
  /** What the drawing writes beside the mark. */
  short: string;
}

/**
 * Fidelity marks: above ½ a Bell-diagonal pair is entangled (Horodecki, PRA 54, 1838 (1996)); a Werner pair violates
 * CHSH above (1 + 3/√2)/4 ≈ 0.78, where its parameter w = (4F − 1)/3 exceeds 1/√2. The key threshold (where the
 * request's entanglement-based key reaches zero) is left out: the engine does not report it.
 */
export const FIDELITY_MARKS: readonly GaugeMark[] = [
  { value: 0.5, label: 'Entangled above 0.5', short: 'entangled 0.5' },
  { value: (1 + 3 / Math.SQRT2) / 4, label: 'CHSH violation (Werner) above 0.78', short: 'CHSH (Werner) 0.78' },
];

/** CHSH marks: 2 is the local-realist limit, 2√2 Tsirelson's bound (a maximally entangled pair). */
export const CHSH_MARKS: readonly GaugeMark[] = [
  { value: 2, label: 'Local limit 2', short: 'local 2' },
  { value: 2 * Math.SQRT2, label: 'Tsirelson bound 2√2', short: '2√2' },
];
