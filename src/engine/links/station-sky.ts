import type { ScenarioNode } from '../../scenario/schema';
import { sunElevationDeg } from '../sun/sun-position';

/** The Sun at a ground station's free-space receiver: why it is too bright for the station's night requirement, and daylight clicks per gate. */
export interface StationSky {
  tooBright: string | null;
  backgroundProbability: number;
}

const DARK: StationSky = { tooBright: null, backgroundProbability: 0 };

/**
 * A station's `maxSunElevationDeg` (−12° nautical, −18° astronomical night) and `daylightBackgroundProbability`, at
 * simulated time t; without a start date the Sun is not placed and neither applies.
 */
export function stationSky(ground: ScenarioNode, startTimeUtcMs: number | null, timeSeconds: number): StationSky {
  const params = ground.params as { maxSunElevationDeg?: number; daylightBackgroundProbability?: number };
  const maxSun = params.maxSunElevationDeg ?? 90;
  const background = params.daylightBackgroundProbability ?? 0;
  if (startTimeUtcMs === null || !ground.location || (maxSun >= 90 && background === 0)) return DARK;
  const sunDeg = sunElevationDeg(ground.location, startTimeUtcMs + timeSeconds * 1000);
  if (sunDeg > maxSun) return { tooBright: `the Sun is ${sunDeg.toFixed(1)}° up at ${ground.id}, above its ${maxSun}° limit`, backgroundProbability: 0 };
  return { tooBright: null, backgroundProbability: sunDeg > 0 ? background : 0 };
}

/**
 * A free-space link between two ground stations: each end's telescope faces the sky, so each end's night requirement
 * darkens the link and each end's daylight background reaches the detectors behind it.
 */
export function groundLinkSky(a: ScenarioNode, b: ScenarioNode, startTimeUtc: string | undefined, timeSeconds: number): { dormantReason: string | null; backgroundByNode: Record<string, number> } {
  const startMs = startTimeUtc === undefined ? null : Date.parse(startTimeUtc);
  const skies = [stationSky(a, startMs, timeSeconds), stationSky(b, startMs, timeSeconds)];
  const dormantReason = skies[0]!.tooBright ?? skies[1]!.tooBright;
  const backgroundByNode: Record<string, number> = {};
  if (dormantReason === null) {
    if (skies[0]!.backgroundProbability > 0) backgroundByNode[a.id] = skies[0]!.backgroundProbability;
    if (skies[1]!.backgroundProbability > 0) backgroundByNode[b.id] = skies[1]!.backgroundProbability;
  }
  return { dormantReason, backgroundByNode };
}
