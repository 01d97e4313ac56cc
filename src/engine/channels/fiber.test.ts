import { describe, expect, it } from 'vitest';
import { SPEED_OF_LIGHT_KM_PER_S } from '../constants';
import { fiberLatencySeconds, fiberLossDb, transmittanceFromLossDb } from './fiber';

describe('fiber channel', () => {
  const fiber = { lengthKm: 100, attenuationDbPerKm: 0.2, insertionLossDb: 1.5, groupIndex: 1.468 };

  it('loses α·L plus insertion loss', () => {
    expect(fiberLossDb(fiber)).toBeCloseTo(21.5, 12);
  });

  it('transmits 10^(−loss/10)', () => {
    expect(transmittanceFromLossDb(10)).toBeCloseTo(0.1, 15);
    expect(transmittanceFromLossDb(0)).toBe(1);
    expect(transmittanceFromLossDb(3)).toBeCloseTo(0.501187, 6);
    // 500 km of 0.2 dB/km: 100 dB keeps its precision.
    expect(transmittanceFromLossDb(100)).toBeCloseTo(1e-10, 24);
  });

  it('delays by L·n_g/c: 100 km of SMF-28 is about 490 µs', () => {
    expect(fiberLatencySeconds(fiber)).toBeCloseTo((100 * 1.468) / SPEED_OF_LIGHT_KM_PER_S, 15);
    expect(fiberLatencySeconds(fiber) * 1e6).toBeCloseTo(489.67, 1);
  });
});
