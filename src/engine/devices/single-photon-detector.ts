// Threshold single-photon detector: efficiency, dark counts per gate, dead time, afterpulsing.

export type DeadTimeModel = 'non-paralyzable' | 'paralyzable';

export interface SinglePhotonDetector {
  /** η_D: probability that a photon reaching the detector makes a click. */
  efficiency: number;
  /** p_d: probability of a click with no photon, per detection gate. */
  darkCountProbability: number;
  /** τ: time after a click during which the detector is blind. 0 = ideal. */
  deadTimeSeconds?: number;
  deadTimeModel?: DeadTimeModel;
  /** p_ap: probability that a click is followed by a spurious click in a later gate. */
  afterpulseProbability?: number;
}

/** Dark-count probability in a gate from a free-running dark rate: 1 − e^(−rate·gate), exact for Poissonian dark events. */
export function darkCountProbabilityPerGate(darkCountRateHz: number, gateSeconds: number): number {
  return -Math.expm1(-darkCountRateHz * gateSeconds);
}

/** Click probability of a threshold detector for Poissonian light of mean m: 1 − (1 − p_d) e^(−η m). */
export function clickProbabilityPoisson(meanPhotonsAtDetector: number, detector: Pick<SinglePhotonDetector, 'efficiency' | 'darkCountProbability'>): number {
  // 1 − (1−p)(e^−x) = −expm1(log1p(−p) − x): one expm1 keeps precision when both p and x are tiny.
  return -Math.expm1(Math.log1p(-detector.darkCountProbability) - detector.efficiency * meanPhotonsAtDetector);
}

/** Click probability for exactly n photons: 1 − (1 − p_d)(1 − η)^n. */
export function clickProbabilityFock(n: number, detector: Pick<SinglePhotonDetector, 'efficiency' | 'darkCountProbability'>): number {
  return -Math.expm1(Math.log1p(-detector.darkCountProbability) + n * Math.log1p(-detector.efficiency));
}

/**
 * Registered count rate with dead time τ for true rate R: non-paralyzable R/(1+Rτ), paralyzable R e^(−Rτ)
 * (Knoll, Radiation Detection and Measurement, 4th ed., §4.VII, Eqs. (4.23) and (4.27)).
 */
export function registeredCountRateHz(trueRateHz: number, deadTimeSeconds: number, model: DeadTimeModel = 'non-paralyzable'): number {
  if (deadTimeSeconds <= 0) return trueRateHz;
  return model === 'paralyzable' ? trueRateHz * Math.exp(-trueRateHz * deadTimeSeconds) : trueRateHz / (1 + trueRateHz * deadTimeSeconds);
}

/** Fraction of clicks that survive dead time, in (0, 1]; multiply a key rate by it when the detector saturates. */
export function deadTimeSurvivalFraction(trueRateHz: number, deadTimeSeconds: number, model: DeadTimeModel = 'non-paralyzable'): number {
  if (trueRateHz <= 0 || deadTimeSeconds <= 0) return 1;
  return registeredCountRateHz(trueRateHz, deadTimeSeconds, model) / trueRateHz;
}

/**
 * Afterpulses behave like dark counts correlated with earlier clicks. Each click (true or spurious) seeds one more
 * with probability p_ap, so per gate the extra noise is c·p_ap/(1 − p_ap) for a click probability c (geometric series).
 * This first-order model ignores the decay of p_ap with gate delay.
 */
export function effectiveDarkCountProbability(detector: SinglePhotonDetector, clickProbabilityPerGate: number): number {
  const pAp = detector.afterpulseProbability ?? 0;
  if (pAp <= 0) return detector.darkCountProbability;
  if (pAp >= 1) return 1;
  return Math.min(1, detector.darkCountProbability + (clickProbabilityPerGate * pAp) / (1 - pAp));
}
