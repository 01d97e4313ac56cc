import type { Scenario } from '../scenario/schema';
import { orbitOf } from './links/satellite-link';
import { predictPasses, type SatellitePass } from './orbits/passes';

/** Longest span searched for passes: a week of LEO passes is a few dozen; longer runs list their first week. */
export const PASS_SEARCH_LIMIT_SECONDS = 7 * 86_400;

export interface StationPasses {
  stationId: string;
  /** The station's minimum elevation: below it the link carries nothing. */
  minElevationDeg: number;
  passes: SatellitePass[];
}

export type SatellitePassList =
  | {
      ok: true;
      satelliteId: string;
      spanSeconds: number;
      truncated: boolean;
      /** UTC of t = 0 (ms since 1970): the scenario's start, or a TLE's epoch; null for a circular orbit with no start date. */
      startTimeUtcMs: number | null;
      stations: StationPasses[];
    }
  | { ok: false; error: string };

/**
 * The passes of one satellite over every located ground node it has a free-space link to, from t = 0 to the end of the
 * run (at most a week), above each station's own minimum elevation.
 */
export function satellitePasses(scenario: Scenario, satelliteId: string): SatellitePassList {
  const satellite = scenario.nodes.find((n) => n.id === satelliteId);
  if (!satellite || satellite.kind !== 'satellite') return { ok: false, error: `${satelliteId} is not a satellite` };
  const orbit = orbitOf(satellite, scenario.settings.startTimeUtc);
  const byId = new Map(scenario.nodes.map((n) => [n.id, n]));
  const spanSeconds = Math.min(scenario.settings.durationSeconds, PASS_SEARCH_LIMIT_SECONDS);
  const stations: StationPasses[] = [];
  for (const link of scenario.links) {
    if (link.kind !== 'free-space' || (link.source !== satelliteId && link.target !== satelliteId)) continue;
    const ground = byId.get(link.source === satelliteId ? link.target : link.source);
    if (!ground || ground.kind === 'satellite' || !ground.location || stations.some((s) => s.stationId === ground.id)) continue;
    const minElevationDeg = 'minElevationDeg' in ground.params ? ground.params.minElevationDeg : 0;
    stations.push({ stationId: ground.id, minElevationDeg, passes: predictPasses(orbit, ground.location, 0, spanSeconds, minElevationDeg) });
  }
  return { ok: true, satelliteId, spanSeconds, truncated: spanSeconds < scenario.settings.durationSeconds, startTimeUtcMs: orbit.startTimeUtcMs, stations };
}
