import type { Scenario } from '../scenario/schema';
import { orbitOf } from './links/satellite-link';
import { subSatellitePoint, type SubSatellitePoint } from './orbits/sub-satellite-point';

/** Where on Earth a satellite node is overhead at each time given; empty for a node that is not a satellite. */
export function groundTrack(scenario: Scenario, nodeId: string, timesSeconds: readonly number[]): SubSatellitePoint[] {
  const node = scenario.nodes.find((n) => n.id === nodeId);
  if (!node || node.kind !== 'satellite') return [];
  const orbit = orbitOf(node, scenario.settings.startTimeUtc);
  return timesSeconds.filter(Number.isFinite).map((t) => subSatellitePoint(orbit, t));
}
