import type { CircularOrbit } from './circular-orbit';
import { asOrbitModel, type OrbitModel, type SubSatellitePoint } from './orbit-model';

export type { SubSatellitePoint } from './orbit-model';

/** The point on the Earth straight below the satellite (geocentric on the sphere for circular orbits, geodetic for SGP4). */
export function subSatellitePoint(orbit: CircularOrbit | OrbitModel, timeSeconds: number): SubSatellitePoint {
  return asOrbitModel(orbit).subSatellitePoint(timeSeconds);
}
