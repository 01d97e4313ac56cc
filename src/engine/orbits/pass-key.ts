import type { CircularOrbit } from './circular-orbit';
import type { GroundStation } from './look-angles';
import { lookAnglesAt, predictPasses, type SatellitePass } from './passes';

/** Secret-key rate of a satellite–ground link at a given geometry, bits/s (e.g. decoy BB84 over the free-space budget). */
export type KeyRateAtGeometry = (elevationDeg: number, slantRangeKm: number) => number;

/**
 * Key gathered between two times, bits: ∫ rate(E(t), R(t)) dt by composite Simpson's rule with intervals of at most
 * `stepSeconds` (the rate varies smoothly over a pass, so 1 s steps are far finer than needed).
 */
export function keyOverIntervalBits(
  orbit: CircularOrbit,
  station: GroundStation,
  startSeconds: number,
  endSeconds: number,
  keyRate: KeyRateAtGeometry,
  stepSeconds = 1,
): number {
  if (!(endSeconds > startSeconds)) return 0;
  const intervals = 2 * Math.ceil((endSeconds - startSeconds) / (2 * stepSeconds));
  const h = (endSeconds - startSeconds) / intervals;
  const f = (t: number) => {
    const look = lookAnglesAt(orbit, station, t);
    return keyRate(look.elevationDeg, look.slantRangeKm);
  };
  let sum = f(startSeconds) + f(endSeconds);
  for (let k = 1; k < intervals; k++) sum += (k % 2 === 1 ? 4 : 2) * f(startSeconds + k * h);
  return (sum * h) / 3;
}

export interface PassKey extends SatellitePass {
  keyBits: number;
}

/** Passes above the mask with the key gathered in each (no key is exchanged below the mask). */
export function keyPerPass(
  orbit: CircularOrbit,
  station: GroundStation,
  startSeconds: number,
  endSeconds: number,
  minElevationDeg: number,
  keyRate: KeyRateAtGeometry,
  stepSeconds = 1,
): PassKey[] {
  return predictPasses(orbit, station, startSeconds, endSeconds, minElevationDeg).map((pass) => ({
    ...pass,
    keyBits: keyOverIntervalBits(orbit, station, pass.riseSeconds, pass.setSeconds, keyRate, stepSeconds),
  }));
}

export interface SatelliteRelayKey {
  passesWithA: PassKey[];
  passesWithB: PassKey[];
  keyWithABits: number;
  keyWithBBits: number;
  /**
   * Key A and B can share by the end of the span, bits. The satellite is a trusted relay holding on board the key of
   * each pass: it sends K_A ⊕ K_B to one station (as in the Micius China–Austria link, Liao et al., PRL 120, 030501
   * (2018)), so each shared bit uses one bit from each store: min(key with A, key with B).
   */
  sharedKeyBits: number;
}

/** Key relayed by one satellite between two ground stations it sees at different times. */
export function satelliteRelayKey(
  orbit: CircularOrbit,
  stationA: GroundStation,
  stationB: GroundStation,
  startSeconds: number,
  endSeconds: number,
  minElevationDeg: number,
  keyRateA: KeyRateAtGeometry,
  keyRateB: KeyRateAtGeometry,
  stepSeconds = 1,
): SatelliteRelayKey {
  const passesWithA = keyPerPass(orbit, stationA, startSeconds, endSeconds, minElevationDeg, keyRateA, stepSeconds);
  const passesWithB = keyPerPass(orbit, stationB, startSeconds, endSeconds, minElevationDeg, keyRateB, stepSeconds);
  const keyWithABits = passesWithA.reduce((sum, p) => sum + p.keyBits, 0);
  const keyWithBBits = passesWithB.reduce((sum, p) => sum + p.keyBits, 0);
  return { passesWithA, passesWithB, keyWithABits, keyWithBBits, sharedKeyBits: Math.min(keyWithABits, keyWithBBits) };
}
