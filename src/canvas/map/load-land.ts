import type { FeatureCollection, MultiPolygon, Polygon, Feature } from 'geojson';

export type Land = Feature<MultiPolygon | Polygon> | FeatureCollection;

let cached: Promise<Land> | null = null;

/** The 110m land outline (world-atlas, re-quantized by scripts/quantize-land.ts), fetched on first use only: the map is optional, the first paint is not. */
export function loadLand(): Promise<Land> {
  cached ??= Promise.all([import('./land-110m-1e4.json'), import('topojson-client')]).then(([atlas, topojson]) => {
    const topology = (atlas.default ?? atlas) as unknown as Parameters<typeof topojson.feature>[0];
    return topojson.feature(topology, topology.objects.land!) as Land;
  });
  return cached;
}
