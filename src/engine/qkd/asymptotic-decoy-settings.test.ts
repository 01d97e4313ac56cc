import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bb84Decoy, optimalBb84Decoy, type Bb84Protocol } from './bb84-decoy';
import { optimalAsymptoticDecoySettings } from './asymptotic-decoy-settings';

// GYS parameter set, Ma, Qi, Zhao, Lo, PRA 72, 012326 (2005), Table I.
const gys = (km: number) => ({ channelTransmittance: 10 ** (-0.021 * km), detectorEfficiency: 0.045, darkCountProbability: 1.7e-6, misalignmentError: 0.033 });
const protocol: Bb84Protocol = { decoyMethod: 'vacuum-weak', errorCorrectionEfficiency: 1.22, siftingFactor: 0.5, weakDecoyMeanPhotonNumber: 0.1 };
const lengthsKm = Array.from({ length: 31 }, (_, i) => i * 5);

describe('jointly optimised asymptotic vacuum + weak decoy settings (μ and ν)', () => {
  it('match or beat the 1-D search over μ at every length of the GYS curve (0–150 km), never passing the infinite-decoy key', () => {
    for (const km of lengthsKm) {
      const oneD = optimalBb84Decoy(gys(km), protocol).keyBitsPerPulse;
      const joint = optimalAsymptoticDecoySettings(gys(km), protocol).keyBitsPerPulse;
      const infinite = optimalBb84Decoy(gys(km), { ...protocol, decoyMethod: 'infinite' }).keyBitsPerPulse;
      expect(joint).toBeGreaterThanOrEqual(oneD);
      expect(joint).toBeLessThanOrEqual(infinite * (1 + 1e-9));
    }
  });

  // Lo, Ma, Chen, PRL 94, 230504 (2005) and Ma et al. 2005 §IV-B: asymptotically a vanishing weak decoy reaches the
  // infinite-decoy key, so the best ν is the smallest allowed and μ the infinite-decoy μ_opt (0.48 at 0–100 km, §3 of docs/physics/qkd.md).
  it('reach the infinite-decoy key and its μ_opt, with ν at the floor of its range, and key out to 140 km', () => {
    for (const km of [0, 50, 100, 140]) {
      const infinite = optimalBb84Decoy(gys(km), { ...protocol, decoyMethod: 'infinite' });
      const joint = optimalAsymptoticDecoySettings(gys(km), protocol);
      expect(joint.keyBitsPerPulse / infinite.keyBitsPerPulse).toBeGreaterThan(0.999);
      expect(joint.settings.signalMeanPhotonNumber / infinite.signalMeanPhotonNumber).toBeCloseTo(1, 2);
      expect(joint.settings.weakDecoyMeanPhotonNumber / joint.settings.signalMeanPhotonNumber).toBeLessThan(2e-4);
    }
    expect(optimalBb84Decoy(gys(140), protocol).keyBitsPerPulse).toBe(0);
  });

  it('report settings that give the key they claim', () => {
    const design = optimalAsymptoticDecoySettings(gys(50), protocol);
    const again = bb84Decoy(gys(50), { ...protocol, weakDecoyMeanPhotonNumber: design.settings.weakDecoyMeanPhotonNumber }, design.settings.signalMeanPhotonNumber);
    expect(again.keyBitsPerPulse).toBe(design.keyBitsPerPulse);
  });

  it('keep a signal intensity the user fixed, choosing only ν', () => {
    const joint = optimalAsymptoticDecoySettings(gys(50), protocol, 0.8);
    expect(joint.settings.signalMeanPhotonNumber).toBe(0.8);
    expect(joint.keyBitsPerPulse).toBeGreaterThan(bb84Decoy(gys(50), protocol, 0.8).keyBitsPerPulse);
  });

  it('have no operating point where no μ and ν give key', () => {
    const joint = optimalAsymptoticDecoySettings(gys(160), protocol);
    expect(joint.keyBitsPerPulse).toBe(0);
    expect(joint.signalMeanPhotonNumber).toBeNaN();
    expect(joint.noKeyReason).toMatch(/too much loss/);
  });

  it('are never below the 1-D search nor above the infinite-decoy key, for any link and given ν (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 60, noNaN: true }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1e-3, noNaN: true }),
        fc.double({ min: 0, max: 0.1, noNaN: true }),
        fc.double({ min: 1e-3, max: 0.5, noNaN: true }),
        (lossDb, detectorEfficiency, darkCountProbability, misalignmentError, nu) => {
          const link = { channelTransmittance: 10 ** (-lossDb / 10), detectorEfficiency, darkCountProbability, misalignmentError };
          const given = { ...protocol, weakDecoyMeanPhotonNumber: nu };
          const joint = optimalAsymptoticDecoySettings(link, given).keyBitsPerPulse;
          expect(joint).toBeGreaterThanOrEqual(optimalBb84Decoy(link, given).keyBitsPerPulse);
          expect(joint).toBeLessThanOrEqual(optimalBb84Decoy(link, { ...given, decoyMethod: 'infinite' }).keyBitsPerPulse * (1 + 1e-9));
        },
      ),
      { numRuns: 200, seed: 19 },
    );
  });
});
