import { describe, expect, it } from 'vitest';
import { pinnedSatelliteScenario } from '../scenario/testing/satellite-fixture';
import { parseScenario } from '../scenario/validate';
import { groundTrack } from './ground-track';
import { orbitOf } from './links/satellite-link';
import { subSatellitePoint } from './orbits/sub-satellite-point';

describe('groundTrack', () => {
  const parsed = parseScenario(pinnedSatelliteScenario);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  const scenario = parsed.scenario;

  it('gives the sub-satellite point of the node at each time, in order', () => {
    const satellite = scenario.nodes.find((n) => n.id === 'micius');
    if (satellite?.kind !== 'satellite') throw new Error('no satellite');
    const times = [0, 600, 1200];
    expect(groundTrack(scenario, 'micius', times)).toEqual(times.map((t) => subSatellitePoint(orbitOf(satellite), t)));
  });

  it('is empty for a ground station or an unknown node', () => {
    expect(groundTrack(scenario, 'graz', [0, 10])).toEqual([]);
    expect(groundTrack(scenario, 'nope', [0])).toEqual([]);
  });
});
