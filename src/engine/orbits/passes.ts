import type { CircularOrbit } from './circular-orbit';
import type { GroundStation, LookAngles } from './look-angles';
import { asOrbitModel, type OrbitModel } from './orbit-model';

export interface SatellitePass {
  riseSeconds: number;
  setSeconds: number;
  durationSeconds: number;
  maxElevationDeg: number;
  maxElevationSeconds: number;
  /** The satellite was already above the mask at the start of the span, so the true rise is earlier. */
  risesBeforeSpan: boolean;
  /** The satellite is still above the mask at the end of the span, so the true set is later. */
  setsAfterSpan: boolean;
}

export function lookAnglesAt(orbit: CircularOrbit | OrbitModel, station: GroundStation, timeSeconds: number): LookAngles {
  return asOrbitModel(orbit).lookAngles(station, timeSeconds);
}

export function isVisible(orbit: CircularOrbit | OrbitModel, station: GroundStation, timeSeconds: number, minElevationDeg: number): boolean {
  return lookAnglesAt(orbit, station, timeSeconds).elevationDeg >= minElevationDeg;
}

/** Rise/set times are refined to this, seconds. */
const TIME_TOLERANCE_SECONDS = 1e-3;

/**
 * Passes above `minElevationDeg` in [startSeconds, endSeconds]: sample the elevation every `stepSeconds`, then bisect
 * each crossing of the mask and golden-section search the peak. A pass shorter than one step can slip between
 * samples; 10 s is safe for LEO masks of a few degrees and up, whose passes last minutes.
 */
export function predictPasses(
  orbit: CircularOrbit | OrbitModel,
  station: GroundStation,
  startSeconds: number,
  endSeconds: number,
  minElevationDeg: number,
  stepSeconds = 10,
): SatellitePass[] {
  const model = asOrbitModel(orbit);
  const height = (t: number) => model.lookAngles(station, t).elevationDeg - minElevationDeg;
  const crossing = (below: number, above: number) => {
    // Invariant: height(below) ≤ 0 < height(above); the two may be in either time order.
    let lo = below;
    let hi = above;
    while (Math.abs(hi - lo) > TIME_TOLERANCE_SECONDS) {
      const mid = (lo + hi) / 2;
      if (height(mid) > 0) hi = mid;
      else lo = mid;
    }
    return hi;
  };
  const passes: SatellitePass[] = [];
  const startHeight = height(startSeconds);
  let previousTime = startSeconds;
  let rise: number | null = startHeight > 0 ? startSeconds : null;
  let peakTime = startSeconds;
  let peakHeight = startHeight;
  const close = (set: number, setsAfterSpan: boolean) => {
    const peak = refinePeak(height, Math.max(rise!, peakTime - stepSeconds), Math.min(set, peakTime + stepSeconds));
    passes.push({
      riseSeconds: rise!,
      setSeconds: set,
      durationSeconds: set - rise!,
      maxElevationDeg: Math.max(peak.value, peakHeight) + minElevationDeg,
      maxElevationSeconds: peak.value >= peakHeight ? peak.time : peakTime,
      risesBeforeSpan: rise === startSeconds && startHeight > 0,
      setsAfterSpan,
    });
    rise = null;
  };
  for (let i = 1; previousTime < endSeconds; i++) {
    const t = Math.min(endSeconds, startSeconds + i * stepSeconds);
    const h = height(t);
    if (rise === null && h > 0) {
      rise = crossing(previousTime, t);
      peakTime = t;
      peakHeight = h;
    } else if (rise !== null && h <= 0) {
      close(crossing(t, previousTime), false);
    } else if (rise !== null && h > peakHeight) {
      peakTime = t;
      peakHeight = h;
    }
    previousTime = t;
  }
  if (rise !== null) close(endSeconds, true);
  return passes;
}

/** Golden-section search for the highest elevation in [a, b]; the elevation is unimodal within one step of the peak sample. */
function refinePeak(height: (t: number) => number, a: number, b: number): { time: number; value: number } {
  const ratio = (Math.sqrt(5) - 1) / 2;
  let lo = a;
  let hi = b;
  let x1 = hi - ratio * (hi - lo);
  let x2 = lo + ratio * (hi - lo);
  let f1 = height(x1);
  let f2 = height(x2);
  while (hi - lo > TIME_TOLERANCE_SECONDS) {
    if (f1 < f2) {
      lo = x1;
      x1 = x2;
      f1 = f2;
      x2 = lo + ratio * (hi - lo);
      f2 = height(x2);
    } else {
      hi = x2;
      x2 = x1;
      f2 = f1;
      x1 = hi - ratio * (hi - lo);
      f1 = height(x1);
    }
  }
  const time = (lo + hi) / 2;
  return { time, value: height(time) };
}
