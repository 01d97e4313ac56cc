import { describe, it, expect } from 'vitest';
import { multiPhotonProbability, nonVacuumProbabilityAfterLoss, poissonPhotonProbability } from './weak-coherent-source';
import {
  clickProbabilityFock, clickProbabilityPoisson, darkCountProbabilityPerGate, deadTimeSurvivalFraction,
  effectiveDarkCountProbability, registeredCountRateHz,
} from './single-photon-detector';

const sum = (f: (n: number) => number, count = 200) => Array.from({ length: count }, (_, n) => f(n)).reduce((a, b) => a + b, 0);

describe('weak coherent source', () => {
  it('is a normalised Poisson distribution with mean μ', () => {
    expect(sum((n) => poissonPhotonProbability(n, 0.5))).toBeCloseTo(1, 12);
    expect(sum((n) => n * poissonPhotonProbability(n, 0.5))).toBeCloseTo(0.5, 12);
  });
  it('multi-photon probability is μ²/2 for small μ, exact without cancellation', () => {
    expect(multiPhotonProbability(1e-6) / 5e-13).toBeCloseTo(1, 5);
    expect(multiPhotonProbability(0.5)).toBeCloseTo(1 - Math.exp(-0.5) * 1.5, 14);
  });
  it('stays coherent through loss: P(n ≥ 1) = 1 − e^−ημ, ≈ ημ for tiny η', () => {
    expect(nonVacuumProbabilityAfterLoss(0.5, 1e-12) / 5e-13).toBeCloseTo(1, 9);
  });
});

describe('single-photon detector', () => {
  const det = { efficiency: 0.5, darkCountProbability: 1e-6 };
  it('clicks with 1 − (1 − p_d)e^−ηm, precise when both terms are tiny', () => {
    expect(clickProbabilityPoisson(0, det)).toBeCloseTo(1e-6, 18);
    expect(clickProbabilityPoisson(1e-12, { efficiency: 0.5, darkCountProbability: 0 }) / 5e-13).toBeCloseTo(1, 9);
    expect(clickProbabilityFock(1, { efficiency: 0.5, darkCountProbability: 0 })).toBeCloseTo(0.5, 14);
  });
  it('converts a dark rate to a per-gate probability', () => {
    expect(darkCountProbabilityPerGate(100, 1e-9) / 1e-7).toBeCloseTo(1, 6);
  });
  it('saturates at 1/τ (non-paralyzable) and peaks at 1/(eτ) when R = 1/τ (paralyzable)', () => {
    expect(registeredCountRateHz(1e12, 50e-9)).toBeCloseTo(2e7 * (1e12 / (1e12 + 2e7)), 0);
    expect(registeredCountRateHz(2e7, 50e-9, 'paralyzable')).toBeCloseTo(2e7 / Math.E, 3);
    expect(deadTimeSurvivalFraction(1e3, 50e-9)).toBeCloseTo(1 / (1 + 5e-5), 12);
    expect(deadTimeSurvivalFraction(1e3, 0)).toBe(1);
  });
  it('afterpulsing adds c·p/(1−p) to the dark-count probability and nothing when p = 0', () => {
    expect(effectiveDarkCountProbability({ ...det }, 0.01)).toBe(1e-6);
    expect(effectiveDarkCountProbability({ ...det, afterpulseProbability: 0.05 }, 0.01)).toBeCloseTo(1e-6 + 0.01 * 0.05 / 0.95, 15);
  });
});
