import { describe, expect, it } from 'vitest';
import { wernerState } from './bell-diagonal';
import {
  bellDiagonalFromWeights, bellWeights, chshValueOf, concurrenceOf, conditionalBlochVectorsOf, correlationMatrixOf, densityMatrixOf, visibilitiesOf, type BellWeights,
} from './delivered-pair';

const phiPlus: BellWeights = { phiPlus: 1, psiPlus: 0, psiMinus: 0, phiMinus: 0 };
const length = (v: readonly number[]) => Math.hypot(...v);

describe('delivered-pair measures from the Bell weights', () => {
  it('names the weights: the engine order [Φ+, Ψ+, Φ−, Ψ−] maps to Φ⁺, Ψ⁺, Ψ⁻, Φ⁻ and back', () => {
    const w = bellWeights([0.7, 0.1, 0.15, 0.05]);
    expect(w).toEqual({ phiPlus: 0.7, psiPlus: 0.1, phiMinus: 0.15, psiMinus: 0.05 });
    expect(bellDiagonalFromWeights(w)).toEqual([0.7, 0.1, 0.15, 0.05]);
  });

  it('Φ⁺: ρ = ½(|00>+|11>)(<00|+<11|), correlations diag(1, −1, 1), CHSH 2√2, conditional Bloch vectors of length 1', () => {
    const rho = densityMatrixOf(phiPlus);
    const expected = [0.5, 0, 0, 0.5, 0, 0, 0, 0, 0, 0, 0, 0, 0.5, 0, 0, 0.5];
    for (let i = 0; i < 16; i++) {
      expect(rho.re[i]).toBeCloseTo(expected[i]!, 14);
      expect(rho.im[i]).toBeCloseTo(0, 14);
    }
    const t = correlationMatrixOf(phiPlus);
    const diag = [1, 0, 0, 0, -1, 0, 0, 0, 1];
    for (let i = 0; i < 9; i++) expect(t[i]).toBeCloseTo(diag[i]!, 14);
    expect(chshValueOf(phiPlus)).toBeCloseTo(2 * Math.SQRT2, 12);
    expect(concurrenceOf(phiPlus)).toBeCloseTo(1, 10);
    const bloch = conditionalBlochVectorsOf(phiPlus);
    for (const v of [...bloch.bobGivenAlicePlus, ...bloch.aliceGivenBobPlus]) expect(length(v)).toBeCloseTo(1, 14);
    // Alice finds +1 along y: Bob's qubit points along −y (Φ⁺ anti-correlates in y).
    expect(bloch.bobGivenAlicePlus[1]).toEqual([0, -1, 0].map((x) => expect.closeTo(x, 14)));
  });

  it.each([1, 0.8, 0.5, 1 / Math.SQRT2, 0.2])('Werner state of parameter w = %f: conditional Bloch lengths w, visibility w, CHSH 2√2·w', (w) => {
    const weights = bellWeights(wernerState((1 + 3 * w) / 4));
    const bloch = conditionalBlochVectorsOf(weights);
    for (const v of [...bloch.bobGivenAlicePlus, ...bloch.aliceGivenBobPlus]) expect(length(v)).toBeCloseTo(w, 12);
    const vis = visibilitiesOf(weights);
    for (const v of [vis.x, vis.y, vis.z]) expect(v).toBeCloseTo(w, 12);
    expect(chshValueOf(weights)).toBeCloseTo(2 * Math.SQRT2 * w, 10);
    // Werner states are entangled exactly when w > 1/3 (C = (3w − 1)/2).
    expect(concurrenceOf(weights)).toBeCloseTo(Math.max(0, (3 * w - 1) / 2), 8);
  });

  it('pure dephasing (Φ⁺ and Φ⁻ only) keeps the z correlation at 1 and shrinks x and y to F − (1 − F)', () => {
    const weights: BellWeights = { phiPlus: 0.9, psiPlus: 0, psiMinus: 0, phiMinus: 0.1 };
    const t = correlationMatrixOf(weights);
    expect(t[8]).toBeCloseTo(1, 14);
    expect(t[0]).toBeCloseTo(0.8, 14);
    expect(t[4]).toBeCloseTo(-0.8, 14);
    expect(chshValueOf(weights)).toBeCloseTo(2 * Math.sqrt(1 + 0.64), 12);
  });
});
