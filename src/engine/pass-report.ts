import type { Scenario } from '../scenario/schema';
import { orbitOf } from './links/satellite-link';
import type { GroundStation } from './orbits/look-angles';
import type { OrbitModel } from './orbits/orbit-model';
import { predictPasses } from './orbits/passes';
import { sunElevationDeg } from './sun/sun-position';

export interface PassReportEntry {
  /** Rise and set at the horizon (0°), simulated seconds since t = 0. */
  startSeconds: number;
  endSeconds: number;
  /** The same as UTC ISO strings; null when the scenario has no date (circular orbit, no start time). */
  startUtc: string | null;
  endUtc: string | null;
  maxElevationDeg: number;
  maxElevationUtc: string | null;
  minSlantRangeKm: number;
  /** Time above the station's minimum elevation, the part of the pass a link can use. */
  secondsAboveMinElevation: number;
  usable: {
    /** The pass climbs above the station's minimum elevation. */
    elevation: boolean;
    /** The Sun stays at or below the station's limit throughout the usable part; null without a date or a usable part. */
    night: boolean | null;
    /** Highest Sun elevation at the station during the usable part, degrees; null without a date or usable part. */
    maxSunElevationDeg: number | null;
  };
  /** The pass was already under way at the start, or still is at the end: its true rise or set lies outside the span. */
  clipped: boolean;
}

export interface PassReportPair {
  satelliteId: string;
  stationId: string;
  minElevationDeg: number;
  maxSunElevationDeg: number;
  passes: PassReportEntry[];
}

export interface PassReport {
  /** UTC of t = 0 when known. */
  startTimeUtc: string | null;
  spanSeconds: number;
  pairs: PassReportPair[];
}

const TOLERANCE_SECONDS = 0.01;
/** Sun sampled this often across a pass to check the night requirement (the Sun moves 0.25° a minute at most). */
const SUN_STEP_SECONDS = 30;

const iso = (startMs: number | null, t: number) => (startMs === null ? null : new Date(startMs + t * 1000).toISOString());

/** Smallest slant range in [a, b] by golden-section search: the range has one minimum within a pass. */
function minimumRangeKm(orbit: OrbitModel, station: GroundStation, a: number, b: number): number {
  const range = (t: number) => orbit.lookAngles(station, t).slantRangeKm;
  const ratio = (Math.sqrt(5) - 1) / 2;
  let lo = a;
  let hi = b;
  while (hi - lo > TOLERANCE_SECONDS) {
    const x1 = hi - ratio * (hi - lo);
    const x2 = lo + ratio * (hi - lo);
    if (range(x1) < range(x2)) hi = x2;
    else lo = x1;
  }
  return Math.min(range((lo + hi) / 2), range(a), range(b));
}

/**
 * Every pass of every satellite over every located ground node in [0, spanSeconds]: horizon to horizon, with the part
 * above the station's minimum elevation and whether the Sun allows it.
 */
export function passReport(scenario: Scenario, spanSeconds: number): PassReport {
  const stations = scenario.nodes.filter((n) => n.kind !== 'satellite' && n.location);
  const pairs: PassReportPair[] = [];
  let startMs: number | null = scenario.settings.startTimeUtc !== undefined ? Date.parse(scenario.settings.startTimeUtc) : null;
  for (const satellite of scenario.nodes) {
    if (satellite.kind !== 'satellite') continue;
    const orbit = orbitOf(satellite, scenario.settings.startTimeUtc);
    startMs ??= orbit.startTimeUtcMs;
    for (const station of stations) {
      const location = station.location!;
      const params = station.params as { minElevationDeg?: number; maxSunElevationDeg?: number };
      const minElevationDeg = params.minElevationDeg ?? 0;
      const maxSun = params.maxSunElevationDeg ?? 90;
      const passes = predictPasses(orbit, location, 0, spanSeconds, 0).map((p): PassReportEntry => {
        const above = predictPasses(orbit, location, p.riseSeconds, p.setSeconds, minElevationDeg, 5);
        const seconds = above.reduce((s, q) => s + q.durationSeconds, 0);
        let sunMax: number | null = null;
        if (orbit.startTimeUtcMs !== null) {
          for (const q of above) {
            for (let t = q.riseSeconds; ; t = Math.min(q.setSeconds, t + SUN_STEP_SECONDS)) {
              const sun = sunElevationDeg(location, orbit.startTimeUtcMs + t * 1000);
              sunMax = sunMax === null ? sun : Math.max(sunMax, sun);
              if (t >= q.setSeconds) break;
            }
          }
        }
        return {
          startSeconds: p.riseSeconds,
          endSeconds: p.setSeconds,
          startUtc: iso(orbit.startTimeUtcMs, p.riseSeconds),
          endUtc: iso(orbit.startTimeUtcMs, p.setSeconds),
          maxElevationDeg: p.maxElevationDeg,
          maxElevationUtc: iso(orbit.startTimeUtcMs, p.maxElevationSeconds),
          minSlantRangeKm: minimumRangeKm(orbit, location, p.riseSeconds, p.setSeconds),
          secondsAboveMinElevation: seconds,
          usable: {
            elevation: seconds > 0,
            night: sunMax === null ? null : sunMax <= maxSun,
            maxSunElevationDeg: sunMax,
          },
          clipped: p.risesBeforeSpan || p.setsAfterSpan,
        };
      });
      pairs.push({ satelliteId: satellite.id, stationId: station.id, minElevationDeg, maxSunElevationDeg: maxSun, passes });
    }
  }
  return { startTimeUtc: startMs === null ? null : new Date(startMs).toISOString(), spanSeconds, pairs };
}
