import { describe, it, expect } from 'vitest';
import { optimalBb84Decoy, type Bb84Protocol } from './bb84-decoy';
import { minimumBlockPulses, optimalFiniteKeyBb84Decoy } from './finite-key-decoy';

const gys = (km: number) => ({ channelTransmittance: 10 ** (-0.021 * km), detectorEfficiency: 0.045, darkCountProbability: 1.7e-6, misalignmentError: 0.033 });
const protocol: Bb84Protocol = { decoyMethod: 'vacuum-weak', errorCorrectionEfficiency: 1.22, siftingFactor: 0.5, weakDecoyMeanPhotonNumber: 0.1 };
const split = { standardDeviations: 5, signalFraction: 0.8, weakDecoyFraction: 0.1, vacuumFraction: 0.1 };

describe('finite-key vacuum + weak decoy BB84 (Ma et al. 2005 Sec. V)', () => {
  it('converges to the asymptotic rate (× signal fraction) as N → ∞', () => {
    const asymptotic = 0.8 * optimalBb84Decoy(gys(50), protocol).keyBitsPerPulse;
    const ratios = [1e9, 1e11, 1e13, 1e16].map((n) => optimalFiniteKeyBb84Decoy(gys(50), protocol, { ...split, totalPulses: n }).keyBitsPerPulse / asymptotic);
    for (let i = 1; i < ratios.length; i++) expect(ratios[i]!).toBeGreaterThan(ratios[i - 1]!);
    expect(ratios[3]!).toBeGreaterThan(0.999);
    expect(ratios[3]!).toBeLessThanOrEqual(1 + 1e-9);
  });
  it('gives no key below a minimum block size, with a reason', () => {
    const r = optimalFiniteKeyBb84Decoy(gys(50), protocol, { ...split, totalPulses: 1e6 });
    expect(r.keyBitsPerPulse).toBe(0);
    expect(r.noKeyReason).toMatch(/too short/);
    const nMin = minimumBlockPulses(gys(50), protocol, split);
    expect(optimalFiniteKeyBb84Decoy(gys(50), protocol, { ...split, totalPulses: nMin * 0.9 }).keyBitsPerPulse).toBe(0);
    expect(optimalFiniteKeyBb84Decoy(gys(50), protocol, { ...split, totalPulses: nMin * 1.1 }).keyBitsPerPulse).toBeGreaterThan(0);
  });
  it('needs longer blocks at higher loss and more standard deviations', () => {
    expect(minimumBlockPulses(gys(100), protocol, split)).toBeGreaterThan(minimumBlockPulses(gys(50), protocol, split));
    expect(minimumBlockPulses(gys(50), protocol, { ...split, standardDeviations: 10 })).toBeGreaterThan(minimumBlockPulses(gys(50), protocol, split));
  });
});
