import { describe, it, expect } from 'vitest';
import { wernerState, type BellDiagonal } from './bell-diagonal';
import { directTransmission } from './direct-transmission';
import { elementaryLink, type ElementaryLinkParams } from './elementary-link';
import { bbm92ErrorRates, entanglementKeyFraction, wernerKeyThresholdFidelity } from './entanglement-key-rate';
import { bbpsswWernerClosedForm, purifyBbpssw, purifyDejmps } from './purification';
import { swapBellDiagonal, swapWernerFidelity } from './swapping';
import { binaryEntropy } from '../qkd/entropy';
import { SPEED_OF_LIGHT_KM_PER_S } from '../constants';

const close = (a: number, b: number, digits = 12) => expect(a).toBeCloseTo(b, digits);

describe('entanglement swapping', () => {
  it.each([
    [0.9, 0.9],
    [0.95, 0.8],
    [0.6, 0.99],
    [0.25, 0.7],
  ])('Werner %f ⊗ %f: F′ = F1F2 + (1−F1)(1−F2)/3', (f1, f2) => {
    const out = swapBellDiagonal(wernerState(f1), wernerState(f2));
    close(out[0], swapWernerFidelity(f1, f2));
    close(out[0], f1 * f2 + ((1 - f1) * (1 - f2)) / 3);
    // Swapping Werner states gives a Werner state: w′ = w1·w2.
    close(out[1], out[2]);
    close(out[2], out[3]);
  });

  it('Pauli errors compose: Ψ+ ⊗ Φ− gives Ψ−', () => {
    const out = swapBellDiagonal([0, 1, 0, 0], [0, 0, 1, 0]);
    expect(out).toEqual([0, 0, 0, 1]);
  });

  it('Dür et al. noise on perfect pairs: measurement error gives F = η², gate depolarizing gives p2 + (1−p2)/4', () => {
    close(swapBellDiagonal(wernerState(1), wernerState(1), { gateFidelity: 1, measurementFidelity: 0.97 })[0], 0.97 ** 2);
    close(swapBellDiagonal(wernerState(1), wernerState(1), { gateFidelity: 0.98, measurementFidelity: 1 })[0], 0.98 + 0.02 / 4);
  });
});

describe('purification', () => {
  it('BBPSSW on Werner F = 0.7: p = 0.68, F′ = 0.5/0.68 (Bennett et al. 1996)', () => {
    const closed = bbpsswWernerClosedForm(0.7);
    close(closed.successProbability, 0.68);
    close(closed.fidelity, 0.5 / 0.68);
    const general = purifyBbpssw(wernerState(0.7), wernerState(0.7));
    close(general.successProbability, 0.68);
    close(general.state[0], 0.5 / 0.68);
  });

  it('BBPSSW: F = ½ is a fixed point, F > ½ improves, F < ½ does not', () => {
    close(bbpsswWernerClosedForm(0.5).fidelity, 0.5);
    expect(bbpsswWernerClosedForm(0.6).fidelity).toBeGreaterThan(0.6);
    expect(bbpsswWernerClosedForm(0.45).fidelity).toBeLessThan(0.45);
  });

  it('BBPSSW closed form for all F in (½, 1)', () => {
    for (let f = 0.51; f < 1; f += 0.05) {
      const r = (1 - f) / 3;
      const p = f * f + (2 * f * (1 - f)) / 3 + 5 * r * r;
      const out = purifyBbpssw(wernerState(f), wernerState(f));
      close(out.successProbability, p);
      close(out.state[0], (f * f + r * r) / p);
    }
  });

  it('DEJMPS matches the Deutsch et al. (1996) map A′ = (A²+B²)/N, B′ = 2CD/N, C′ = (C²+D²)/N, D′ = 2AB/N', () => {
    // Deutsch et al. label A = Φ+, B = Ψ−, C = Ψ+, D = Φ−; our order is [Φ+, Ψ+, Φ−, Ψ−].
    const inputs: BellDiagonal[] = [wernerState(0.7), [0.8, 0.1, 0.07, 0.03], [0.6, 0.05, 0.3, 0.05]];
    for (const s of inputs) {
      const [A, C, D, B] = s;
      const n = (A + B) ** 2 + (C + D) ** 2;
      const out = purifyDejmps(s, s);
      close(out.successProbability, n);
      close(out.state[0], (A * A + B * B) / n);
      close(out.state[3], (2 * C * D) / n);
      close(out.state[1], (C * C + D * D) / n);
      close(out.state[2], (2 * A * B) / n);
    }
  });

  it('DEJMPS converges faster than BBPSSW from Werner F = 0.7 (Deutsch et al. 1996)', () => {
    let dejmps: BellDiagonal = wernerState(0.7);
    let bbpssw: BellDiagonal = wernerState(0.7);
    for (let round = 0; round < 3; round++) {
      dejmps = purifyDejmps(dejmps, dejmps).state;
      bbpssw = purifyBbpssw(bbpssw, bbpssw).state;
    }
    expect(dejmps[0]).toBeGreaterThan(bbpssw[0]);
  });

  it('noisy purification of perfect pairs: measurement error only loses pairs, gate noise adds I/16', () => {
    const eta = 0.95;
    const measured = purifyDejmps(wernerState(1), wernerState(1), { gateFidelity: 1, measurementFidelity: eta });
    close(measured.successProbability, 1 - 2 * eta * (1 - eta));
    close(measured.state[0], 1);
    const p2 = 0.97;
    const gated = purifyDejmps(wernerState(1), wernerState(1), { gateFidelity: p2, measurementFidelity: 1 });
    const ideal = p2 * p2;
    close(gated.successProbability, ideal + (1 - ideal) / 2);
    close(gated.state[0], (ideal + (1 - ideal) / 8) / (ideal + (1 - ideal) / 2));
  });
});

describe('heralded elementary links', () => {
  const end = { detectorEfficiency: 0.8, memoryEfficiency: 0.9, initialFidelity: 0.98, maxAttemptRateHz: Infinity };
  const base: ElementaryLinkParams = {
    fiber: { lengthKm: 50, attenuationDbPerKm: 0.2, insertionLossDb: 0, groupIndex: 1.468 },
    scheme: 'two-click',
    brightStatePopulation: 0.1,
    endA: end,
    endB: end,
  };
  const oneWaySeconds = (50 * 1.468) / SPEED_OF_LIGHT_KM_PER_S;

  it('two-click (Barrett–Kok): p = ½(η_m·10^{−αL/20}·η_d)², herald after L·n_g/c', () => {
    const link = elementaryLink(base);
    const arm = 0.9 * Math.pow(10, -0.5) * 0.8;
    close(link.successProbabilityPerAttempt, 0.5 * arm * arm);
    close(link.attemptPeriodSeconds, oneWaySeconds);
    close(link.heraldDelaySeconds, oneWaySeconds);
    close(link.state[0], 0.98);
  });

  it('single-click: p = 1 − (1 − αη)², F = 2(1−α)/(2 − αη) → 1 − α at high loss', () => {
    const link = elementaryLink({ ...base, scheme: 'single-click' });
    const arm = 0.9 * Math.pow(10, -0.5) * 0.8;
    close(link.successProbabilityPerAttempt, 1 - (1 - 0.1 * arm) ** 2);
    close(link.state[0], (2 * 0.9) / (2 - 0.1 * arm));
    const far = elementaryLink({ ...base, scheme: 'single-click', fiber: { ...base.fiber, lengthKm: 400 } });
    close(far.state[0], 0.9, 5);
  });

  it('node-source: p = η_m·10^{−αL/10}·η_d, round-trip signalling 2L·n_g/c', () => {
    const link = elementaryLink({ ...base, scheme: 'node-source' });
    close(link.successProbabilityPerAttempt, 0.9 * 0.1 * 0.8);
    close(link.attemptPeriodSeconds, 2 * oneWaySeconds);
    close(link.storageAtHeraldSecondsA, 2 * oneWaySeconds);
    close(link.storageAtHeraldSecondsB, oneWaySeconds);
  });

  it('a hardware repetition limit slower than signalling sets the attempt period', () => {
    close(elementaryLink({ ...base, endB: { ...end, maxAttemptRateHz: 100 } }).attemptPeriodSeconds, 0.01);
  });

  it('unequal ends: two-click p = ½η_Aη_B, node-source uses the emitter\'s memory and the receiver\'s detector', () => {
    const t = Math.pow(10, -0.5);
    const weak = { ...end, memoryEfficiency: 0.5, detectorEfficiency: 0.4 };
    close(elementaryLink({ ...base, endB: weak }).successProbabilityPerAttempt, 0.5 * (0.9 * t * 0.8) * (0.5 * t * 0.4));
    close(elementaryLink({ ...base, scheme: 'node-source', endB: weak }).successProbabilityPerAttempt, 0.9 * 0.1 * 0.4);
    close(elementaryLink({ ...base, scheme: 'node-source', endA: weak }).successProbabilityPerAttempt, 0.5 * 0.1 * 0.8);
  });

  it('unequal ends: pair Werner parameter √(w_A·w_B), the same both ways round', () => {
    const w = (f: number) => (4 * f - 1) / 3;
    const state = elementaryLink({ ...base, endB: { ...end, initialFidelity: 0.8 } }).state;
    close(state[0], (1 + 3 * Math.sqrt(w(0.98) * w(0.8))) / 4);
    close(elementaryLink({ ...base, endA: { ...end, initialFidelity: 0.8 } }).state[0], state[0]);
  });

  it('single-click with unequal arms: p = 1 − (1−αη_A)(1−αη_B), the imbalance goes to Φ−, weights sum to 1', () => {
    const weak = { ...end, detectorEfficiency: 0.2 };
    const link = elementaryLink({ ...base, scheme: 'single-click', endB: weak });
    const t = Math.pow(10, -0.5);
    const a = 0.9 * t * 0.8;
    const b = 0.9 * t * 0.2;
    close(link.successProbabilityPerAttempt, 1 - (1 - 0.1 * a) * (1 - 0.1 * b));
    close(link.state[0] + link.state[1] + link.state[2] + link.state[3], 1);
    const good = 0.1 * 0.9 * (a + b);
    close(link.state[2], (good * (Math.sqrt(a) - Math.sqrt(b)) ** 2) / (2 * (a + b)) / link.successProbabilityPerAttempt);
  });
});

describe('BBM92 key from delivered states', () => {
  it.each([0.99, 0.95, 0.9, 0.85])('Werner F = %f: QBER 2(1−F)/3 in both bases, key fraction 1 − 2H2(QBER) at f = 1', (f) => {
    const errors = bbm92ErrorRates(wernerState(f));
    close(errors.bitErrorRate, (2 * (1 - f)) / 3);
    close(errors.phaseErrorRate, (2 * (1 - f)) / 3);
    close(entanglementKeyFraction(wernerState(f), 1), Math.max(0, 1 - 2 * binaryEntropy((2 * (1 - f)) / 3)));
  });

  it('a Werner pair keeps key above F ≈ 0.8350 at f = 1: QBER 2(1−F)/3 ≈ 0.1100, where H2 = ½ (Shor & Preskill 2000)', () => {
    const threshold = wernerKeyThresholdFidelity(1);
    expect(threshold).toBeCloseTo(0.835, 4);
    expect((2 * (1 - threshold)) / 3).toBeCloseTo(0.11, 4);
    close(binaryEntropy((2 * (1 - threshold)) / 3), 0.5);
  });

  it.each([1.1, 1.22, 2])('f = %f: the key fraction 1 − (1+f)·H2(e) is zero at the threshold, positive above and zero below', (f) => {
    const threshold = wernerKeyThresholdFidelity(f);
    close(1 - (1 + f) * binaryEntropy((2 * (1 - threshold)) / 3), 0);
    expect(entanglementKeyFraction(wernerState(threshold + 1e-6), f)).toBeGreaterThan(0);
    expect(entanglementKeyFraction(wernerState(threshold - 1e-6), f)).toBe(0);
    expect(threshold).toBeGreaterThan(wernerKeyThresholdFidelity(1));
  });

  it('pure dephasing noise costs only the X-basis term', () => {
    const state: BellDiagonal = [0.9, 0, 0.1, 0];
    close(entanglementKeyFraction(state, 1.2), 1 - binaryEntropy(0.1));
  });
});

describe('direct transmission', () => {
  it('rate = repetition × η_channel × η_det and PLOB −log2(1−η), even at 1000 km', () => {
    const fiber = { lengthKm: 1000, attenuationDbPerKm: 0.2, insertionLossDb: 0, groupIndex: 1.468 };
    const result = directTransmission({ fiber, repetitionRateHz: 1e9, detectorEfficiency: 0.8, sourceFidelity: 1, darkCountProbability: 0 });
    close(result.channelTransmittance / 1e-20, 1);
    close(result.pairsPerSecond / (1e9 * 1e-20 * 0.8), 1);
    close(result.plobBitsPerChannelUse / (1e-20 / Math.LN2), 1);
    close(result.fidelity, 1);
  });
});
