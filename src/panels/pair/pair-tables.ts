import {
  chshValueOf, concurrenceOf, conditionalBlochVectorsOf, correlationMatrixOf, densityMatrixOf, type BellWeights,
} from '../../engine/entanglement/delivered-pair';
import { CHSH_MARKS, fidelityMarks } from './fidelity-marks';
import type { PairTable } from './pair-table';

/** The four Bell states in the order the view draws them. */
export const BELL_STATES = [
  { key: 'phiPlus', label: 'Φ⁺' },
  { key: 'psiPlus', label: 'Ψ⁺' },
  { key: 'psiMinus', label: 'Ψ⁻' },
  { key: 'phiMinus', label: 'Φ⁻' },
] as const satisfies readonly { key: keyof BellWeights; label: string }[];

export const BASIS_LABELS = ['|00⟩', '|01⟩', '|10⟩', '|11⟩'] as const;
export const AXES = ['x', 'y', 'z'] as const;

export function bellTable(w: BellWeights): PairTable {
  return { caption: 'Weight of each Bell state in the delivered pair', columns: ['Bell state', 'Weight'], rows: BELL_STATES.map((s) => [s.label, w[s.key]]) };
}

/** The density matrix's real parts, row by row (a Bell-diagonal state has no imaginary parts). */
export function densityRows(w: BellWeights): number[][] {
  const { re } = densityMatrixOf(w);
  return [0, 1, 2, 3].map((i) => [0, 1, 2, 3].map((j) => re[4 * i + j]!));
}

export function densityTable(w: BellWeights): PairTable {
  return {
    caption: 'Density matrix of the delivered pair (real; rows ⟨i|, columns |j⟩)',
    columns: ['Row', ...BASIS_LABELS],
    rows: densityRows(w).map((row, i) => [BASIS_LABELS[i]!, ...row]),
  };
}

/** Diagonal of the correlation matrix T (⟨σx⊗σx⟩, ⟨σy⊗σy⟩, ⟨σz⊗σz⟩): the rest is zero for Bell-diagonal states. */
export function correlationDiagonal(w: BellWeights): [number, number, number] {
  const t = correlationMatrixOf(w);
  return [t[0]!, t[4]!, t[8]!];
}

export function fidelityTable(fidelity: number, w: BellWeights, errorCorrectionEfficiency: number): PairTable {
  return {
    caption: 'Fidelity of the delivered pair with Φ⁺, and the marks on its gauge',
    columns: ['Quantity', 'Value'],
    rows: [['Fidelity with Φ⁺', fidelity], ...fidelityMarks(errorCorrectionEfficiency).map((m): [string, number] => [`Mark: ${m.label}`, m.value]), ['Concurrence', concurrenceOf(w)]],
  };
}

export function chshTable(w: BellWeights): PairTable {
  const [x, y, z] = correlationDiagonal(w);
  return {
    caption: 'Largest CHSH value of the delivered pair against the local limit and Tsirelson\'s bound, and its correlations',
    columns: ['Quantity', 'Value'],
    rows: [
      ['CHSH value (best settings)', chshValueOf(w)],
      ...CHSH_MARKS.map((m): [string, number] => [`Mark: ${m.label}`, m.value]),
      ['Correlation ⟨σx⊗σx⟩', x], ['Correlation ⟨σy⊗σy⟩', y], ['Correlation ⟨σz⊗σz⟩', z],
    ],
  };
}

export interface BlochRow {
  /** Whose qubit the vector describes (the request's source or target) once the other end measured +1 along `axis`. */
  end: 'source' | 'target';
  axis: (typeof AXES)[number];
  vector: [number, number, number];
  length: number;
}

/** Each end's Bloch vector after the other end measures +1 along x, y and z (the steering picture). */
export function blochRows(w: BellWeights): BlochRow[] {
  const { bobGivenAlicePlus, aliceGivenBobPlus } = conditionalBlochVectorsOf(w);
  const row = (end: BlochRow['end'], vectors: [number, number, number][]) =>
    vectors.map((vector, i): BlochRow => ({ end, axis: AXES[i]!, vector, length: Math.hypot(...vector) }));
  return [...row('target', bobGivenAlicePlus), ...row('source', aliceGivenBobPlus)];
}

export function blochTable(rows: readonly BlochRow[], sourceName: string, targetName: string): PairTable {
  const name = (end: BlochRow['end']) => (end === 'target' ? targetName : sourceName);
  const other = (end: BlochRow['end']) => (end === 'target' ? sourceName : targetName);
  return {
    caption: 'Bloch vector of each end after the other end measures +1',
    columns: ['Qubit', 'Other end measured +1 along', 'x', 'y', 'z', 'Length'],
    rows: rows.map((r) => [`${name(r.end)} (given ${other(r.end)})`, r.axis, ...r.vector, r.length]),
  };
}
