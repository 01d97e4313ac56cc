import type { ScenarioLink, ScenarioNode } from '../../scenario/schema';
import { groundSatelliteLinkBudget, interSatelliteLinkBudget, freeSpaceLatencySeconds } from '../channels/free-space';
import { satelliteEcefKm, type CircularOrbit } from '../orbits/circular-orbit';
import type { Vector3Km } from '../orbits/earth';
import { lookAngles } from '../orbits/look-angles';

type FreeSpaceLink = Extract<ScenarioLink, { kind: 'free-space' }>;
type Satellite = Extract<ScenarioNode, { kind: 'satellite' }>;

export interface SatelliteGeometry {
  lengthKm: number;
  lossDb: number;
  latencySeconds: number;
  elevationDeg: number | null;
  /** Why the link carries nothing right now, or null while it is in view. */
  dormantReason: string | null;
}

export function orbitOf(node: Satellite): CircularOrbit {
  return { altitudeKm: node.params.altitudeKm, inclinationDeg: node.params.inclinationDeg, raanDeg: node.params.raanDeg, phaseDeg: node.params.phaseDeg };
}

const distanceKm = (a: Vector3Km, b: Vector3Km) => Math.hypot(a.x - b.x, a.y - b.y, a.z - b.z);

/** A free-space link with a satellite at one or both ends, at simulated time t: geometry from the orbit, then the optical budget. */
export function satelliteLinkGeometry(link: FreeSpaceLink, a: ScenarioNode, b: ScenarioNode, timeSeconds: number): SatelliteGeometry {
  const terminals = link.params;
  if (a.kind === 'satellite' && b.kind === 'satellite') {
    const lengthKm = distanceKm(satelliteEcefKm(orbitOf(a), timeSeconds), satelliteEcefKm(orbitOf(b), timeSeconds));
    const budget = interSatelliteLinkBudget({ ...terminals, lengthKm });
    return { lengthKm, lossDb: budget.totalLossDb, latencySeconds: freeSpaceLatencySeconds({ lengthKm }), elevationDeg: null, dormantReason: null };
  }
  const [satellite, ground] = (a.kind === 'satellite' ? [a, b] : [b, a]) as [Satellite, ScenarioNode];
  if (!ground.location) {
    return { lengthKm: terminals.lengthKm, lossDb: Infinity, latencySeconds: 0, elevationDeg: null, dormantReason: `${ground.id} has no geographic location, so the satellite cannot be pointed at it` };
  }
  const look = lookAngles(ground.location, satelliteEcefKm(orbitOf(satellite), timeSeconds));
  const minElevationDeg = 'minElevationDeg' in ground.params ? ground.params.minElevationDeg : 0;
  const latencySeconds = freeSpaceLatencySeconds({ lengthKm: look.slantRangeKm });
  if (look.elevationDeg < minElevationDeg) {
    return {
      lengthKm: look.slantRangeKm, lossDb: Infinity, latencySeconds, elevationDeg: look.elevationDeg,
      dormantReason: `${satellite.id} is ${look.elevationDeg.toFixed(1)}° above ${ground.id}'s horizon, below its ${minElevationDeg}° minimum`,
    };
  }
  const budget = groundSatelliteLinkBudget(terminals, {
    altitudeKm: satellite.params.altitudeKm,
    elevationDeg: look.elevationDeg,
    zenithAtmosphericLossDb: terminals.atmosphericLossDb,
  });
  return { lengthKm: budget.lengthKm, lossDb: budget.totalLossDb, latencySeconds, elevationDeg: look.elevationDeg, dormantReason: null };
}
