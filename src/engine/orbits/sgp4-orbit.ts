import { eciToEcf, eciToGeodetic, geodeticToEcf, gstime, json2satrec, propagate, twoline2satrec, type OMMJsonObject, type SatRec } from 'satellite.js';
import { DEG, type Vector3Km } from './earth';
import { lookAnglesFromEcef, type GroundStation } from './look-angles';
import { cachedPerInstant, type OrbitModel } from './orbit-model';

const NOWHERE: Vector3Km = { x: NaN, y: NaN, z: NaN };

/** Milliseconds since 1970 of a TLE's epoch: Julian date of the element set (satellite.js) minus the Unix epoch's, JD 2440587.5. */
export function tleEpochMs(satrec: SatRec): number {
  return (satrec.jdsatepoch - 2440587.5) * 86_400_000;
}

export function satrecFromTle(line1: string, line2: string): SatRec {
  return twoline2satrec(line1, line2);
}

/** The same elements as a CCSDS OMM in JSON (Celestrak or Space-Track); the schema has checked the fields SGP4 reads. */
export function satrecFromOmm(omm: Record<string, unknown>): SatRec {
  return json2satrec(omm as unknown as OMMJsonObject);
}

/**
 * A real orbit: the two-line element set propagated with SGP4/SDP4 (Vallado et al., AIAA 2006-6753, as implemented by
 * satellite.js), TEME → Earth-fixed by Greenwich mean sidereal time; stations on the WGS-84 ellipsoid.
 * Simulated time t = 0 is `startTimeUtcMs` (the TLE's epoch when the scenario names no start time).
 */
export function sgp4OrbitModel(satrec: SatRec, startTimeUtcMs: number): OrbitModel {
  const ecefKm = cachedPerInstant((t): Vector3Km => {
    const date = new Date(startTimeUtcMs + t * 1000);
    const state = propagate(satrec, date);
    if (!state || typeof state.position !== 'object') return NOWHERE;
    const p = eciToEcf(state.position, gstime(date));
    return { x: p.x, y: p.y, z: p.z };
  });
  const stations = new Map<string, Vector3Km>();
  const stationEcef = (s: GroundStation) => {
    const key = `${s.latDeg},${s.lonDeg},${s.altitudeKm ?? 0}`;
    let g = stations.get(key);
    if (!g) stations.set(key, (g = geodeticToEcf({ latitude: s.latDeg * DEG, longitude: s.lonDeg * DEG, height: s.altitudeKm ?? 0 })));
    return g;
  };
  return {
    startTimeUtcMs,
    ecefKm,
    lookAngles: (station, t) => lookAnglesFromEcef(stationEcef(station), station, ecefKm(t)),
    subSatellitePoint: (t) => {
      const date = new Date(startTimeUtcMs + t * 1000);
      const state = propagate(satrec, date);
      if (!state || typeof state.position !== 'object') return { latDeg: NaN, lonDeg: NaN, altitudeKm: NaN };
      const g = eciToGeodetic(state.position, gstime(date));
      const lon = g.longitude / DEG;
      return { latDeg: g.latitude / DEG, lonDeg: lon > 180 ? lon - 360 : lon, altitudeKm: g.height };
    },
  };
}
