import { describe, it, expect } from 'vitest';
import { optimalBb84Decoy, type Bb84Protocol, type DecoyMethod } from './bb84-decoy';

// GYS parameter set, Ma, Qi, Zhao, Lo, PRA 72, 012326 (2005), Table I.
const gys = (lengthKm: number) => ({ channelTransmittance: 10 ** (-0.021 * lengthKm), detectorEfficiency: 0.045, darkCountProbability: 1.7e-6, misalignmentError: 0.033 });
const protocol = (decoyMethod: DecoyMethod, nu = 0.1): Bb84Protocol => ({ decoyMethod, errorCorrectionEfficiency: 1.22, siftingFactor: 0.5, weakDecoyMeanPhotonNumber: nu });
const rate = (km: number, p: Bb84Protocol) => optimalBb84Decoy(gys(km), p).keyBitsPerPulse;

function maxDistanceKm(p: Bb84Protocol): number {
  let lo = 0;
  let hi = 300;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (rate(mid, p) > 0) lo = mid;
    else hi = mid;
  }
  return lo;
}

describe('decoy BB84 on the GYS set', () => {
  const infinite = maxDistanceKm(protocol('infinite'));
  it('infinite decoys reach about 142 km (Ma et al. 2005 report 142 km)', () => {
    expect(Math.abs(infinite - 142)).toBeLessThan(1.5);
  });
  it('vacuum + weak decoy stays below and approaches the infinite-decoy distance as ν → 0', () => {
    const d = [0.1, 0.05, 0.01, 0.001].map((nu) => maxDistanceKm(protocol('vacuum-weak', nu)));
    for (let i = 0; i < d.length; i++) expect(d[i]!).toBeLessThanOrEqual(infinite + 1e-6);
    for (let i = 1; i < d.length; i++) expect(d[i]!).toBeGreaterThan(d[i - 1]!);
    expect(infinite - d[3]!).toBeLessThan(0.1);
  });
  it('key ∝ η while dark counts are negligible (20–60 km): slope −0.21 dB/km on a log scale within 3 %', () => {
    const slopeDbPerKm = (10 * Math.log10(rate(60, protocol('infinite')) / rate(20, protocol('infinite')))) / 40;
    expect(Math.abs(slopeDbPerKm / -0.21 - 1)).toBeLessThan(0.03);
  });
  it('without decoys (GLLP) the reach is far shorter, under a third of the decoy distance', () => {
    expect(maxDistanceKm(protocol('none'))).toBeLessThan(infinite / 3);
  });
});

describe('vacuum + weak decoy at the edge of floating point', () => {
  const lossless = { channelTransmittance: 1, detectorEfficiency: 1, darkCountProbability: 0, misalignmentError: 0.033 };
  it('a ν so small that μν − ν² underflows gives no key and says why, never an infinite key', () => {
    const result = optimalBb84Decoy(lossless, protocol('vacuum-weak', 7.4e-323));
    expect(result.keyBitsPerPulse).toBe(0);
    expect(result.noKeyReason).toMatch(/weak decoy intensity ν is too small/);
  });
  it('ν = 1e-6, the smallest the message recommends, still gives the infinite-decoy reach within 0.1 km', () => {
    expect(Number.isFinite(rate(50, protocol('vacuum-weak', 1e-6)))).toBe(true);
    expect(maxDistanceKm(protocol('infinite')) - maxDistanceKm(protocol('vacuum-weak', 1e-6))).toBeLessThan(0.1);
  });
});

describe('a receiver that detects nothing', () => {
  it('says so instead of quoting an error rate of 0/0', () => {
    const dark = { channelTransmittance: 0, detectorEfficiency: 0.5, darkCountProbability: 0, misalignmentError: 0.01 };
    const result = optimalBb84Decoy(dark, protocol('infinite'));
    expect(result.keyBitsPerPulse).toBe(0);
    expect(result.noKeyReason).toBe('nothing is detected: no light reaches the receiver and its detectors have no dark counts');
  });
});
