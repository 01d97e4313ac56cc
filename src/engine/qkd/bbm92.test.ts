import { describe, it, expect } from 'vitest';
import { bbm92, bbm92LinkFromChannel, optimalBbm92 } from './bbm92';

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
