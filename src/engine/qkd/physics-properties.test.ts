import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fiberLossDb, transmittanceFromLossDb } from '../channels/fiber';
import { freeSpaceLossDb } from '../channels/free-space';
import { bb84Decoy, optimalBb84Decoy, type DecoyMethod } from './bb84-decoy';
import { bbm92, optimalBbm92, bbm92LinkFromChannel } from './bbm92';
import { interceptResend } from './eavesdropping';
import { plobBitsPerChannelUse } from './plob';
import { optimalSnsTwinField } from './twin-field-sns';

// Properties every QKD model must keep whatever the parameters (issue 3): finite, non-negative key; the repeaterless
// bound respected by every protocol but twin-field; loss growing with length; QBER a probability of error ≤ 1/2.

const lengthKm = fc.double({ min: 0.1, max: 400, noNaN: true });
const probability = (max: number) => fc.double({ min: 0, max, noNaN: true });
const detector = fc.record({
  detectorEfficiency: fc.double({ min: 0.01, max: 1, noNaN: true }),
  darkCountProbability: probability(1e-3),
  misalignmentError: probability(0.1),
});
const decoyMethod = fc.constantFrom<DecoyMethod>('infinite', 'vacuum-weak', 'none');
const protocolOf = (decoy: DecoyMethod) => ({ decoyMethod: decoy, errorCorrectionEfficiency: 1.16, siftingFactor: 0.5, weakDecoyMeanPhotonNumber: 0.1 });

/** An error rate in [0, ½] when there is key; with none, no operating point: NaN and a reason. */
function expectErrorRate(r: { keyBitsPerPulse: number; qber: number; noKeyReason: string | null }) {
  if (r.keyBitsPerPulse > 0 || !Number.isNaN(r.qber)) {
    expect(r.qber).toBeGreaterThanOrEqual(0);
    expect(r.qber).toBeLessThanOrEqual(0.5);
  } else {
    expect(r.noKeyReason).toBeTruthy();
  }
}

describe('QKD physics properties', () => {
  it('decoy BB84 gives finite, non-negative key within the PLOB bound and a QBER in [0, ½]', () => {
    fc.assert(
      fc.property(lengthKm, detector, decoyMethod, fc.double({ min: 0.11, max: 1.5, noNaN: true }), (km, d, decoy, mu) => {
        const link = { ...d, channelTransmittance: transmittanceFromLossDb(0.2 * km) };
        for (const r of [bb84Decoy(link, protocolOf(decoy), mu), optimalBb84Decoy(link, protocolOf(decoy))]) {
          expect(Number.isFinite(r.keyBitsPerPulse)).toBe(true);
          expect(r.keyBitsPerPulse).toBeGreaterThanOrEqual(0);
          expect(r.keyBitsPerPulse).toBeLessThanOrEqual(plobBitsPerChannelUse(link.channelTransmittance));
          expectErrorRate(r);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('BBM92 stays within the PLOB bound of the whole channel, for either source placement', () => {
    fc.assert(
      fc.property(lengthKm, detector, fc.constantFrom('middle' as const, 'alice' as const), (km, d, placement) => {
        const eta = transmittanceFromLossDb(0.2 * km);
        const r = optimalBbm92(bbm92LinkFromChannel({ ...d, channelTransmittance: eta, placement }), { errorCorrectionEfficiency: 1.16, siftingFactor: 0.5 });
        expect(Number.isFinite(r.keyBitsPerPulse)).toBe(true);
        expect(r.keyBitsPerPulse).toBeGreaterThanOrEqual(0);
        expect(r.keyBitsPerPulse).toBeLessThanOrEqual(plobBitsPerChannelUse(eta));
        expectErrorRate(r);
        // E_λ ∈ [0, ½] without any clamp, at any brightness (Ma–Fung–Lo Eq. (10)).
        for (const lambda of [1e-5, 1e-2, 0.3, 1]) {
          const at = bbm92(bbm92LinkFromChannel({ ...d, channelTransmittance: eta, placement }), { errorCorrectionEfficiency: 1.16, siftingFactor: 0.5 }, lambda);
          if (at.gain > 0) {
            expect(at.qber).toBeGreaterThanOrEqual(-1e-12);
            expect(at.qber).toBeLessThanOrEqual(0.5 + 1e-12);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('twin-field key is finite and non-negative, and zero whenever its Z-window error reaches ½ (its √η regime may exceed PLOB)', () => {
    fc.assert(
      fc.property(lengthKm, detector, (km, d) => {
        const r = optimalSnsTwinField(
          { armTransmittance: Math.sqrt(transmittanceFromLossDb(0.2 * km)) * d.detectorEfficiency, darkCountProbability: d.darkCountProbability, misalignmentError: d.misalignmentError },
          { errorCorrectionEfficiency: 1.16 },
        );
        expect(Number.isFinite(r.keyBitsPerPulse)).toBe(true);
        expect(r.keyBitsPerPulse).toBeGreaterThanOrEqual(0);
        // At the key-maximising μ, ε both bases' error rates are in [0, ½]; with no key there is no operating point.
        expectErrorRate(r);
        expect(r.singlePhotonPhaseError).toBeGreaterThanOrEqual(0);
        expect(r.singlePhotonPhaseError).toBeLessThanOrEqual(0.5);
      }),
      { numRuns: 30 },
    );
  });

  it('loss grows with length for fiber and free space', () => {
    fc.assert(
      fc.property(lengthKm, lengthKm, (a, b) => {
        const [short, long] = a < b ? [a, b] : [b, a];
        const fiber = (km: number) => fiberLossDb({ lengthKm: km, attenuationDbPerKm: 0.2, insertionLossDb: 1, groupIndex: 1.468 });
        const air = (km: number) => freeSpaceLossDb({ lengthKm: km, wavelengthNm: 850, transmitterApertureM: 0.3, receiverApertureM: 1, pointingJitterUrad: 1, atmosphericLossDb: 1, fixedLossDb: 3 });
        expect(fiber(long)).toBeGreaterThanOrEqual(fiber(short));
        expect(air(long)).toBeGreaterThanOrEqual(air(short));
      }),
    );
  });

  it('intercept-resend never lowers the QBER, and it stays within [0, ½]', () => {
    fc.assert(
      fc.property(lengthKm, detector, probability(1), (km, d, fraction) => {
        const link = { ...d, channelTransmittance: transmittanceFromLossDb(0.2 * km) };
        const r = interceptResend(link, protocolOf('infinite'), 0.5, { interceptedFraction: fraction, resendMode: 'through-channel' });
        expect(r.qber).toBeGreaterThanOrEqual(r.qberWithoutEve - 1e-12);
        expect(r.qber).toBeLessThanOrEqual(0.5);
        expect(r.keyBitsPerPulse).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 150 },
    );
  });
});
