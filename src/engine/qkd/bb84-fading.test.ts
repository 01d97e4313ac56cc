import { describe, expect, it } from 'vitest';
import { logNormalFading } from '../channels/scintillation';
import { bb84Decoy, optimalBb84Decoy, type Bb84Link, type Bb84Protocol } from './bb84-decoy';
import { fadingBb84Decoy, optimalFadingBb84Decoy } from './bb84-fading';

const protocol: Bb84Protocol = { decoyMethod: 'infinite', errorCorrectionEfficiency: 1.22, siftingFactor: 0.5, weakDecoyMeanPhotonNumber: 0.1 };
// GYS detectors (Ma et al., PRA 72, 012326 (2005), Table I).
const gys = (channelTransmittance: number): Bb84Link => ({ channelTransmittance, detectorEfficiency: 0.045, darkCountProbability: 1.7e-6, misalignmentError: 0.033 });

describe('decoy BB84 averaged over turbulent fading', () => {
  it('index 0 gives exactly the steady key, at a fixed μ and at the optimum', () => {
    const link = gys(1e-2);
    expect(fadingBb84Decoy(link, protocol, logNormalFading(0), 0.5)).toEqual(bb84Decoy(link, protocol, 0.5));
    expect(optimalFadingBb84Decoy(link, protocol, logNormalFading(0)).keyBitsPerPulse).toBeCloseTo(optimalBb84Decoy(link, protocol).keyBitsPerPulse, 9);
  });
  it('an index → 0 tends to the steady key', () => {
    const link = gys(1e-2);
    const steady = bb84Decoy(link, protocol, 0.5).keyBitsPerPulse;
    expect(steady).toBeGreaterThan(0);
    expect(fadingBb84Decoy(link, protocol, logNormalFading(1e-9), 0.5).keyBitsPerPulse / steady).toBeCloseTo(1, 6);
  });
  it('with no dark counts and no misalignment the key is linear in η, so fading leaves it unchanged (mean η kept)', () => {
    const ideal: Bb84Link = { channelTransmittance: 1e-4, detectorEfficiency: 0.5, darkCountProbability: 0, misalignmentError: 0 };
    const steady = bb84Decoy(ideal, protocol, 0.5).keyBitsPerPulse;
    // Q1 = μe^{−μ}·η_sys is linear; only the gain's 1 − e^{−μη_sys} curvature (μη_sys ≈ 2.5e-5) is not.
    expect(fadingBb84Decoy(ideal, protocol, logNormalFading(1), 0.5).keyBitsPerPulse / steady).toBeCloseTo(1, 4);
  });
  it('near the cut-off, where the steady channel gives no key, fading gives some (the key is convex there)', () => {
    // Past the steady cut-off of the GYS set (between 29 and 30 dB of channel loss here), the bright moments still make key.
    const link = gys(10 ** (-31 / 10));
    expect(optimalBb84Decoy(link, protocol).keyBitsPerPulse).toBe(0);
    const faded = optimalFadingBb84Decoy(link, protocol, logNormalFading(0.5));
    expect(faded.keyBitsPerPulse).toBeGreaterThan(0);
    expect(faded.noKeyReason).toBeNull();
    // Well inside the range the rate is nearly linear in η: a moderate index changes it by a few per cent at most.
    const inside = gys(1e-2);
    const ratio = optimalFadingBb84Decoy(inside, protocol, logNormalFading(0.5)).keyBitsPerPulse / optimalBb84Decoy(inside, protocol).keyBitsPerPulse;
    expect(ratio).toBeGreaterThan(0.95);
    expect(ratio).toBeLessThan(1.05);
  });
  it('averages what the receiver counts: the mean gain is the gain at the mean η to first order, the QBER weighted by detections', () => {
    const link = gys(1e-3);
    const faded = fadingBb84Decoy(link, protocol, logNormalFading(0.3), 0.5);
    const steady = bb84Decoy(link, protocol, 0.5);
    expect(faded.gain / steady.gain).toBeCloseTo(1, 3);
    expect(faded.qber).toBeGreaterThan(0);
    expect(faded.qber).toBeLessThan(0.11);
  });
});
