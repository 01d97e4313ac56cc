import { describe, it, expect } from 'vitest';
import { optimalSnsTwinField, snsTwinField, twinFieldLinkFromFiber } from './twin-field-sns';
import { optimalBb84Decoy } from './bb84-decoy';
import { plobBitsPerChannelUse } from './plob';

// Representative SNSPD fiber link: 0.2 dB/km, η_D = 30 %, p_d = 1e-8, e_d = 3 %, f = 1.1.
const link = (km: number) => twinFieldLinkFromFiber(km, 0.2, 0.3, 1e-8, 0.03);
const protocol = { errorCorrectionEfficiency: 1.1 };
const sns = (km: number) => optimalSnsTwinField(link(km), protocol).keyBitsPerPulse;
const plob = (km: number) => plobBitsPerChannelUse(10 ** (-0.02 * km));

describe('sending-or-not-sending TF-QKD (Wang, Yu, Hu 2018)', () => {
  it('with one user silent and no noise, every click is a single-photon key bit and the QBER is zero', () => {
    const r = snsTwinField({ armTransmittance: 0.01, darkCountProbability: 0, misalignmentError: 0 }, protocol, { signalMeanPhotonNumber: 0.3, sendingProbability: 1e-9 });
    expect(r.qber).toBeLessThan(1e-8);
    expect(r.singlePhotonPhaseError).toBe(0);
  });
  it('on a very weak noiseless arm, clicks grow as 2εημ and the Z-window QBER tends to ε (both senders give the wrong bit)', () => {
    // Closed-form limit of the click rates as m = ημ → 0 with p_d = 0: one sender clicks with m, two with 2m.
    const eps = 0.1;
    const mu = 0.5;
    for (const eta of [1e-6, 1e-20, 1e-300]) {
      const r = snsTwinField({ armTransmittance: eta, darkCountProbability: 0, misalignmentError: 0 }, protocol, { signalMeanPhotonNumber: mu, sendingProbability: eps });
      expect(r.gain / (2 * eps * eta * mu)).toBeCloseTo(1, 5);
      expect(r.qber).toBeCloseTo(eps, 5);
    }
  });
  it('scales as √η: the log-slope is half of decoy BB84 on the same fiber (−0.1 vs −0.2 dB/km)', () => {
    const tfSlope = (10 * Math.log10(sns(200) / sns(100))) / 100;
    const bb84 = (km: number) => optimalBb84Decoy({ channelTransmittance: 10 ** (-0.02 * km), detectorEfficiency: 0.3, darkCountProbability: 2e-8, misalignmentError: 0.03 }, { decoyMethod: 'infinite', errorCorrectionEfficiency: 1.1, siftingFactor: 0.5, weakDecoyMeanPhotonNumber: 0.1 }).keyBitsPerPulse;
    const bbSlope = (10 * Math.log10(bb84(200) / bb84(100))) / 100;
    expect(tfSlope / bbSlope).toBeCloseTo(0.5, 1);
    expect(Math.abs(tfSlope / -0.1 - 1)).toBeLessThan(0.05);
  });
  it('beats the PLOB bound beyond a crossing distance below 350 km (Chen et al., PRL 124, 070501 (2020) beat it on 350 km of standard fiber)', () => {
    let lo = 100;
    let hi = 400;
    expect(sns(lo)).toBeLessThan(plob(lo));
    expect(sns(hi)).toBeGreaterThan(plob(hi));
    for (let i = 0; i < 30; i++) {
      const mid = (lo + hi) / 2;
      if (sns(mid) > plob(mid)) hi = mid;
      else lo = mid;
    }
    expect(hi).toBeLessThan(350);
    expect(hi).toBeGreaterThan(200);
  });
  it('stops at a finite distance with a reason', () => {
    const r = optimalSnsTwinField(link(700), protocol);
    expect(r.keyBitsPerPulse).toBe(0);
    expect(r.noKeyReason).not.toBeNull();
  });
});
