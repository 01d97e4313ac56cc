// Closed-form mean waiting times for repeater chains, to cross-check the Monte Carlo.
// Two models, which differ by tens of percent for deep chains:
// - exact: E[max of N iid geometric attempt counts], valid when every swap succeeds and there is no cutoff, because
//   then no link is ever regenerated and the chain is ready when its slowest segment is (see Brand, Coopmans,
//   Elkouss, "Efficient computation of the waiting time and fidelity in quantum repeater chains", IEEE JSAC (2020), arXiv:1912.07688).
// - (3/2)^n: Sangouard, Simon, de Riedmatten, Gisin, RMP 83, 33 (2011), T = (3/2)^n·(L0/c)/(P0·p1⋯pn). The 3/2 is
//   E[max of two exponentials]/E[one]; it is exact for n = 1 as p0 → 0 and treats every level as exponential, which
//   is right only when each level needs many tries (p_swap ≪ 1). With p_swap = 1 it overestimates: (3/2)² = 2.25 vs H4 = 2.08.

/** Harmonic number H_n = 1 + 1/2 + … + 1/n. */
export function harmonicNumber(n: number): number {
  let h = 0;
  for (let k = 1; k <= n; k++) h += 1 / k;
  return h;
}

/** Beyond this many summation terms the Euler–Maclaurin form H_n/λ + ½ is used; its error is O(λ) attempts. */
const MAX_DIRECT_TERMS = 2_000_000;

/** E[max of n iid geometric variables on {1, 2, …} with success probability p] = Σ_{k≥0} [1 − (1 − (1−p)^k)^n]. */
export function expectedMaxGeometricTrials(successProbability: number, count: number): number {
  if (count <= 0) return 0;
  if (successProbability >= 1) return 1;
  if (!(successProbability > 0)) return Infinity;
  const lambda = -Math.log1p(-successProbability);
  if (count === 1) return 1 / successProbability;
  const termsNeeded = (Math.log(count) + 40) / lambda;
  if (termsNeeded > MAX_DIRECT_TERMS) return harmonicNumber(count) / lambda + 0.5;
  let sum = 0;
  for (let k = 0; ; k++) {
    const failAll = Math.exp(-lambda * k); // (1−p)^k
    const term = -Math.expm1(count * Math.log1p(-failAll));
    if (k === 0) {
      sum += 1;
      continue;
    }
    sum += term;
    if (term < 1e-17 * sum) break;
  }
  return sum;
}

/** Sangouard et al. (2011): mean time to one end-to-end pair over 2^n segments, (3/2)^n·τ/(p0·p_swap^n). */
export function sangouardMeanDeliverySeconds(attemptPeriodSeconds: number, linkSuccessProbability: number, swapSuccessProbability: number, nestingLevels: number): number {
  return (Math.pow(1.5, nestingLevels) * attemptPeriodSeconds) / (linkSuccessProbability * Math.pow(swapSuccessProbability, nestingLevels));
}
