import { describe, expect, it } from 'vitest';
import { footprintRadiusDeg } from '../../engine/orbits/footprint';
import { satrecFromTle, sgp4OrbitModel, tleEpochMs } from '../../engine/orbits/sgp4-orbit';
import type { Scenario } from '../../scenario/schema';
import { satelliteFootprints } from './footprints';

describe('satellite footprints on the map', () => {
  it('use the height the engine reports for a real orbit (a TLE satellite has no circular altitude)', () => {
    const scenario = {
      nodes: [
        { id: 'micius', kind: 'satellite', position: { x: 0, y: 0 }, params: {} },
        { id: 'xinglong', kind: 'ground-station', position: { x: 0, y: 0 }, params: { minElevationDeg: 10 } },
      ],
      links: [{ id: 'down', kind: 'free-space', source: 'micius', target: 'xinglong', params: {} }],
    } as unknown as Scenario;
    const [footprint] = satelliteFootprints(scenario, new Map([['micius', { latDeg: 40, lonDeg: 117, altitudeKm: 505 }]]));
    expect(footprint!.radiusDeg).toBe(footprintRadiusDeg(505, 10));
  });

  it('the Micius TLE puts the satellite at its ~500 km orbit', () => {
    const satrec = satrecFromTle(
      '1 41731U 16051A   16353.90152003  .00000364  00000-0  17957-4 0  9993',
      '2 41731  97.3699 267.4500 0013200 178.5836 246.0824 15.23915303 19063',
    );
    const micius = sgp4OrbitModel(satrec, tleEpochMs(satrec));
    const { altitudeKm } = micius.subSatellitePoint(0);
    expect(altitudeKm).toBeGreaterThan(480);
    expect(altitudeKm).toBeLessThan(530);
  });
});
