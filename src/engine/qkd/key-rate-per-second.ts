import { deadTimeSurvivalFraction, type DeadTimeModel } from '../devices/single-photon-detector';

export interface PerSecondOptions {
  /** Detections per pulse at the receiver (Q), to find how hard dead time bites. */
  detectionsPerPulse?: number;
  deadTimeSeconds?: number;
  deadTimeModel?: DeadTimeModel;
}

/**
 * Key per second = key per pulse × repetition rate × fraction of clicks that survive detector dead time.
 * Scaling the key by the surviving fraction treats lost clicks as lost pulses, the usual first-order treatment.
 */
export function keyRateBitsPerSecond(keyBitsPerPulse: number, repetitionRateHz: number, options: PerSecondOptions = {}): number {
  // No key has no operating point (its detection rate may be undefined), and dead time cannot make key from none.
  if (keyBitsPerPulse === 0) return 0;
  const detectionRateHz = (options.detectionsPerPulse ?? 0) * repetitionRateHz;
  const survival = deadTimeSurvivalFraction(detectionRateHz, options.deadTimeSeconds ?? 0, options.deadTimeModel);
  return keyBitsPerPulse * repetitionRateHz * survival;
}
