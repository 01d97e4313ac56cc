import { describe, expect, it } from 'vitest';
import { optimalBb84Decoy, type Bb84Protocol } from './bb84-decoy';
import { optimalFiniteKeyBb84Decoy } from './finite-key-decoy';
import { optimalFiniteKeySettings } from './finite-key-settings';

// GYS parameter set, Ma, Qi, Zhao, Lo, PRA 72, 012326 (2005), Table I.
const gys = (km: number) => ({ channelTransmittance: 10 ** (-0.021 * km), detectorEfficiency: 0.045, darkCountProbability: 1.7e-6, misalignmentError: 0.033 });
const protocol: Bb84Protocol = { decoyMethod: 'vacuum-weak', errorCorrectionEfficiency: 1.22, siftingFactor: 0.5, weakDecoyMeanPhotonNumber: 0.1 };
const split = { standardDeviations: 5, signalFraction: 0.8, weakDecoyFraction: 0.1, vacuumFraction: 0.1 };
const lengthsKm = Array.from({ length: 16 }, (_, i) => i * 10);

describe('jointly optimised finite-key decoy settings (μ, ν and the block split)', () => {
  it('match or beat the 1-D search over μ at every length of the GYS curve, and beat it wherever it makes key', () => {
    for (const km of lengthsKm) {
      const oneD = optimalFiniteKeyBb84Decoy(gys(km), protocol, { ...split, totalPulses: 1e10 }).keyBitsPerPulse;
      const joint = optimalFiniteKeySettings(gys(km), protocol, { ...split, totalPulses: 1e10 });
      expect(joint.keyBitsPerPulse).toBeGreaterThanOrEqual(oneD);
      if (oneD > 0) expect(joint.keyBitsPerPulse).toBeGreaterThan(oneD * 1.01);
    }
  });

  it('give the 50 km row of docs/physics/qkd.md §7 (+17 % over the 1-D search)', () => {
    const oneD = optimalFiniteKeyBb84Decoy(gys(50), protocol, { ...split, totalPulses: 1e10 }).keyBitsPerPulse;
    const joint = optimalFiniteKeySettings(gys(50), protocol, { ...split, totalPulses: 1e10 });
    expect(joint.keyBitsPerPulse / oneD).toBeCloseTo(1.17, 2);
    expect(joint.settings.signalMeanPhotonNumber).toBeCloseTo(0.439, 3);
    expect(joint.settings.weakDecoyMeanPhotonNumber).toBeCloseTo(0.053, 3);
  });

  it('report settings that give the key they claim: ν below μ and fractions summing to 1', () => {
    const design = optimalFiniteKeySettings(gys(50), protocol, { ...split, totalPulses: 1e10 });
    const s = design.settings;
    expect(s.weakDecoyMeanPhotonNumber).toBeLessThan(s.signalMeanPhotonNumber);
    expect(s.signalFraction + s.weakDecoyFraction + s.vacuumFraction).toBeCloseTo(1, 12);
    const again = optimalFiniteKeyBb84Decoy(gys(50), { ...protocol, weakDecoyMeanPhotonNumber: s.weakDecoyMeanPhotonNumber }, { ...split, ...s, totalPulses: 1e10 });
    expect(again.keyBitsPerPulse).toBeGreaterThanOrEqual(design.keyBitsPerPulse * (1 - 1e-6));
  });

  // Lo, Ma, Chen, PRL 94, 230504 (2005): a vacuum and a vanishing weak decoy reach the infinite-decoy key; in a block
  // long enough for fluctuations to vanish, the best split spends almost nothing on decoys.
  it('tend to the infinite-decoy asymptotic key and its optimal μ as the block grows (N = 1e18)', () => {
    for (const km of [0, 30, 60]) {
      const infinite = optimalBb84Decoy(gys(km), { ...protocol, decoyMethod: 'infinite' });
      const joint = optimalFiniteKeySettings(gys(km), protocol, { ...split, totalPulses: 1e18 });
      expect(joint.keyBitsPerPulse / infinite.keyBitsPerPulse).toBeGreaterThan(0.99);
      expect(joint.keyBitsPerPulse).toBeLessThanOrEqual(infinite.keyBitsPerPulse);
      expect(joint.settings.signalMeanPhotonNumber / infinite.signalMeanPhotonNumber).toBeCloseTo(1, 1);
      expect(joint.settings.signalFraction).toBeGreaterThan(0.99);
    }
  });

  it('keep a signal intensity the user fixed, choosing ν and the split around it', () => {
    const oneD = optimalFiniteKeyBb84Decoy(gys(30), protocol, { ...split, totalPulses: 1e10 });
    const fixedMu = 0.8;
    const joint = optimalFiniteKeySettings(gys(30), protocol, { ...split, totalPulses: 1e10 }, fixedMu);
    expect(joint.settings.signalMeanPhotonNumber).toBe(fixedMu);
    expect(joint.keyBitsPerPulse).toBeGreaterThan(0);
    expect(joint.keyBitsPerPulse).toBeLessThan(optimalFiniteKeySettings(gys(30), protocol, { ...split, totalPulses: 1e10 }).keyBitsPerPulse);
    expect(oneD.signalMeanPhotonNumber).not.toBe(fixedMu);
  });

  it('reach farther than the fixed split with the same block', () => {
    const reach = (key: (km: number) => number) => lengthsKm.filter((km) => key(km) > 0).at(-1) ?? 0;
    const fixed = reach((km) => optimalFiniteKeyBb84Decoy(gys(km), protocol, { ...split, totalPulses: 1e18 }).keyBitsPerPulse);
    const joint = reach((km) => optimalFiniteKeySettings(gys(km), protocol, { ...split, totalPulses: 1e18 }).keyBitsPerPulse);
    expect(joint).toBeGreaterThan(fixed);
  });
});
