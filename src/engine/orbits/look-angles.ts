import { DEG, EARTH_RADIUS_KM, type Vector3Km } from './earth';

export interface GroundStation {
  latDeg: number;
  lonDeg: number;
  /** Height above the spherical Earth, km; 0 when left out. */
  altitudeKm?: number;
}

export function groundStationEcefKm(station: GroundStation): Vector3Km {
  const r = EARTH_RADIUS_KM + (station.altitudeKm ?? 0);
  const lat = station.latDeg * DEG;
  const lon = station.lonDeg * DEG;
  return { x: r * Math.cos(lat) * Math.cos(lon), y: r * Math.cos(lat) * Math.sin(lon), z: r * Math.sin(lat) };
}

export interface LookAngles {
  /** Angle above the local horizontal plane (spherical Earth: the plane normal to the radius), degrees. */
  elevationDeg: number;
  /** Clockwise from north, degrees in [0, 360). */
  azimuthDeg: number;
  slantRangeKm: number;
}

/** Elevation, azimuth and range from a station to a point, both Earth-fixed, via the local east-north-up frame. */
export function lookAngles(station: GroundStation, targetEcefKm: Vector3Km): LookAngles {
  return lookAnglesFromEcef(groundStationEcefKm(station), station, targetEcefKm);
}

/** The same from a station placed by another Earth model (e.g. WGS-84), its local vertical given by its latitude. */
export function lookAnglesFromEcef(g: Vector3Km, station: GroundStation, targetEcefKm: Vector3Km): LookAngles {
  const dx = targetEcefKm.x - g.x;
  const dy = targetEcefKm.y - g.y;
  const dz = targetEcefKm.z - g.z;
  const range = Math.hypot(dx, dy, dz);
  const lat = station.latDeg * DEG;
  const lon = station.lonDeg * DEG;
  const sinLat = Math.sin(lat);
  const cosLat = Math.cos(lat);
  const sinLon = Math.sin(lon);
  const cosLon = Math.cos(lon);
  const east = -sinLon * dx + cosLon * dy;
  const north = -sinLat * cosLon * dx - sinLat * sinLon * dy + cosLat * dz;
  const up = cosLat * cosLon * dx + cosLat * sinLon * dy + sinLat * dz;
  const azimuth = Math.atan2(east, north) / DEG;
  return {
    elevationDeg: Math.asin(Math.max(-1, Math.min(1, up / range))) / DEG,
    azimuthDeg: azimuth < 0 ? azimuth + 360 : azimuth,
    slantRangeKm: range,
  };
}

/**
 * Slant range to a satellite at `altitudeKm` seen at elevation E from sea level on a sphere: from the triangle
 * Earth centre–station–satellite, R = √((Re + h)² − Re² cos² E) − Re sin E.
 */
export function slantRangeKm(altitudeKm: number, elevationDeg: number, earthRadiusKm = EARTH_RADIUS_KM): number {
  const a = earthRadiusKm + altitudeKm;
  const e = elevationDeg * DEG;
  return Math.sqrt(a * a - (earthRadiusKm * Math.cos(e)) ** 2) - earthRadiusKm * Math.sin(e);
}
