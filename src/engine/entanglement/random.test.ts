import { describe, it, expect } from 'vitest';
import { sampleGeometricTrials, Xoshiro128 } from './random';

describe('seeded PRNG', () => {
  it('gives the same stream for the same seed', () => {
    const a = new Xoshiro128(123);
    const b = new Xoshiro128(123);
    for (let i = 0; i < 100; i++) expect(a.nextUint32()).toBe(b.nextUint32());
  });

  it('uniform draws have mean ½ and variance 1/12 within 4 standard errors', () => {
    const random = new Xoshiro128(1);
    const n = 100000;
    let sum = 0;
    let sumSq = 0;
    for (let i = 0; i < n; i++) {
      const u = random.nextFloat();
      expect(u).toBeGreaterThanOrEqual(0);
      expect(u).toBeLessThan(1);
      sum += u;
      sumSq += u * u;
    }
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / n));
    // Var of u² is 1/5 − 1/9 = 4/45.
    expect(Math.abs(sumSq / n - 1 / 3)).toBeLessThan(4 * Math.sqrt(4 / 45 / n));
  });

  it.each([0.5, 0.01, 1e-7])('geometric trials with p = %f have mean 1/p within 4 standard errors', (p) => {
    const random = new Xoshiro128(2);
    const n = 50000;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += sampleGeometricTrials(random, p);
    const stdError = Math.sqrt((1 - p) / (p * p) / n);
    expect(Math.abs(sum / n - 1 / p)).toBeLessThan(4 * stdError);
  });
});
