import type { Node } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../scenario/validate';
import type { Scenario } from '../../scenario/schema';
import { footprintRadiusDeg } from '../../engine/orbits/footprint';
import { satelliteFootprints } from './footprints';
import { applyFibreLengths, mismatchedFibres, setNodeLocation, setRouteFactor } from './map-edits';
import { MAP_SCALE, projectLocation, unprojectPoint } from './map-projection';
import { placeMarker } from './use-map-nodes';

function scenario(): Scenario {
  const parsed = parseScenario({
    version: 2,
    nodes: [
      { id: 'paris', kind: 'trusted-node', position: { x: 0, y: 0 }, location: { latDeg: 48.8566, lonDeg: 2.3522 }, params: {} },
      { id: 'london', kind: 'ground-station', position: { x: 0, y: 0 }, location: { latDeg: 51.5074, lonDeg: -0.1278 }, params: { minElevationDeg: 20 } },
      { id: 'lost', kind: 'ground-station', position: { x: 0, y: 0 }, params: {} },
      { id: 'sat', kind: 'satellite', position: { x: 0, y: 0 }, params: { altitudeKm: 600 } },
    ],
    links: [
      { id: 'f1', source: 'paris', target: 'london', kind: 'fiber', params: { lengthKm: 1000 } },
      { id: 'f2', source: 'paris', target: 'lost', kind: 'fiber', params: { lengthKm: 1000 } },
      { id: 'down', source: 'sat', target: 'london', kind: 'free-space', params: {} },
    ],
  });
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.scenario;
}

describe('the flat map projection', () => {
  it('puts (0°, 0°) at the flow origin, east right and north up, MAP_SCALE px per radian, and inverts', () => {
    expect(projectLocation({ latDeg: 0, lonDeg: 0 })).toEqual({ x: 0, y: 0 });
    const vienna = projectLocation({ latDeg: 48.2, lonDeg: 16.37 });
    expect(vienna.x).toBeCloseTo((16.37 * Math.PI * MAP_SCALE) / 180, 6);
    expect(vienna.y).toBeCloseTo((-48.2 * Math.PI * MAP_SCALE) / 180, 6);
    const back = unprojectPoint(vienna)!;
    expect(back.latDeg).toBeCloseTo(48.2, 9);
    expect(back.lonDeg).toBeCloseTo(16.37, 9);
    expect(unprojectPoint({ x: MAP_SCALE * 4, y: 0 })).toBeNull();
  });
});

describe('placeMarker', () => {
  const node: Node = { id: 'a', position: { x: 5, y: 7 }, data: {} };
  it('centres a located node’s 2 px marker on its point and pins it; hides a node with no place', () => {
    const p = projectLocation({ latDeg: 10, lonDeg: 20 });
    const marker = placeMarker(node, { latDeg: 10, lonDeg: 20 });
    expect(marker).toMatchObject({ type: 'marker', position: { x: p.x - 1, y: p.y - 1 }, draggable: false, hidden: false });
    expect(placeMarker(node, undefined)).toMatchObject({ type: 'marker', hidden: true, position: { x: 5, y: 7 } });
    expect(node.position).toEqual({ x: 5, y: 7 });
  });
});

describe('map edits', () => {
  it('sets a location to 0.0001°, wrapping the longitude and clamping the latitude', () => {
    const s = setNodeLocation(scenario(), 'lost', { latDeg: 95, lonDeg: 190.123456 });
    expect(s.nodes.find((n) => n.id === 'lost')!.location).toEqual({ latDeg: 90, lonDeg: -169.8765 });
  });

  it('finds fibres with both ends placed whose length strays from great-circle × route factor, and fixes them', () => {
    const s = scenario();
    const found = mismatchedFibres(s);
    expect(found.map((f) => f.link.id)).toEqual(['f1']);
    expect(found[0]!.expectedKm).toBeCloseTo(343.5, 0);
    const fixed = applyFibreLengths(s, found);
    expect(fixed.links.find((l) => l.id === 'f1')!.params.lengthKm).toBeCloseTo(343.5, 0);
    expect(fixed.links.find((l) => l.id === 'f2')!.params.lengthKm).toBe(1000);
    expect(mismatchedFibres(fixed)).toEqual([]);
    // At route factor 3 the same fibre is about right (1030 km expected).
    expect(mismatchedFibres(setRouteFactor(s, 3))).toEqual([]);
  });

  it('stores a route factor, and clears it at 1 so the document stays as it was', () => {
    expect(setRouteFactor(scenario(), 1.3).settings.routeFactor).toBe(1.3);
    expect('routeFactor' in setRouteFactor(setRouteFactor(scenario(), 1.3), 1).settings).toBe(false);
  });
});

describe('satelliteFootprints', () => {
  it('gives a satellite over a point one footprint per minimum elevation of the stations it links to', () => {
    const [f, ...rest] = satelliteFootprints(scenario(), new Map([['sat', { latDeg: 50, lonDeg: 0 }]]));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ satelliteId: 'sat', minElevationDeg: 20, centre: { latDeg: 50, lonDeg: 0 } });
    expect(f!.radiusDeg).toBe(footprintRadiusDeg(600, 20));
    expect(satelliteFootprints(scenario(), new Map())).toEqual([]);
  });
});
