import { fiberLatencySeconds, fiberLossDb, transmittanceFromLossDb, type FiberParams } from '../channels/fiber';
import { fidelityFromWernerParameter, wernerParameterFromFidelity, wernerState, type BellDiagonal } from './bell-diagonal';

/**
 * Heralded entanglement between two neighbouring memories over one fiber segment.
 * - 'two-click': each node emits a photon entangled with its memory; a midpoint linear-optics Bell measurement
 *   heralds on two clicks (Barrett & Kok, PRA 71, 060310(R) (2005)). p = ½·η_A·η_B, insensitive to fiber phase.
 * - 'single-click': each node emits with bright-state population α; one click at the midpoint heralds
 *   (Cabrillo et al., PRA 59, 1025 (1999); Humphreys et al., Nature 558, 268 (2018)). p = 1 − (1 − αη_A)(1 − αη_B), F ≈ 1 − α.
 * - 'node-source': node A's memory emits, the photon crosses the whole segment and node B stores it with heralded
 *   absorption ("sender–receiver" scheme of Jones et al., NJP 18, 083015 (2016)). p = η_mem,A·η_fiber(L)·η_det,B.
 */
export type HeraldingScheme = 'two-click' | 'single-click' | 'node-source';

/** What one node brings to a heralded link: its memory's emission, its detector at the heralding station, its pairs' quality. */
export interface LinkEndParams {
  /** Probability the memory emits its photon into the fiber mode, 0–1. */
  memoryEfficiency: number;
  /**
   * Efficiency of the detector that sees this node's photon at the heralding station (two-click, single-click), or of
   * this node's heralded absorption when it receives ('node-source'), 0–1.
   */
  detectorEfficiency: number;
  /**
   * Fidelity with |Φ+> of a pair heralded between two nodes like this one, before storage (Werner noise). Each node's
   * spin–photon noise enters once, so two different nodes give Werner parameter √(w_A·w_B).
   */
  initialFidelity: number;
  /** Fastest this node can re-attempt (source/memory reset); Infinity when only signalling limits it. */
  maxAttemptRateHz: number;
}

export interface ElementaryLinkParams {
  fiber: FiberParams;
  scheme: HeraldingScheme;
  /** Bright-state population α of the single-click scheme, 0–1. */
  brightStatePopulation: number;
  /** The two nodes, in the chain's order; for 'node-source' endA emits and endB receives. */
  endA: LinkEndParams;
  endB: LinkEndParams;
}

export interface ElementaryLinkModel {
  successProbabilityPerAttempt: number;
  /** Time between attempts: the memory cannot re-emit until the herald of the previous attempt arrives. */
  attemptPeriodSeconds: number;
  /** From emission to the moment both nodes know the outcome. */
  heraldDelaySeconds: number;
  /** How long each memory has held its qubit when the herald arrives (decoherence during heralding). */
  storageAtHeraldSecondsA: number;
  storageAtHeraldSecondsB: number;
  /** Bell-diagonal state at heralding, before memory decoherence. */
  state: BellDiagonal;
  /** Mean time from the first attempt to the herald: (1/p − 1)·period + herald delay. */
  meanGenerationSeconds: number;
}

function halfFiber(fiber: FiberParams): FiberParams {
  return { ...fiber, lengthKm: fiber.lengthKm / 2, insertionLossDb: fiber.insertionLossDb / 2 };
}

/** Werner state of a pair whose two nodes contribute independent Werner noise (product of per-node parameters √w). */
export function heraldedPairState(endA: Pick<LinkEndParams, 'initialFidelity'>, endB: Pick<LinkEndParams, 'initialFidelity'>): BellDiagonal {
  if (endA.initialFidelity === endB.initialFidelity) return wernerState(endA.initialFidelity);
  const wA = wernerParameterFromFidelity(endA.initialFidelity);
  const wB = wernerParameterFromFidelity(endB.initialFidelity);
  // Negative w (F < 1/4) is outside the spec's range; clamp to the maximally mixed state rather than take a root of it.
  return wernerState(fidelityFromWernerParameter(Math.sqrt(Math.max(0, wA) * Math.max(0, wB))));
}

export function elementaryLink(params: ElementaryLinkParams): ElementaryLinkModel {
  const { fiber, scheme, endA, endB } = params;
  let p: number;
  let state: BellDiagonal;
  let heraldDelaySeconds: number;
  let storageA: number;
  let storageB: number;
  if (scheme === 'node-source') {
    p = endA.memoryEfficiency * transmittanceFromLossDb(fiberLossDb(fiber)) * endB.detectorEfficiency;
    state = heraldedPairState(endA, endB);
    const oneWaySeconds = fiberLatencySeconds(fiber);
    // Photon out and herald back: A waits the round trip, B stores the photon on arrival and waits for nothing more.
    heraldDelaySeconds = 2 * oneWaySeconds;
    storageA = 2 * oneWaySeconds;
    storageB = oneWaySeconds;
  } else {
    const halfTransmittance = transmittanceFromLossDb(fiberLossDb(halfFiber(fiber)));
    const armA = endA.memoryEfficiency * halfTransmittance * endA.detectorEfficiency;
    const armB = endB.memoryEfficiency * halfTransmittance * endB.detectorEfficiency;
    // Photon to the midpoint (L/2) and herald back (L/2): both memories wait L·n_g/c.
    heraldDelaySeconds = fiberLatencySeconds(fiber);
    storageA = heraldDelaySeconds;
    storageB = heraldDelaySeconds;
    if (scheme === 'two-click') {
      // Linear optics tells apart 2 of the 4 Bell states: factor ½ (Barrett & Kok 2005).
      p = 0.5 * armA * armB;
      state = heraldedPairState(endA, endB);
    } else {
      const alpha = params.brightStatePopulation;
      // At least one click: 1 − (1 − αη_A)(1 − αη_B) (Cabrillo et al. 1999 with unequal arms).
      p = 1 - (1 - alpha * armA) * (1 - alpha * armB);
      // Heralded (unnormalised): exactly one emitter fired, α(1−α)(η_A + η_B) → √η_A|10> + √η_B|01>, corrected to Φ+ up
      // to an imbalance that leaves (√η_A − √η_B)²/(2(η_A + η_B)) in Φ−; both fired → |↑↑>, whose Bell-diagonal part is
      // split evenly between Ψ+ and Ψ− after the local correction (Humphreys et al. 2018).
      const good = alpha * (1 - alpha) * (armA + armB);
      const both = p - good;
      const imbalance = armA + armB > 0 ? (Math.sqrt(armA) - Math.sqrt(armB)) ** 2 / (2 * (armA + armB)) : 0;
      state =
        p > 0
          ? [(good * (1 - imbalance)) / p, both / (2 * p), (good * imbalance) / p, both / (2 * p)]
          : [1 - alpha, alpha / 2, 0, alpha / 2];
    }
  }
  const attemptPeriodSeconds = Math.max(heraldDelaySeconds, 1 / Math.min(endA.maxAttemptRateHz, endB.maxAttemptRateHz));
  return {
    successProbabilityPerAttempt: p,
    attemptPeriodSeconds,
    heraldDelaySeconds,
    storageAtHeraldSecondsA: storageA,
    storageAtHeraldSecondsB: storageB,
    state,
    meanGenerationSeconds: p > 0 ? (1 / p - 1) * attemptPeriodSeconds + heraldDelaySeconds : Infinity,
  };
}
