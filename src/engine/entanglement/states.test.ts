import { describe, it, expect } from 'vitest';
import { bellDiagonalOf, bellDiagonalToDensity, dephaseBellDiagonal, depolarizeBellDiagonal, wernerParameterFromFidelity, wernerState, type BellDiagonal } from './bell-diagonal';
import { applyKrausToQubit, densityFromPure, trace, type DensityMatrix, type QubitOperator } from './density-matrix';
import { decoherePair, storedBellPairFidelity } from './memory';
import { amplitudeDampingKraus, dephasingKraus, depolarizingKraus, memoryDecoherenceKraus } from './qubit-channels';
import { concurrence, concurrenceBellDiagonal, fidelityWithPhiPlus, maxChshValue, maxChshValueBellDiagonal } from './state-measures';

const close = (a: number, b: number, digits = 12) => expect(a).toBeCloseTo(b, digits);

function expectSameState(a: DensityMatrix, b: DensityMatrix) {
  for (let k = 0; k < 16; k++) {
    close(a.re[k]!, b.re[k]!);
    close(a.im[k]!, b.im[k]!);
  }
}

function krausCompleteness(kraus: readonly QubitOperator[]): number[] {
  // Σ K†K, row-major 2×2 real part (imaginary part vanishes for these channels).
  const sum = [0, 0, 0, 0];
  for (const k of kraus) {
    for (let i = 0; i < 2; i++) {
      for (let j = 0; j < 2; j++) {
        for (let m = 0; m < 2; m++) {
          sum[2 * i + j]! += k.re[2 * m + i]! * k.re[2 * m + j]! + k.im[2 * m + i]! * k.im[2 * m + j]!;
        }
      }
    }
  }
  return sum;
}

const someBellDiagonal: BellDiagonal = [0.7, 0.15, 0.1, 0.05];

describe('two-qubit density matrices against the Bell-diagonal fast path', () => {
  it('round-trips Bell-diagonal states', () => {
    const back = bellDiagonalOf(bellDiagonalToDensity(someBellDiagonal));
    for (let k = 0; k < 4; k++) close(back[k]!, someBellDiagonal[k]!);
    close(trace(bellDiagonalToDensity(someBellDiagonal)), 1);
  });

  it('Kraus sets are trace preserving', () => {
    for (const kraus of [depolarizingKraus(0.3), dephasingKraus(0.2), amplitudeDampingKraus(0.4), memoryDecoherenceKraus(0.5, 2, 1.5)]) {
      const s = krausCompleteness(kraus);
      close(s[0]!, 1);
      close(s[1]!, 0);
      close(s[2]!, 0);
      close(s[3]!, 1);
    }
  });

  it.each([0, 1] as const)('depolarizing and dephasing on qubit %i equal the Bell-diagonal maps', (qubit) => {
    const rho = bellDiagonalToDensity(someBellDiagonal);
    expectSameState(applyKrausToQubit(rho, depolarizingKraus(0.3), qubit), bellDiagonalToDensity(depolarizeBellDiagonal(someBellDiagonal, 0.3)));
    expectSameState(applyKrausToQubit(rho, dephasingKraus(0.2), qubit), bellDiagonalToDensity(dephaseBellDiagonal(someBellDiagonal, 0.2)));
  });

  it('memory decoherence with T1 = ∞ on the density matrix equals the Bell-diagonal dephasing memory', () => {
    const t = 0.3;
    const t2 = 0.8;
    let rho = bellDiagonalToDensity(someBellDiagonal);
    rho = applyKrausToQubit(applyKrausToQubit(rho, memoryDecoherenceKraus(t, Infinity, t2), 0), memoryDecoherenceKraus(t, Infinity, t2), 1);
    expectSameState(rho, bellDiagonalToDensity(decoherePair(someBellDiagonal, t, t, { coherenceTimeSeconds: t2, noiseModel: 'dephasing' })));
  });

  it('T1/T2 memory: populations relax as e^{−t/T1}, coherences decay as e^{−t/T2}', () => {
    // |+>|0>: qubit A carries a coherence between |00> and |10>; |1>|0> population checks T1.
    const s = Math.SQRT1_2;
    const plus = densityFromPure([s, 0, s, 0]);
    const t = 0.4;
    const t1 = 1.3;
    const t2 = 0.9;
    const out = applyKrausToQubit(plus, memoryDecoherenceKraus(t, t1, t2), 0);
    close(out.re[2]!, 0.5 * Math.exp(-t / t2)); // <00|ρ|10>
    close(out.re[10]!, 0.5 * Math.exp(-t / t1)); // <10|ρ|10>
    expect(() => memoryDecoherenceKraus(t, 1, 3)).toThrow(RangeError);
  });
});

describe('exponential memory decoherence', () => {
  it.each([0.1, 1, 3])('dephasing: F(t) = (1 + e^{−2t/T2})/2 at t = %f s, also from the Kraus form', (t) => {
    const memory = { coherenceTimeSeconds: 1.5, noiseModel: 'dephasing' as const };
    const fast = decoherePair(wernerState(1), t, t, memory)[0];
    close(fast, (1 + Math.exp((-2 * t) / 1.5)) / 2);
    close(storedBellPairFidelity(t, memory), fast);
  });

  it.each([0.1, 1, 3])('depolarizing: Werner parameter decays as e^{−t/T} per memory (t = %f s)', (t) => {
    const memory = { coherenceTimeSeconds: 2, noiseModel: 'depolarizing' as const };
    const f0 = 0.93;
    const after = decoherePair(wernerState(f0), t, t, memory)[0];
    close(wernerParameterFromFidelity(after), wernerParameterFromFidelity(f0) * Math.exp((-2 * t) / 2));
    close(storedBellPairFidelity(t, memory), decoherePair(wernerState(1), t, t, memory)[0]);
  });
});

describe('entanglement measures', () => {
  it.each([0.25, 0.4, 0.5, 0.6, 0.75, 0.78, 0.9, 1])('Werner F = %f: concurrence max(0, 2F−1), CHSH 2√2·(4F−1)/3', (f) => {
    const rho = bellDiagonalToDensity(wernerState(f));
    close(fidelityWithPhiPlus(rho), f);
    close(concurrence(rho), Math.max(0, 2 * f - 1), 9);
    close(concurrenceBellDiagonal(wernerState(f)), Math.max(0, 2 * f - 1));
    const chsh = 2 * Math.SQRT2 * Math.abs(wernerParameterFromFidelity(f));
    close(maxChshValue(rho), chsh, 9);
    close(maxChshValueBellDiagonal(wernerState(f)), chsh);
  });

  it('Werner states violate CHSH only above F = (1 + 3/√2)/4 ≈ 0.78', () => {
    const threshold = (1 + 3 / Math.SQRT2) / 4;
    expect(maxChshValueBellDiagonal(wernerState(threshold - 1e-6))).toBeLessThan(2);
    expect(maxChshValueBellDiagonal(wernerState(threshold + 1e-6))).toBeGreaterThan(2);
  });

  it('pure cos θ|00> + sin θ|11> has concurrence sin 2θ and CHSH 2√(1 + sin² 2θ)', () => {
    for (const theta of [0.1, 0.3, Math.PI / 8, 0.7]) {
      const rho = densityFromPure([Math.cos(theta), 0, 0, Math.sin(theta)]);
      close(concurrence(rho), Math.sin(2 * theta), 7);
      close(maxChshValue(rho), 2 * Math.sqrt(1 + Math.sin(2 * theta) ** 2), 9);
    }
  });

  it('concurrence of a complex, non-Bell-diagonal state matches the Wootters formula for (|00> + i|11>)/√2 after amplitude damping', () => {
    // Amplitude damping γ on one qubit of |Φ+> gives C = √(1−γ) (known closed form for one-sided damping of a Bell state).
    const s = Math.SQRT1_2;
    const rho = applyKrausToQubit(densityFromPure([s, 0, 0, 0], [0, 0, 0, s]), amplitudeDampingKraus(0.36), 1);
    close(concurrence(rho), Math.sqrt(1 - 0.36), 7);
  });

  it('Bell-diagonal shortcuts agree with the general routines on an arbitrary Bell-diagonal state', () => {
    const rho = bellDiagonalToDensity(someBellDiagonal);
    close(concurrence(rho), concurrenceBellDiagonal(someBellDiagonal), 9);
    close(maxChshValue(rho), maxChshValueBellDiagonal(someBellDiagonal), 9);
  });
});
