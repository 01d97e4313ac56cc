// Atmospheric extinction along a slant path: zenith extinction times relative air mass (Beer–Lambert, so dB add linearly).

export type AirMassModel = 'plane-parallel' | 'kasten-young';

const DEG = Math.PI / 180;

/** Plane-parallel atmosphere: X = 1 / sin E. Diverges at the horizon; fine above about 20° elevation. */
export function airMassPlaneParallel(elevationDeg: number): number {
  if (elevationDeg <= 0) return Infinity;
  return 1 / Math.sin(elevationDeg * DEG);
}

/**
 * Kasten & Young, Appl. Opt. 28, 4735 (1989), Eq. (3): X = 1 / [sin E + 0.50572 (E + 6.07995°)^−1.6364],
 * fitted to a refracting spherical ISO atmosphere; X(90°) = 1 and X(0°) ≈ 38.
 */
export function airMassKastenYoung(elevationDeg: number): number {
  if (elevationDeg < 0) return Infinity;
  return 1 / (Math.sin(elevationDeg * DEG) + 0.50572 * Math.pow(elevationDeg + 6.07995, -1.6364));
}

export function airMass(elevationDeg: number, model: AirMassModel = 'kasten-young'): number {
  return model === 'plane-parallel' ? airMassPlaneParallel(elevationDeg) : airMassKastenYoung(elevationDeg);
}

/** Extinction of a ground–space path: zenith loss (dB) × air mass. Below the horizon there is no line of sight. */
export function slantAtmosphericLossDb(zenithLossDb: number, elevationDeg: number, model: AirMassModel = 'kasten-young'): number {
  return zenithLossDb * airMass(elevationDeg, model);
}

/** A horizontal ground–ground path stays in the densest air: loss grows linearly with length at the sea-level extinction rate. */
export function horizontalAtmosphericLossDb(lengthKm: number, extinctionDbPerKm: number): number {
  return lengthKm * extinctionDbPerKm;
}
