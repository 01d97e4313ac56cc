import { fiberLatencySeconds, fiberLossDb, transmittanceFromLossDb, type FiberParams } from '../channels/fiber';
import { wernerState, type BellDiagonal } from './bell-diagonal';

/**
 * Heralded entanglement between two neighbouring memories over one fiber segment.
 * - 'two-click': each node emits a photon entangled with its memory; a midpoint linear-optics Bell measurement
 *   heralds on two clicks (Barrett & Kok, PRA 71, 060310(R) (2005)). p = ½·η_arm², insensitive to fiber phase.
 * - 'single-click': each node emits with bright-state population α; one click at the midpoint heralds
 *   (Cabrillo et al., PRA 59, 1025 (1999); Humphreys et al., Nature 558, 268 (2018)). p = 1 − (1 − αη_arm)², F ≈ 1 − α.
 * - 'node-source': node A's memory emits, the photon crosses the whole segment and node B stores it with heralded
 *   absorption ("sender–receiver" scheme of Jones et al., NJP 18, 083015 (2016)). p = η_mem·η_fiber(L)·η_det.
 */
export type HeraldingScheme = 'two-click' | 'single-click' | 'node-source';

export interface ElementaryLinkParams {
  fiber: FiberParams;
  scheme: HeraldingScheme;
  /** Detection (or, for 'node-source', heralded-absorption) efficiency at the station, 0–1. */
  detectorEfficiency: number;
  /** Probability a memory emits its photon into the fiber mode, 0–1. */
  memoryEfficiency: number;
  /** Fidelity with |Φ+> of a heralded pair before any storage ('two-click', 'node-source'); Werner noise. */
  initialFidelity: number;
  /** Bright-state population α of the single-click scheme, 0–1. */
  brightStatePopulation: number;
  /** Fastest the hardware can re-attempt (source/memory reset); Infinity when only signalling limits it. */
  maxAttemptRateHz: number;
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

export function elementaryLink(params: ElementaryLinkParams): ElementaryLinkModel {
  const { fiber, scheme, detectorEfficiency, memoryEfficiency } = params;
  let p: number;
  let state: BellDiagonal;
  let heraldDelaySeconds: number;
  let storageA: number;
  let storageB: number;
  if (scheme === 'node-source') {
    p = memoryEfficiency * transmittanceFromLossDb(fiberLossDb(fiber)) * detectorEfficiency;
    state = wernerState(params.initialFidelity);
    const oneWaySeconds = fiberLatencySeconds(fiber);
    // Photon out and herald back: A waits the round trip, B stores the photon on arrival and waits for nothing more.
    heraldDelaySeconds = 2 * oneWaySeconds;
    storageA = 2 * oneWaySeconds;
    storageB = oneWaySeconds;
  } else {
    const arm = memoryEfficiency * transmittanceFromLossDb(fiberLossDb(halfFiber(fiber))) * detectorEfficiency;
    // Photon to the midpoint (L/2) and herald back (L/2): both memories wait L·n_g/c.
    heraldDelaySeconds = fiberLatencySeconds(fiber);
    storageA = heraldDelaySeconds;
    storageB = heraldDelaySeconds;
    if (scheme === 'two-click') {
      // Linear optics tells apart 2 of the 4 Bell states: factor ½ (Barrett & Kok 2005).
      p = 0.5 * arm * arm;
      state = wernerState(params.initialFidelity);
    } else {
      const alpha = params.brightStatePopulation;
      p = 1 - (1 - alpha * arm) ** 2;
      // Heralded (unnormalised): one emitter fired, 2α(1−α)η → Ψ± (corrected to Φ+); both fired → |↑↑>,
      // whose Bell-diagonal part is split evenly between Ψ+ and Ψ− after the local correction (Humphreys et al. 2018).
      const good = 2 * alpha * (1 - alpha) * arm;
      const fidelity = p > 0 ? good / p : 1 - alpha;
      state = [fidelity, (1 - fidelity) / 2, 0, (1 - fidelity) / 2];
    }
  }
  const attemptPeriodSeconds = Math.max(heraldDelaySeconds, 1 / params.maxAttemptRateHz);
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
