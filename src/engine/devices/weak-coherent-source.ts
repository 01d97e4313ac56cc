// Phase-randomised attenuated laser: photon number is Poissonian, P(n) = e^−μ μ^n / n! (Lo, Ma, Chen, PRL 94, 230504 (2005), Eq. (1)).

export interface WeakCoherentSource {
  /** μ, mean photon number per pulse leaving the sender. */
  meanPhotonNumber: number;
  repetitionRateHz: number;
}

/** ln(n!) by summation: photon numbers that matter are small, and this stays exact for them. */
function logFactorial(n: number): number {
  let sum = 0;
  for (let k = 2; k <= n; k++) sum += Math.log(k);
  return sum;
}

/** P(n) = e^−μ μ^n / n!, computed in logs so large n or tiny μ neither overflow nor underflow early. */
export function poissonPhotonProbability(n: number, meanPhotonNumber: number): number {
  if (n < 0 || !Number.isInteger(n)) return 0;
  if (meanPhotonNumber <= 0) return n === 0 ? 1 : 0;
  return Math.exp(n * Math.log(meanPhotonNumber) - meanPhotonNumber - logFactorial(n));
}

/** P(n ≥ 2) = 1 − e^−μ(1 + μ); the series e^−μ(μ²/2 + μ³/6 + …) avoids cancellation for small μ. */
export function multiPhotonProbability(meanPhotonNumber: number): number {
  const mu = meanPhotonNumber;
  if (mu <= 0) return 0;
  if (mu < 1e-2) {
    let term = (mu * mu) / 2;
    let sum = 0;
    for (let k = 2; k < 12; k++) {
      sum += term;
      term *= mu / (k + 1);
    }
    return Math.exp(-mu) * sum;
  }
  return -Math.expm1(-mu) - mu * Math.exp(-mu);
}

/** After a pure-loss channel of transmittance η a coherent state stays coherent with mean ημ, so P(at least one photon) = 1 − e^−ημ. */
export function nonVacuumProbabilityAfterLoss(meanPhotonNumber: number, transmittance: number): number {
  return -Math.expm1(-meanPhotonNumber * transmittance);
}
