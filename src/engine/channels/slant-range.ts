// Geometry of a straight line of sight from a ground station to a body at a given altitude over a spherical Earth.

/** Mean Earth radius (IUGG), the usual choice for link-budget geometry. */
export const EARTH_RADIUS_KM = 6371.0;

const DEG = Math.PI / 180;

/**
 * Slant range from a ground station to a satellite at altitude h seen at elevation E:
 * R = sqrt((Re+h)^2 − Re^2 cos^2 E) − Re sin E (law of cosines in the Earth-centre triangle).
 */
export function slantRangeKm(elevationDeg: number, altitudeKm: number, earthRadiusKm = EARTH_RADIUS_KM): number {
  const sinE = Math.sin(elevationDeg * DEG);
  const cosE = Math.cos(elevationDeg * DEG);
  const orbitRadius = earthRadiusKm + altitudeKm;
  return Math.sqrt(orbitRadius * orbitRadius - earthRadiusKm * earthRadiusKm * cosE * cosE) - earthRadiusKm * sinE;
}

/** Inverse of slantRangeKm: sin E = ((Re+h)^2 − Re^2 − R^2) / (2 Re R). */
export function elevationDegFromSlantRange(rangeKm: number, altitudeKm: number, earthRadiusKm = EARTH_RADIUS_KM): number {
  const orbitRadius = earthRadiusKm + altitudeKm;
  const sinE = (orbitRadius * orbitRadius - earthRadiusKm * earthRadiusKm - rangeKm * rangeKm) / (2 * earthRadiusKm * rangeKm);
  return Math.asin(Math.max(-1, Math.min(1, sinE))) / DEG;
}
