import { SPEED_OF_LIGHT_KM_PER_S } from '../constants';

export interface FreeSpaceParams {
  lengthKm: number;
  wavelengthNm: number;
  transmitterApertureM: number;
  receiverApertureM: number;
  pointingJitterUrad: number;
  atmosphericLossDb: number;
  fixedLossDb: number;
}

/**
 * Fraction of a Gaussian beam collected by a circular aperture, 1 − exp(−2a²/w²), with the far-field radius
 * broadened by diffraction (θ = λ/πw0) and by Gaussian pointing jitter (w² + 4σ²L²): Bourgoin et al., NJP 15, 023006 (2013), §3.
 */
export function geometricTransmittance(p: FreeSpaceParams): number {
  const lengthM = p.lengthKm * 1e3;
  const waistM = p.transmitterApertureM / 2;
  const divergenceRad = (p.wavelengthNm * 1e-9) / (Math.PI * waistM);
  const jitterRad = p.pointingJitterUrad * 1e-6;
  const beamRadiusSquared = waistM * waistM + (divergenceRad * lengthM) ** 2 + 4 * (jitterRad * lengthM) ** 2;
  const apertureRadiusM = p.receiverApertureM / 2;
  return -Math.expm1((-2 * apertureRadiusM * apertureRadiusM) / beamRadiusSquared);
}

export function freeSpaceLossDb(p: FreeSpaceParams): number {
  return -10 * Math.log10(geometricTransmittance(p)) + p.atmosphericLossDb + p.fixedLossDb;
}

/** Light in air and vacuum: the refractive index of air (1.0003) changes the delay by less than 0.03 %. */
export function freeSpaceLatencySeconds(p: Pick<FreeSpaceParams, 'lengthKm'>): number {
  return p.lengthKm / SPEED_OF_LIGHT_KM_PER_S;
}
