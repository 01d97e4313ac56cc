// A station's height above sea level (a scenario location's altitudeKm) reaches the look angles the links use.
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../scenario/validate';
import { groundStationEcefKm, lookAngles } from './look-angles';

describe('station altitude', () => {
  it('a satellite straight overhead is nearer by exactly the station’s height', () => {
    const xinglong = { latDeg: 40.3959, lonDeg: 117.5775 };
    const below = groundStationEcefKm(xinglong);
    const scale = (6371 + 500) / 6371;
    const satellite = { x: below.x * scale, y: below.y * scale, z: below.z * scale };
    const atSea = lookAngles(xinglong, satellite);
    const onMountain = lookAngles({ ...xinglong, altitudeKm: 0.89 }, satellite);
    expect(atSea.slantRangeKm).toBeCloseTo(500, 9);
    expect(atSea.slantRangeKm - onMountain.slantRangeKm).toBeCloseTo(0.89, 9);
    expect(onMountain.elevationDeg).toBeCloseTo(90, 6);
  });

  it('is a scenario field in kilometres, checked like any other', () => {
    const node = (altitudeKm: number) => ({ id: 'x', kind: 'ground-station', position: { x: 0, y: 0 }, location: { latDeg: 40, lonDeg: 117, altitudeKm }, params: {} });
    const ok = parseScenario({ version: 2, nodes: [node(0.89)] });
    expect(ok.ok && ok.scenario.nodes[0]!.location).toEqual({ latDeg: 40, lonDeg: 117, altitudeKm: 0.89 });
    const tooHigh = parseScenario({ version: 2, nodes: [node(12)] });
    expect(tooHigh.ok ? [] : tooHigh.errors).toEqual(['nodes[0].location.altitudeKm: must be at most 9 km']);
  });
});
