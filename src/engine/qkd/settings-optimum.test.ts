import { describe, expect, it } from 'vitest';
import { binaryEntropy } from './entropy';
import { bbm92, bbm92LinkFromChannel, optimalBbm92 } from './bbm92';
import { maximizeInBox } from './maximize-in-box';
import { optimalSnsTwinField, snsTwinField, twinFieldLinkFromFiber } from './twin-field-sns';

// The settings the 1-D (BBM92) and nested (TF-QKD) searches choose are the models' joint optima: a multi-dimensional
// search started from them finds nothing better, and they match closed-form limits of the key formulas.

/** Largest g on a fine log grid of [low, high]: an independent reference, no golden section. */
function gridMaximum(g: (x: number) => number, low: number, high: number, points = 20_000) {
  let best = { argument: low, value: -Infinity };
  for (let i = 0; i <= points; i++) {
    const x = low * (high / low) ** (i / points);
    const value = g(x);
    if (value > best.value) best = { argument: x, value };
  }
  return best;
}

describe('BBM92 pair brightness λ (Ma, Fung, Lo, PRA 76, 012307 (2007))', () => {
  const protocol = { errorCorrectionEfficiency: 1.22, siftingFactor: 0.5 };
  const misalignmentError = 0.033;

  // Without dark counts and at high loss, Q ≈ 2η_Aη_Bλ(1+3λ) and E = [λ + e_d(1+λ)]/(1+3λ) (Ma–Fung–Lo Sec. III
  // expanded to first order in η_Aη_B), so R/(η_Aη_B) = qλ(1+3λ)·2[1 − (1+f)H2(E)] and the best λ is the same at every length.
  it('is the closed-form optimum of the multi-pair QBER trade-off when loss dominates and there are no dark counts', () => {
    const reduced = (lambda: number) => {
      const e = (lambda + misalignmentError * (1 + lambda)) / (1 + 3 * lambda);
      return 2 * protocol.siftingFactor * lambda * (1 + 3 * lambda) * (1 - (1 + protocol.errorCorrectionEfficiency) * binaryEntropy(e));
    };
    const reference = gridMaximum(reduced, 1e-4, 1);
    for (const km of [200, 300, 400]) {
      const link = bbm92LinkFromChannel({ channelTransmittance: 10 ** (-0.021 * km), placement: 'middle', detectorEfficiency: 0.045, darkCountProbability: 0, misalignmentError });
      const chosen = optimalBbm92(link, protocol);
      const etaProduct = link.aliceTransmittance * link.bobTransmittance;
      expect(chosen.halfMeanPairNumber / reference.argument).toBeCloseTo(1, 2);
      // First-order corrections in η_A, η_B (3.6e-4 at 200 km) are what is left.
      expect(chosen.keyBitsPerPulse / etaProduct / reference.value).toBeCloseTo(1, 3);
    }
  });

  it('is never beaten by a finer search at any length of the GYS curve (0–280 km)', () => {
    for (let km = 0; km <= 280; km += 20) {
      const link = bbm92LinkFromChannel({ channelTransmittance: 10 ** (-0.021 * km), placement: 'middle', detectorEfficiency: 0.045, darkCountProbability: 1.7e-6, misalignmentError });
      const chosen = optimalBbm92(link, protocol).keyBitsPerPulse;
      const fine = gridMaximum((lambda) => bbm92(link, protocol, lambda).keyBitsPerPulse, 1e-6, 1, 4000).value;
      expect(chosen).toBeGreaterThanOrEqual(fine * (1 - 1e-9));
    }
  });
});

describe('SNS twin-field μ and ε (Wang, Yu, Hu, PRA 98, 062323 (2018))', () => {
  const protocol = { errorCorrectionEfficiency: 1.1 };

  it('are not improved by Nelder–Mead started from them at any length (0–440 km)', () => {
    for (let km = 0; km <= 440; km += 20) {
      const link = twinFieldLinkFromFiber(km, 0.2, 0.3, 1e-8, 0.03);
      const nested = optimalSnsTwinField(link, protocol);
      const key = ([mu, eps]: number[]) => snsTwinField(link, protocol, { signalMeanPhotonNumber: mu!, sendingProbability: eps! }).keyBitsPerPulse;
      const joint = maximizeInBox(key, { low: [1e-3, 1e-4], high: [2, 0.5], logScale: [true, true] }, [[nested.signalMeanPhotonNumber, nested.sendingProbability]], { iterations: 300, relativeTolerance: 1e-14 });
      expect(joint.value).toBeLessThanOrEqual(nested.keyBitsPerPulse * (1 + 1e-12));
    }
  });

  // No dark counts, no misalignment, small η: S_Z → 2εημ, E_Z → ε, s1 → η, e1^ph → 0, so
  // R/(2η) → εμ[(1 − ε)e^−μ − f H2(ε)], whose maximum over μ and ε does not depend on the length.
  it('reach the closed-form optimum of the key formula in the lossy, noiseless limit', () => {
    const f = protocol.errorCorrectionEfficiency;
    const reduced = (mu: number, eps: number) => eps * mu * ((1 - eps) * Math.exp(-mu) - f * binaryEntropy(eps));
    let reference = { mu: 0, eps: 0, value: -Infinity };
    for (let i = 0; i <= 600; i++) {
      const eps = 1e-4 * (0.5 / 1e-4) ** (i / 600);
      const best = gridMaximum((mu) => reduced(mu, eps), 1e-3, 2, 2000);
      if (best.value > reference.value) reference = { mu: best.argument, eps, value: best.value };
    }
    for (const km of [300, 500]) {
      const link = twinFieldLinkFromFiber(km, 0.2, 0.3, 0, 0);
      const chosen = optimalSnsTwinField(link, protocol);
      // First-order corrections in η (3e-4 for the 300 km arm) are what is left.
      expect(chosen.keyBitsPerPulse / (2 * link.armTransmittance) / reference.value).toBeCloseTo(1, 3);
      expect(chosen.signalMeanPhotonNumber / reference.mu).toBeCloseTo(1, 1);
      expect(chosen.sendingProbability / reference.eps).toBeCloseTo(1, 1);
    }
  });
});
