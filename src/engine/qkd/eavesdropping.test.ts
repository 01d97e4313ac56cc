import { describe, it, expect } from 'vitest';
import { bb84Decoy, type Bb84Protocol } from './bb84-decoy';
import { interceptResend, photonNumberSplitting } from './eavesdropping';

const protocol: Bb84Protocol = { decoyMethod: 'infinite', errorCorrectionEfficiency: 1.22, siftingFactor: 0.5, weakDecoyMeanPhotonNumber: 0.1 };
const gys = (km: number) => ({ channelTransmittance: 10 ** (-0.021 * km), detectorEfficiency: 0.045, darkCountProbability: 1.7e-6, misalignmentError: 0.033 });

describe('intercept–resend', () => {
  it('p = 0 changes nothing', () => {
    const clean = bb84Decoy(gys(50), protocol, 0.5);
    const r = interceptResend(gys(50), protocol, 0.5, { interceptedFraction: 0, resendMode: 'through-channel' });
    expect(r.qber).toBeCloseTo(clean.qber, 14);
    expect(r.gain).toBeCloseTo(clean.gain, 16);
    expect(r.keyBitsPerPulse).toBeCloseTo(clean.keyBitsPerPulse, 14);
    expect(r.aborted).toBe(false);
  });
  it('full interception gives QBER = 1/4 + e_d/2 without dark counts, and the protocol aborts', () => {
    const link = { ...gys(50), darkCountProbability: 0 };
    const r = interceptResend(link, protocol, 0.5, { interceptedFraction: 1, resendMode: 'through-channel' });
    expect(r.qber).toBeCloseTo(0.25 + 0.033 / 2, 12);
    expect(r.aborted).toBe(true);
    expect(r.keyBitsPerPulse).toBe(0);
  });
  it('QBER grows as e + s(1/4 − e/2), s the share of detections Eve resent', () => {
    const link = { ...gys(50), darkCountProbability: 0 };
    const r = interceptResend(link, protocol, 0.5, { interceptedFraction: 0.2, resendMode: 'through-channel' });
    const eta = link.channelTransmittance * link.detectorEfficiency;
    const eveGain = (1 - Math.exp(-0.5)) * eta;
    const share = (0.2 * eveGain) / (0.2 * eveGain + 0.8 * (1 - Math.exp(-0.5 * eta)));
    expect(r.qber).toBeCloseTo(0.033 + share * (0.25 - 0.033 / 2), 12);
    expect(r.qber).toBeGreaterThan(0.033 + 0.15 * (0.25 - 0.033 / 2));
  });
  it('resending next to Bob raises his click rate, a second signature of the attack', () => {
    const r = interceptResend(gys(50), protocol, 0.5, { interceptedFraction: 1, resendMode: 'lossless-to-bob' });
    expect(r.gain / r.gainWithoutEve).toBeGreaterThan(5);
  });
});

describe('intercept–resend with the request\'s decoy method', () => {
  it.each(['vacuum-weak', 'none'] as const)('p = 0 with %s decoys gives exactly that method\'s key, not the infinite-decoy one', (decoyMethod) => {
    const own = { ...protocol, decoyMethod };
    const mu = 0.3;
    const r = interceptResend(gys(30), own, mu, { interceptedFraction: 0, resendMode: 'through-channel' });
    expect(r.keyBitsPerPulse).toBeCloseTo(bb84Decoy(gys(30), own, mu).keyBitsPerPulse, 14);
    expect(r.keyBitsPerPulse).toBeLessThan(bb84Decoy(gys(30), protocol, mu).keyBitsPerPulse);
  });
});

describe('photon-number splitting', () => {
  it('is feasible at high loss, adds no QBER, and is exposed by the weak decoy', () => {
    const r = photonNumberSplitting(gys(50), 0.5, 0.1);
    expect(r.feasible).toBe(true);
    expect(r.qber).toBeCloseTo(bb84Decoy(gys(50), protocol, 0.5).qber, 12);
    expect(r.decoyGainDeviation).toBeGreaterThan(0.5);
  });
  it('is impossible on a nearly lossless link (too few multi-photon pulses)', () => {
    const r = photonNumberSplitting({ channelTransmittance: 1, detectorEfficiency: 1, darkCountProbability: 0, misalignmentError: 0.01 }, 0.5, 0.1);
    expect(r.feasible).toBe(false);
  });
});
