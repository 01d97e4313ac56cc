import { DEG, EARTH_RADIUS_KM } from './earth';

/**
 * Earth central angle from the sub-satellite point to the edge of the region that sees the satellite at least
 * `minElevationDeg` above the horizon, spherical Earth: λ = arccos(R·cos ε / (R + h)) − ε (Wertz, Space Mission
 * Analysis and Design, 3rd ed., eqs. 5-15 to 5-17). Degrees; 0 when the altitude is not positive.
 */
export function footprintRadiusDeg(altitudeKm: number, minElevationDeg: number): number {
  if (!(altitudeKm > 0)) return 0;
  const epsilon = minElevationDeg * DEG;
  const lambda = Math.acos((EARTH_RADIUS_KM * Math.cos(epsilon)) / (EARTH_RADIUS_KM + altitudeKm)) - epsilon;
  return Math.max(0, lambda / DEG);
}
