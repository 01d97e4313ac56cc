import { describe, expect, it } from 'vitest';
import type { BellWeights, FidelityStage } from '../../engine/entanglement/delivered-pair';
import { fidelityMarks, CHSH_MARKS, WERNER_CHSH_FIDELITY } from './fidelity-marks';
import { wernerKeyThresholdFidelity } from '../../engine/entanglement/entanglement-key-rate';
import { heatMapColour, heatMapTextColour } from './heat-map-colour';
import { formatPairNumber, pairTableToCsv } from './pair-table';
import { bellTable, blochRows, blochTable, chshTable, correlationDiagonal, densityRows, fidelityTable } from './pair-tables';
import { waterfallRows, waterfallTable } from './waterfall-rows';
import { projectBloch } from './bloch-projection';

const PHI_PLUS: BellWeights = { phiPlus: 1, psiPlus: 0, psiMinus: 0, phiMinus: 0 };
/** Werner pair of parameter w: w|Φ⁺⟩⟨Φ⁺| + (1 − w) I/4. */
const werner = (w: number): BellWeights => ({ phiPlus: (1 + 3 * w) / 4, psiPlus: (1 - w) / 4, psiMinus: (1 - w) / 4, phiMinus: (1 - w) / 4 });
/** Element-wise equality to 12 decimals: the engine builds these from matrices, so exact zeros come out as ±1e-17. */
const expectClose = (actual: readonly number[], expected: readonly number[]) => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((v, i) => expect(v, `entry ${i}`).toBeCloseTo(expected[i]!, 12));
};
const valueOf = (rows: (string | number)[][], name: string) => rows.find((r) => r[0] === name)?.[1];

describe('the delivered pair as tables', () => {
  it('shows Φ⁺ as weights [1, 0, 0, 0], correlations diag(1, −1, 1), a density matrix with ½ in its corners and CHSH 2√2', () => {
    expect(bellTable(PHI_PLUS).rows).toEqual([['Φ⁺', 1], ['Ψ⁺', 0], ['Ψ⁻', 0], ['Φ⁻', 0]]);
    expectClose(correlationDiagonal(PHI_PLUS), [1, -1, 1]);
    expectClose(densityRows(PHI_PLUS).flat(), [0.5, 0, 0, 0.5, 0, 0, 0, 0, 0, 0, 0, 0, 0.5, 0, 0, 0.5]);
    expect(valueOf(chshTable(PHI_PLUS).rows, 'CHSH value (best settings)')).toBeCloseTo(2 * Math.SQRT2, 12);
    expect(valueOf(chshTable(PHI_PLUS).rows, 'Correlation ⟨σy⊗σy⟩')).toBeCloseTo(-1, 12);
    expect(valueOf(fidelityTable(1, PHI_PLUS, 1.22).rows, 'Concurrence')).toBeCloseTo(1, 12);
  });

  it('shows Ψ⁻ with a negative coherence between |01⟩ and |10⟩', () => {
    const rows = densityRows({ phiPlus: 0, psiPlus: 0, psiMinus: 1, phiMinus: 0 });
    expectClose(rows[1]!, [0, 0.5, -0.5, 0]);
    expectClose(rows[2]!, [0, -0.5, 0.5, 0]);
  });

  it('gives each end of Φ⁺ conditional Bloch vectors of length 1 along ±x, ∓y, ±z', () => {
    const rows = blochRows(PHI_PLUS);
    expectClose(rows.map((r) => r.length), [1, 1, 1, 1, 1, 1]);
    expectClose(rows.filter((r) => r.end === 'target').flatMap((r) => r.vector), [1, 0, 0, 0, -1, 0, 0, 0, 1]);
    expectClose(rows.filter((r) => r.end === 'source').flatMap((r) => r.vector), [1, 0, 0, 0, -1, 0, 0, 0, 1]);
  });

  it('shrinks a Werner pair of parameter w to Bloch vectors of length w and CHSH 2√2·w', () => {
    for (const w of [0.3, 0.71, 0.9]) {
      for (const row of blochRows(werner(w))) expect(row.length).toBeCloseTo(w, 12);
      expect(valueOf(chshTable(werner(w)).rows, 'CHSH value (best settings)')).toBeCloseTo(2 * Math.SQRT2 * w, 12);
      expect(valueOf(fidelityTable((1 + 3 * w) / 4, werner(w), 1.22).rows, 'Fidelity with Φ⁺')).toBe((1 + 3 * w) / 4);
    }
  });

  it('names the ends of the Bloch table by node name', () => {
    const table = blochTable(blochRows(PHI_PLUS), 'Alice', 'Bob');
    expect(table.rows[0]!.slice(0, 2)).toEqual(['Bob (given Alice)', 'x']);
    expect(table.rows[3]!.slice(0, 2)).toEqual(['Alice (given Bob)', 'x']);
  });
});

describe('gauge marks', () => {
  it('marks fidelity 0.5 (entangled), (1 + 3/√2)/4 ≈ 0.7803 (a Werner pair with w = 1/√2 reaches CHSH 2) and the key threshold', () => {
    const marks = fidelityMarks(1);
    expect(marks.map((m) => m.value).slice(0, 2)).toEqual([0.5, (1 + 3 / Math.SQRT2) / 4]);
    expect(WERNER_CHSH_FIDELITY).toBeCloseTo(0.78033, 5);
    const w = (4 * WERNER_CHSH_FIDELITY - 1) / 3;
    expect(2 * Math.SQRT2 * w).toBeCloseTo(2, 12);
    expect(CHSH_MARKS.map((m) => m.value)).toEqual([2, 2 * Math.SQRT2]);
  });

  it('puts the key mark at the engine\'s Werner key threshold for the request\'s f: ≈ 0.8350 at f = 1, higher at f = 1.22', () => {
    expect(fidelityMarks(1)[2]!.value).toBeCloseTo(0.835, 4);
    expect(fidelityMarks(1.22)[2]!.value).toBe(wernerKeyThresholdFidelity(1.22));
    expect(fidelityMarks(1.22)[2]!.label).toBe(`Key (Werner, f = 1.22) above ${wernerKeyThresholdFidelity(1.22).toFixed(3)}`);
    expect(fidelityMarks(1.22)[2]!.value).toBeGreaterThan(fidelityMarks(1)[2]!.value);
  });

  it('lists the key mark in the fidelity table twin', () => {
    const rows = fidelityTable(0.9, werner(0.8), 1).rows;
    expect(valueOf(rows, 'Mark: Key (Werner, f = 1) above 0.835')).toBeCloseTo(0.835, 4);
  });
});

describe('heat-map colour', () => {
  it('is white at 0, full blue at +½, full red at −½, and pale in between', () => {
    expect(heatMapColour(0)).toBe('rgb(255, 255, 255)');
    expect(heatMapColour(0.5)).toBe('rgb(33, 102, 172)');
    expect(heatMapColour(1)).toBe('rgb(33, 102, 172)');
    expect(heatMapColour(-0.5)).toBe('rgb(178, 24, 43)');
    expect(heatMapColour(0.25)).toBe('rgb(144, 179, 214)');
    expect(heatMapTextColour(0.5)).toBe('#ffffff');
    expect(heatMapTextColour(0.05)).toBe('#1d2330');
  });
});

describe('waterfall rows', () => {
  const stage = (kind: FidelityStage['kind'], from: string, to: string, fidelity: number, extra: Partial<FidelityStage> = {}): FidelityStage => ({
    kind, fromNodeId: from, toNodeId: to, atNodeId: null, round: null, fidelity, state: werner((4 * fidelity - 1) / 3), ...extra,
  });
  const names: Record<string, string> = { a: 'Alice', r: 'Repeater', b: 'Bob' };

  it('says what happened where, with node names, in the engine order', () => {
    const rows = waterfallRows(
      [
        stage('elementary-link', 'a', 'r', 0.9),
        stage('purification', 'a', 'r', 0.926, { round: 1 }),
        stage('wait', 'a', 'r', 0.925),
        stage('swap', 'a', 'b', 0.847, { atNodeId: 'r' }),
        stage('delivered', 'a', 'b', 0.847),
      ],
      (id) => names[id] ?? id,
    );
    expect(rows.map((r) => [r.step, r.pair, r.fidelity])).toEqual([
      ['Elementary link', 'Alice – Repeater', 0.9],
      ['Purification round 1', 'Alice – Repeater', 0.926],
      ['Wait in memory', 'Alice – Repeater', 0.925],
      ['Swap at Repeater', 'Alice – Bob', 0.847],
      ['Delivered', 'Alice – Bob', 0.847],
    ]);
    expect(waterfallTable(rows).rows[3]).toEqual(['Swap at Repeater', 'Alice – Bob', 0.847]);
  });
});

describe('CSV and numbers', () => {
  it('writes full precision, quotes cells with commas and leaves a missing number empty', () => {
    expect(pairTableToCsv({ caption: '', columns: ['Step', 'Fidelity'], rows: [['Swap at Graz, Austria', 0.123456789], ['Delivered', NaN]] }))
      .toBe('Step,Fidelity\n"Swap at Graz, Austria",0.123456789\nDelivered,\n');
  });

  it('rounds for reading to four decimals', () => {
    expect(formatPairNumber(0.79899870957)).toBe('0.799');
    expect(formatPairNumber(0.84694730)).toBe('0.8469');
    expect(formatPairNumber(NaN)).toBe('—');
    expect(formatPairNumber(-0.5)).toBe('-0.5');
  });
});

describe('Bloch projection', () => {
  it('draws +z straight up, keeps a unit vector inside the ball outline and tilts the equator', () => {
    const [right, down] = projectBloch([0, 0, 1], 40);
    expect(right).toBeCloseTo(0, 12);
    expect(down).toBeCloseTo(-40 * Math.cos((5 * Math.PI) / 36), 12);
    for (const v of [[1, 0, 0], [0, 1, 0], [0, -1, 0]] as const) expect(Math.hypot(...projectBloch(v, 40))).toBeLessThanOrEqual(40 + 1e-9);
    expect(projectBloch([1, 0, 0], 40)[1]).not.toBeCloseTo(0, 3);
    // x and y both stay readable: neither is foreshortened below 70 % of the radius.
    for (const v of [[1, 0, 0], [0, 1, 0]] as const) expect(Math.hypot(...projectBloch(v, 40))).toBeGreaterThan(28);
  });
});
