import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { LAND_QUANTIZE_FACTOR, quantizeTopology } from './quantize-topology';

type Land = Topology<{ land: GeometryCollection }>;
const readTopology = (url: string | URL) => JSON.parse(readFileSync(url, 'utf8')) as Land;
const original = readTopology(createRequire(import.meta.url).resolve('world-atlas/land-110m.json'));
const coarse = readTopology(new URL('./land-110m-1e4.json', import.meta.url));

/** Every polygon of the land object as GeoJSON rings of [lon, lat]. */
function polygons(topology: Land): Position[][][] {
  const fc = feature(topology, topology.objects.land);
  return fc.features.flatMap((f) => {
    const g = f.geometry as Polygon | MultiPolygon;
    return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  });
}

function bbox(polys: Position[][][]): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x = 0, y = 0] of polys.flat(2)) {
    b[0] = Math.min(b[0], x);
    b[1] = Math.min(b[1], y);
    b[2] = Math.max(b[2], x);
    b[3] = Math.max(b[3], y);
  }
  return b;
}

/** The absolute quantized positions of one delta-encoded arc. */
function decodeArc(arc: Position[]): Position[] {
  let x = 0;
  let y = 0;
  return arc.map(([dx = 0, dy = 0]) => [(x += dx), (y += dy)]);
}

describe('land-110m-1e4.json', () => {
  it('is exactly what scripts/quantize-land.ts makes from world-atlas (regenerate: npm run data:land)', () => {
    expect(coarse).toEqual(quantizeTopology(original, LAND_QUANTIZE_FACTOR));
  });

  it('keeps every polygon and the bounding box of the original land to within one coarse step', () => {
    const before = polygons(original);
    const after = polygons(coarse);
    expect(after.length).toBe(before.length);
    expect(after.map((p) => p.length)).toEqual(before.map((p) => p.length));
    const [b, a] = [bbox(before), bbox(after)];
    for (let i = 0; i < 4; i++) expect(Math.abs(a[i]! - b[i]!)).toBeLessThanOrEqual(0.04);
  });

  it('still closes every ring: consecutive arcs meet and each ring ends where it starts', () => {
    for (const ring of polygons(coarse).flat()) {
      expect(ring.length).toBeGreaterThanOrEqual(4);
      expect(ring[ring.length - 1]).toEqual(ring[0]);
    }
    const arcs = coarse.arcs.map(decodeArc);
    const ends = (i: number): [Position, Position] => {
      const arc = arcs[i < 0 ? ~i : i]!;
      return i < 0 ? [arc[arc.length - 1]!, arc[0]!] : [arc[0]!, arc[arc.length - 1]!];
    };
    for (const geometry of coarse.objects.land.geometries) {
      const rings = geometry.type === 'MultiPolygon' ? geometry.arcs.flat() : geometry.type === 'Polygon' ? geometry.arcs : [];
      for (const ring of rings) {
        ring.forEach((index, k) => {
          const next = ring[(k + 1) % ring.length]!;
          expect(ends(index)[1]).toEqual(ends(next)[0]);
        });
      }
    }
  });
});

describe('quantizeTopology', () => {
  const topology: Topology = {
    type: 'Topology',
    transform: { scale: [1, 1], translate: [5, -5] },
    objects: {},
    arcs: [
      [[0, 0], [3, 1], [1, 0], [20, 20]],
      [[4, 4], [-1, -1]],
    ],
  };

  it('rounds decoded positions, drops repeats, keeps two ends per arc and scales the transform', () => {
    const q = quantizeTopology(topology, 10);
    expect(q.arcs.map(decodeArc)).toEqual([
      [[0, 0], [2, 2]],
      [[0, 0], [0, 0]],
    ]);
    expect(q.transform).toEqual({ scale: [10, 10], translate: [5, -5] });
    expect(topology.arcs[0]).toEqual([[0, 0], [3, 1], [1, 0], [20, 20]]);
  });

  it('refuses a topology without a transform or a non-integer factor', () => {
    expect(() => quantizeTopology({ ...topology, transform: undefined }, 10)).toThrow(/transform/);
    expect(() => quantizeTopology(topology, 2.5)).toThrow(/factor/);
  });
});
