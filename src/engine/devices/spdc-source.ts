// Spontaneous parametric down-conversion: thermal pair statistics. Two-mode (polarisation-entangled) source of
// Ma, Fung, Lo, PRA 76, 012307 (2007), Eq. (1): P(n) = (n+1) λ^n / (1+λ)^(n+2), mean pair number 2λ.

export interface SpdcSource {
  /** λ: half the mean number of pairs per pulse (Ma–Fung–Lo convention; mean pair number is 2λ). */
  halfMeanPairNumber: number;
  repetitionRateHz: number;
}

/** Single-mode thermal: P(n) = λ^n / (1+λ)^(n+1), mean λ (heralded single-photon sources, one spectral/polarisation mode). */
export function thermalPairProbability(n: number, meanPairNumber: number): number {
  if (n < 0 || !Number.isInteger(n)) return 0;
  const l = meanPairNumber;
  if (l <= 0) return n === 0 ? 1 : 0;
  return Math.exp(n * Math.log(l) - (n + 1) * Math.log1p(l));
}

/** Two-mode entangled source, Ma–Fung–Lo Eq. (1): P(n) = (n+1) λ^n / (1+λ)^(n+2). */
export function entangledPairProbability(n: number, halfMeanPairNumber: number): number {
  if (n < 0 || !Number.isInteger(n)) return 0;
  const l = halfMeanPairNumber;
  if (l <= 0) return n === 0 ? 1 : 0;
  return (n + 1) * Math.exp(n * Math.log(l) - (n + 2) * Math.log1p(l));
}

/** Probability of two or more pairs in one pulse, the source of the multi-pair error: 1 − P(0) − P(1). */
export function entangledMultiPairProbability(halfMeanPairNumber: number): number {
  const l = halfMeanPairNumber;
  if (l <= 0) return 0;
  // 1 − (1+λ)^−2 − 2λ(1+λ)^−3 = λ²(3+λ)... written exactly: [(1+λ)^3 − (1+λ) − 2λ] / (1+λ)^3 = λ²(3+λ)/(1+λ)^3.
  return (l * l * (3 + l)) / Math.pow(1 + l, 3);
}

/** Mean number of pairs per pulse, 2λ for the two-mode source. */
export function meanPairNumber(source: Pick<SpdcSource, 'halfMeanPairNumber'>): number {
  return 2 * source.halfMeanPairNumber;
}
