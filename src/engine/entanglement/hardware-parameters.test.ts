import { describe, expect, it } from 'vitest';
import { bellDiagonalOf, bellDiagonalToDensity, wernerState } from './bell-diagonal';
import { decohereDensityMatrix, decoherePair, storedBellPairFidelity } from './memory';
import { purify } from './purification';
import { repeaterChainAnalytic } from './repeater-chain';
import { simulateRepeaterChain, type ChainNodeParams, type PurificationPlan, type RepeaterChainParams } from './repeater-chain-mc';
import { idealNode } from './testing/chain-nodes';

// The constants that used to be fixed (memory noise, purification rounds and noise, pumping) are parameters now;
// each is checked against a closed form or an exact density-matrix calculation.

describe('T1/T2 memory noise on a Bell-diagonal pair', () => {
  it.each([
    [1, 0.5],
    [2, 1],
    [10, 0.3],
  ])('T1 = %f s, T2 = %f s: one memory decaying gives exactly the Bell-diagonal part of the amplitude-damping + dephasing Kraus map; both, to second order in γ', (t1, t2) => {
    const start = wernerState(0.9);
    const memory = { coherenceTimeSeconds: t2, noiseModel: 't1-t2' as const, t1Seconds: t1 };
    for (const t of [0.05, 0.4, 2]) {
      const one = bellDiagonalOf(decohereDensityMatrix(bellDiagonalToDensity(start), t, 0, t1, t2));
      const modelOne = decoherePair(start, t, 0, memory);
      for (let k = 0; k < 4; k++) expect(modelOne[k]).toBeCloseTo(one[k]!, 12);
      // Both decay: the first memory's output is no longer Bell-diagonal, so twirling each channel is an approximation
      // whose error is of order γ_A·γ_B (γ = 1 − e^{−t/T1}, the part not removed by twirling).
      const both = bellDiagonalOf(decohereDensityMatrix(decohereDensityMatrix(bellDiagonalToDensity(start), t, 0, t1, t2), 0.7 * t, 1, t1, t2));
      const model = decoherePair(start, t, 0.7 * t, memory);
      const gammaProduct = -Math.expm1(-t / t1) * -Math.expm1((-0.7 * t) / t1);
      for (let k = 0; k < 4; k++) expect(Math.abs(model[k]! - both[k]!)).toBeLessThanOrEqual(gammaProduct / 4 + 1e-12);
    }
  });

  it('T1 → ∞ reduces to pure dephasing: F = (1 + e^{−2t/T2})/2 for a stored |Φ+>', () => {
    const memory = { coherenceTimeSeconds: 0.5, noiseModel: 't1-t2' as const, t1Seconds: Infinity };
    for (const t of [0.01, 0.3, 3]) {
      expect(storedBellPairFidelity(t, memory)).toBeCloseTo((1 + Math.exp((-2 * t) / 0.5)) / 2, 14);
      expect(decoherePair([1, 0, 0, 0], t, t, memory)[0]).toBeCloseTo((1 + Math.exp((-2 * t) / 0.5)) / 2, 14);
    }
  });

  it('refuses T2 > 2·T1, which no physical qubit allows', () => {
    expect(() => decoherePair([1, 0, 0, 0], 1, 1, { coherenceTimeSeconds: 3, noiseModel: 't1-t2', t1Seconds: 1 })).toThrow(/T2 must not exceed 2·T1/);
  });
});

const node = (overrides: Partial<ChainNodeParams> = {}): ChainNodeParams => idealNode(0.85, overrides);

function twoSegments(purification: PurificationPlan | null): RepeaterChainParams {
  const fiber = { lengthKm: 10, attenuationDbPerKm: 0.2, insertionLossDb: 0, groupIndex: 1.468 };
  return { segments: [fiber, fiber], nodes: [node(), node(), node()], scheme: 'two-click', brightStatePopulation: 0.1, purification };
}

describe('purification rounds, strategies and levels', () => {
  const noise = { gateFidelity: 0.99, measurementFidelity: 0.98 };

  it('pumping: round r purifies the r − 1 pair with a fresh one; every delivered pair has that closed-form state and costs fewer links than recurrence', () => {
    const fresh = wernerState(0.85);
    let pumped = fresh;
    for (let r = 0; r < 3; r++) pumped = purify('dejmps', pumped, fresh, noise).state;
    let recurred = fresh;
    for (let r = 0; r < 3; r++) recurred = purify('dejmps', recurred, recurred, noise).state;
    const swapOf = (s: readonly number[]) => {
      // Ideal swap of two equal Bell-diagonal pairs: XOR convolution.
      const out = [0, 0, 0, 0];
      for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) out[i ^ j]! += s[i]! * s[j]!;
      return out;
    };
    const pumping = twoSegments({ protocol: 'dejmps', strategy: 'pumping', roundsPerLevel: [3], noise });
    const recurrence = twoSegments({ protocol: 'dejmps', strategy: 'recurrence', roundsPerLevel: [3], noise });
    const a = simulateRepeaterChain(pumping, { trials: 300, seed: 4 });
    const b = simulateRepeaterChain(recurrence, { trials: 300, seed: 4 });
    for (const f of a.fidelity) expect(f).toBeCloseTo(swapOf(pumped)[0]!, 12);
    for (const f of b.fidelity) expect(f).toBeCloseTo(swapOf(recurred)[0]!, 12);
    expect(repeaterChainAnalytic(pumping).noWaitingState[0]).toBeCloseTo(swapOf(pumped)[0]!, 12);
    expect(a.meanElementaryLinksPerDelivery).toBeLessThan(b.meanElementaryLinksPerDelivery);
  });

  it('measurement fidelity below 1 lowers the purified fidelity (Dür et al. 1999 misread parity)', () => {
    const perfect = purify('dejmps', wernerState(0.85), wernerState(0.85), { gateFidelity: 1, measurementFidelity: 1 }).state[0];
    const misread = purify('dejmps', wernerState(0.85), wernerState(0.85), { gateFidelity: 1, measurementFidelity: 0.95 }).state[0];
    expect(misread).toBeLessThan(perfect);
  });

  it('purifying every level also purifies the swapped pair: one round after the swap equals purify(swap, swap)', () => {
    const plan: PurificationPlan = { protocol: 'dejmps', roundsPerLevel: [0, 1], noise: { gateFidelity: 1, measurementFidelity: 1 } };
    const params = twoSegments(plan);
    const swapped = twoSegments(null);
    const before = repeaterChainAnalytic(swapped).noWaitingState;
    const expected = purify('dejmps', before, before).state[0];
    const samples = simulateRepeaterChain(params, { trials: 200, seed: 8 });
    for (const f of samples.fidelity) expect(f).toBeCloseTo(expected, 12);
  });
});
