import * as d3 from 'd3';

/** Flow-coordinate pixels per radian: 1° ≈ 140 px, so cities about 150 km apart sit clear of each other's boxes. */
export const MAP_SCALE = 8000;

export interface GeoLocation {
  latDeg: number;
  lonDeg: number;
}

/** One fixed equirectangular projection into flow coordinates: (0°, 0°) at the flow origin, north up. */
export const mapProjection: d3.GeoProjection = d3.geoEquirectangular().scale(MAP_SCALE).translate([0, 0]);

export function projectLocation(location: GeoLocation): { x: number; y: number } {
  const [x, y] = mapProjection([location.lonDeg, location.latDeg])!;
  return { x, y };
}

/** The place under a flow-coordinate point (the projection's inverse, without d3's wrapping), or null off the map. */
export function unprojectPoint(point: { x: number; y: number }): GeoLocation | null {
  const lonDeg = (point.x / MAP_SCALE) * (180 / Math.PI);
  const latDeg = (-point.y / MAP_SCALE) * (180 / Math.PI);
  return Math.abs(lonDeg) > 180 || Math.abs(latDeg) > 90 ? null : { latDeg, lonDeg };
}
