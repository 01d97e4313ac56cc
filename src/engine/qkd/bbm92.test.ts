import { describe, it, expect } from 'vitest';
import { bbm92, bbm92LinkFromChannel, optimalBbm92, bbm92DeadTimeSurvival } from './bbm92';

const protocol = { errorCorrectionEfficiency: 1.22, siftingFactor: 0.5 };
const ideal = { aliceTransmittance: 1, bobTransmittance: 1, aliceDarkCountProbability: 0, bobDarkCountProbability: 0, misalignmentError: 0.02 };
const gysChannel = (km: number, placement: 'middle' | 'alice') =>
  bbm92LinkFromChannel({ channelTransmittance: 10 ** (-0.021 * km), placement, detectorEfficiency: 0.045, darkCountProbability: 1.7e-6, misalignmentError: 0.033 });

describe('BBM92 with an SPDC source (Ma, Fung, Lo 2007)', () => {
  it('without loss or dark counts: Q = 1 − 1/(1+λ)² and E = e_d + (1/2 − e_d) λ/(2+λ) (multi-pair term)', () => {
    for (const lambda of [1e-4, 0.01, 0.1, 0.5]) {
      const r = bbm92(ideal, protocol, lambda);
      expect(r.gain).toBeCloseTo(1 - 1 / (1 + lambda) ** 2, 12);
      expect(r.qber).toBeCloseTo(0.02 + (0.5 - 0.02) * (lambda / (2 + lambda)), 12);
    }
  });
  it('tends to QBER = e_d as λ → 0', () => {
    expect(bbm92(ideal, protocol, 1e-9).qber).toBeCloseTo(0.02, 8);
  });
  it('gain ≈ η_A η_B [2λ(1+λ) + 4λ²] at high loss (true pairs + accidental multi-pair coincidences), without cancellation', () => {
    const link = { ...ideal, aliceTransmittance: 1e-6, bobTransmittance: 1e-6 };
    expect(bbm92(link, protocol, 0.01).gain / (1e-12 * (2 * 0.01 * 1.01 + 4 * 0.01 ** 2))).toBeCloseTo(1, 5);
  });
  it('key falls with distance and stops at a finite maximum distance', () => {
    const rates = [0, 50, 100, 150, 200, 250, 300].map((d) => optimalBbm92(gysChannel(d, 'middle'), protocol).keyBitsPerPulse);
    for (let i = 1; i < rates.length; i++) expect(rates[i]!).toBeLessThanOrEqual(rates[i - 1]!);
    expect(rates[5]!).toBeGreaterThan(0);
    expect(rates[6]!).toBe(0);
  });
  it('source in the middle beats source at one end at long distance (dark counts hit the long arm)', () => {
    const middle = optimalBbm92(gysChannel(200, 'middle'), protocol);
    const end = optimalBbm92(gysChannel(200, 'alice'), protocol);
    expect(middle.keyBitsPerPulse).toBeGreaterThan(0);
    expect(end.keyBitsPerPulse).toBe(0);
    expect(end.noKeyReason).toMatch(/QBER/);
  });
});

describe('BBM92 detector dead time from each side\'s singles', () => {
  const link = bbm92LinkFromChannel({ channelTransmittance: Math.pow(10, -0.4), placement: 'middle', detectorEfficiency: 0.6, darkCountProbability: 1e-7, misalignmentError: 0.01 });
  const protocol = { errorCorrectionEfficiency: 1.16, siftingFactor: 0.5 };

  it('survival is 1/(1 + S_A·τ_A) × 1/(1 + S_B·τ_B), the non-paralyzable live fraction of each side (Knoll Eq. 4.23)', () => {
    const r = bbm92(link, protocol, 0.05);
    const detectors = { repetitionRateHz: 1e9, aliceDeadTimeSeconds: 1e-6, bobDeadTimeSeconds: 5e-8 };
    const expected = 1 / (1 + r.aliceSinglesPerPulse * 1e9 * 1e-6) / (1 + r.bobSinglesPerPulse * 1e9 * 5e-8);
    expect(bbm92DeadTimeSurvival(r, detectors)).toBeCloseTo(expected, 14);
    // Singles exceed coincidences: dead time bites on the singles rate, far harder than on coincidences alone.
    expect(r.aliceSinglesPerPulse).toBeGreaterThan(2 * r.gain);
  });

  it('at 1 GHz with 1 µs dead time the optimum moves to a dimmer source and beats running at the dead-time-free optimum', () => {
    const detectors = { repetitionRateHz: 1e9, aliceDeadTimeSeconds: 1e-6, bobDeadTimeSeconds: 1e-6 };
    const free = optimalBbm92(link, protocol);
    const limited = optimalBbm92(link, protocol, detectors);
    expect(limited.halfMeanPairNumber).toBeLessThan(free.halfMeanPairNumber);
    const atFreeOptimum = free.keyBitsPerPulse * bbm92DeadTimeSurvival(free, detectors);
    expect(limited.keyBitsPerPulse * limited.deadTimeSurvival).toBeGreaterThanOrEqual(atFreeOptimum);
    // The key per second can never exceed what the busier side's detector can register: 1/τ clicks per second.
    expect(limited.keyBitsPerPulse * limited.deadTimeSurvival * 1e9).toBeLessThan(1e6);
  });

  it('the same two detectors give the same key whichever side holds the slow one (source in the middle)', () => {
    const a = optimalBbm92(link, protocol, { repetitionRateHz: 1e9, aliceDeadTimeSeconds: 1e-6, bobDeadTimeSeconds: 1e-8 });
    const b = optimalBbm92(link, protocol, { repetitionRateHz: 1e9, aliceDeadTimeSeconds: 1e-8, bobDeadTimeSeconds: 1e-6 });
    expect(b.keyBitsPerPulse * b.deadTimeSurvival).toBeCloseTo(a.keyBitsPerPulse * a.deadTimeSurvival, 12);
  });

  it('no key at any brightness: no λ, gain or QBER, and a reason with the lowest QBER reached', () => {
    const dark = bbm92LinkFromChannel({ channelTransmittance: 1e-9, placement: 'middle', detectorEfficiency: 0.6, darkCountProbability: 1e-4, misalignmentError: 0.01 });
    const r = optimalBbm92(dark, protocol);
    expect(r.keyBitsPerPulse).toBe(0);
    expect(r.qber).toBeNaN();
    expect(r.halfMeanPairNumber).toBeNaN();
    expect(r.noKeyReason).toMatch(/^no pair brightness gives key: the lowest QBER any brightness reaches is about \d/);
  });
});
