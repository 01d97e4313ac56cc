import type { ScenarioLink, ScenarioNode } from '../../scenario/schema';
import { groundSatelliteLinkBudget, interSatelliteLinkBudget, freeSpaceLatencySeconds } from '../channels/free-space';
import type { Vector3Km } from '../orbits/earth';
import { circularOrbitModel, type OrbitModel } from '../orbits/orbit-model';
import { satrecFromOmm, satrecFromTle, sgp4OrbitModel, tleEpochMs } from '../orbits/sgp4-orbit';
import { stationSky } from './station-sky';

type FreeSpaceLink = Extract<ScenarioLink, { kind: 'free-space' }>;
type Satellite = Extract<ScenarioNode, { kind: 'satellite' }>;

export interface SatelliteGeometry {
  lengthKm: number;
  lossDb: number;
  latencySeconds: number;
  elevationDeg: number | null;
  /** Why the link carries nothing right now, or null while it is in view. */
  dormantReason: string | null;
  /** Daylight clicks per gate at the ground end's receiver, by node id (empty by night or with no date to place the Sun). */
  backgroundByNode: Record<string, number>;
}

/** One model per satellite node and start time: SGP4 initialisation and the per-step position cache live in it. */
const models = new WeakMap<Satellite, { startTimeUtc: string | undefined; model: OrbitModel }>();

/** The satellite's orbit: SGP4 from its TLE or OMM when it has one (t = 0 at the scenario start, else the TLE epoch), else its circular orbit. */
export function orbitOf(node: Satellite, startTimeUtc?: string): OrbitModel {
  const known = models.get(node);
  if (known && known.startTimeUtc === startTimeUtc) return known.model;
  let model: OrbitModel;
  if (node.orbit) {
    const satrec = node.orbit.kind === 'tle' ? satrecFromTle(node.orbit.line1, node.orbit.line2) : satrecFromOmm(node.orbit.omm);
    model = sgp4OrbitModel(satrec, startTimeUtc !== undefined ? Date.parse(startTimeUtc) : tleEpochMs(satrec));
  } else {
    const p = node.params;
    model = circularOrbitModel({ altitudeKm: p.altitudeKm, inclinationDeg: p.inclinationDeg, raanDeg: p.raanDeg, phaseDeg: p.phaseDeg }, startTimeUtc !== undefined ? Date.parse(startTimeUtc) : null);
  }
  models.set(node, { startTimeUtc, model });
  return model;
}

const distanceKm = (a: Vector3Km, b: Vector3Km) => Math.hypot(a.x - b.x, a.y - b.y, a.z - b.z);

/** A free-space link with a satellite at one or both ends, at simulated time t: geometry from the orbit, then the optical budget. */
export function satelliteLinkGeometry(link: FreeSpaceLink, a: ScenarioNode, b: ScenarioNode, timeSeconds: number, startTimeUtc?: string): SatelliteGeometry {
  const terminals = link.params;
  if (a.kind === 'satellite' && b.kind === 'satellite') {
    const lengthKm = distanceKm(orbitOf(a, startTimeUtc).ecefKm(timeSeconds), orbitOf(b, startTimeUtc).ecefKm(timeSeconds));
    if (!Number.isFinite(lengthKm)) return { lengthKm: terminals.lengthKm, lossDb: Infinity, latencySeconds: 0, elevationDeg: null, dormantReason: unplaced(a, b), backgroundByNode: {} };
    const budget = interSatelliteLinkBudget({ ...terminals, lengthKm });
    return { lengthKm, lossDb: budget.totalLossDb, latencySeconds: freeSpaceLatencySeconds({ lengthKm }), elevationDeg: null, dormantReason: null, backgroundByNode: {} };
  }
  const [satellite, ground] = (a.kind === 'satellite' ? [a, b] : [b, a]) as [Satellite, ScenarioNode];
  if (!ground.location) {
    return { lengthKm: terminals.lengthKm, lossDb: Infinity, latencySeconds: 0, elevationDeg: null, dormantReason: `${ground.id} has no geographic location, so the satellite cannot be pointed at it`, backgroundByNode: {} };
  }
  const look = orbitOf(satellite, startTimeUtc).lookAngles(ground.location, timeSeconds);
  if (!Number.isFinite(look.slantRangeKm)) return { lengthKm: terminals.lengthKm, lossDb: Infinity, latencySeconds: 0, elevationDeg: null, dormantReason: unplaced(satellite), backgroundByNode: {} };
  const minElevationDeg = 'minElevationDeg' in ground.params ? ground.params.minElevationDeg : 0;
  const latencySeconds = freeSpaceLatencySeconds({ lengthKm: look.slantRangeKm });
  if (look.elevationDeg < minElevationDeg) {
    return {
      lengthKm: look.slantRangeKm, lossDb: Infinity, latencySeconds, elevationDeg: look.elevationDeg,
      dormantReason: `${satellite.id} is ${look.elevationDeg.toFixed(1)}° above ${ground.id}'s horizon, below its ${minElevationDeg}° minimum`,
      backgroundByNode: {},
    };
  }
  const sky = stationSky(ground, orbitOf(satellite, startTimeUtc).startTimeUtcMs, timeSeconds);
  if (sky.tooBright) {
    return { lengthKm: look.slantRangeKm, lossDb: Infinity, latencySeconds, elevationDeg: look.elevationDeg, dormantReason: sky.tooBright, backgroundByNode: {} };
  }
  const budget = groundSatelliteLinkBudget(terminals, {
    altitudeKm: satellite.params.altitudeKm,
    elevationDeg: look.elevationDeg,
    slantRangeKm: look.slantRangeKm,
    zenithAtmosphericLossDb: terminals.atmosphericLossDb,
  });
  return { lengthKm: budget.lengthKm, lossDb: budget.totalLossDb, latencySeconds, elevationDeg: look.elevationDeg, dormantReason: null, backgroundByNode: sky.backgroundProbability > 0 ? { [ground.id]: sky.backgroundProbability } : {} };
}

/** SGP4 refuses to place a satellite whose elements no longer describe an orbit (decayed, or far from the TLE epoch). */
function unplaced(...satellites: ScenarioNode[]): string {
  return `the orbit of ${satellites.map((s) => s.id).join(' or ')} cannot be propagated to this time (the satellite has decayed, or its TLE is far too old)`;
}
