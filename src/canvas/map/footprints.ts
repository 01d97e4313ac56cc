import * as d3 from 'd3';
import { footprintRadiusDeg } from '../../engine/orbits/footprint';
import type { Scenario } from '../../scenario/schema';
import type { GeoLocation } from './map-projection';

export interface Footprint {
  satelliteId: string;
  centre: GeoLocation;
  minElevationDeg: number;
  radiusDeg: number;
}

/**
 * For each satellite over a known point: the ground it is seen from at each distinct minimum elevation among the
 * stations it links to (10°, the default, when it links to none), so the map shows where a pass can happen.
 */
export function satelliteFootprints(s: Scenario, points: ReadonlyMap<string, GeoLocation & { altitudeKm?: number }>): Footprint[] {
  const nodes = new Map(s.nodes.map((n) => [n.id, n]));
  return s.nodes.flatMap((sat) => {
    const centre = points.get(sat.id);
    // The engine's height of the satellite now (a real orbit is not circular), else its circular orbit's.
    const altitudeKm = centre?.altitudeKm ?? (sat.kind === 'satellite' ? (sat.params as { altitudeKm?: number }).altitudeKm : undefined);
    if (!centre || altitudeKm === undefined || !Number.isFinite(altitudeKm)) return [];
    const elevations = new Set<number>();
    for (const link of s.links) {
      const other = link.source === sat.id ? link.target : link.target === sat.id ? link.source : null;
      const station = other === null ? undefined : nodes.get(other);
      const minElevationDeg = station && station.kind !== 'satellite' ? (station.params as { minElevationDeg?: number }).minElevationDeg : undefined;
      if (minElevationDeg !== undefined) elevations.add(minElevationDeg);
    }
    if (elevations.size === 0) elevations.add(10);
    return [...elevations].sort((a, b) => a - b).map((minElevationDeg) => ({ satelliteId: sat.id, centre, minElevationDeg, radiusDeg: footprintRadiusDeg(altitudeKm, minElevationDeg) }));
  });
}

/** The footprint as a GeoJSON polygon: a small circle on the sphere, which d3 cuts at the map's edge. */
export function footprintPolygon(f: Footprint): d3.GeoPermissibleObjects {
  return d3.geoCircle().center([f.centre.lonDeg, f.centre.latDeg]).radius(f.radiusDeg).precision(2)();
}
