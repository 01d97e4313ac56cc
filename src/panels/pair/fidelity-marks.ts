import { wernerKeyThresholdFidelity } from '../../engine/entanglement/entanglement-key-rate';

/** A labelled value on a gauge. */
export interface GaugeMark {
  value: number;
  label: string;
  /** What the drawing writes beside the mark. */
  short: string;
}

/** (1 + 3/√2)/4: a Werner pair's parameter w = (4F − 1)/3 reaches 1/√2, where its CHSH value 2√2·w reaches 2. */
export const WERNER_CHSH_FIDELITY = (1 + 3 / Math.SQRT2) / 4;

/**
 * Fidelity marks: above ½ a Bell-diagonal pair is entangled (Horodecki, PRA 54, 1838 (1996)); a Werner pair violates
 * CHSH above ≈ 0.78; and a Werner pair gives the request's entanglement-based key above the engine's threshold for
 * the request's error-correction efficiency f (wernerKeyThresholdFidelity).
 */
export function fidelityMarks(errorCorrectionEfficiency: number): GaugeMark[] {
  const key = wernerKeyThresholdFidelity(errorCorrectionEfficiency);
  const f = +errorCorrectionEfficiency.toFixed(3);
  return [
    { value: 0.5, label: 'Entangled above 0.5', short: 'entangled 0.5' },
    { value: WERNER_CHSH_FIDELITY, label: 'CHSH violation (Werner) above 0.78', short: 'CHSH (Werner) 0.78' },
    { value: key, label: `Key (Werner, f = ${f}) above ${key.toFixed(3)}`, short: `key (Werner) ${key.toFixed(2)}` },
  ];
}

/** CHSH marks: 2 is the local-realist limit, 2√2 Tsirelson's bound (a maximally entangled pair). */
export const CHSH_MARKS: readonly GaugeMark[] = [
  { value: 2, label: 'Local limit 2', short: 'local 2' },
  { value: 2 * Math.SQRT2, label: 'Tsirelson bound 2√2', short: '2√2' },
];
