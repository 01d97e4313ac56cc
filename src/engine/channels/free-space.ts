import { SPEED_OF_LIGHT_KM_PER_S } from '../constants';
import { slantAtmosphericLossDb, type AirMassModel } from './atmosphere';
import { slantRangeKm } from './slant-range';

export interface FreeSpaceParams {
  lengthKm: number;
  wavelengthNm: number;
  transmitterApertureM: number;
  receiverApertureM: number;
  /** RMS pointing error per axis of the sending telescope. */
  pointingJitterUrad: number;
  atmosphericLossDb: number;
  fixedLossDb: number;
  /**
   * Measured far-field full-angle (1/e² diameter) divergence. Real space telescopes are not diffraction limited
   * (Micius: about 10 µrad against 3.6 µrad for a perfect 300 mm aperture at 850 nm); when given, the larger of this
   * and the diffraction limit is used.
   */
  beamDivergenceUrad?: number;
  /** RMS angular beam wander from turbulence, per axis; widens the long-term spot like pointing jitter (mostly uplinks). */
  turbulenceBeamWanderUrad?: number;
  /** Fraction of the light reaching the receiving aperture that leaves its optics (telescope, filters, analyser); 1 when left out. */
  receiverOpticsEfficiency?: number;
}

/** Diffraction-limited half-angle divergence of a Gaussian beam whose waist fills the aperture, θ = λ/(π w0), w0 = D/2. */
export function diffractionLimitedHalfAngleRad(wavelengthNm: number, transmitterApertureM: number): number {
  return (wavelengthNm * 1e-9) / (Math.PI * (transmitterApertureM / 2));
}

/**
 * 1/e² intensity radius at the receiver, long-term average: w² = w0² + (θL)² + 4(σp² + σt²)L², where pointing jitter σp
 * and turbulent beam wander σt (rms angles per axis) widen the mean spot (Andrews & Phillips, Laser Beam Propagation
 * through Random Media, 2nd ed., §6.3: W_LT² = W² + 4⟨r_c²⟩/2 per axis).
 */
export function beamRadiusAtReceiverM(p: FreeSpaceParams): number {
  const lengthM = p.lengthKm * 1e3;
  const waistM = p.transmitterApertureM / 2;
  const measuredHalfAngle = p.beamDivergenceUrad !== undefined ? (p.beamDivergenceUrad * 1e-6) / 2 : 0;
  const halfAngleRad = Math.max(diffractionLimitedHalfAngleRad(p.wavelengthNm, p.transmitterApertureM), measuredHalfAngle);
  const jitterRad = p.pointingJitterUrad * 1e-6;
  const wanderRad = (p.turbulenceBeamWanderUrad ?? 0) * 1e-6;
  return Math.sqrt(waistM * waistM + (halfAngleRad * lengthM) ** 2 + 4 * (jitterRad * jitterRad + wanderRad * wanderRad) * lengthM * lengthM);
}

/** −10 log10 of the receiver optics' transmission. */
export function receiverOpticsLossDb(p: Pick<FreeSpaceParams, 'receiverOpticsEfficiency'>): number {
  return -10 * Math.log10(p.receiverOpticsEfficiency ?? 1);
}

/**
 * Fraction of a Gaussian beam collected by a circular aperture, 1 − exp(−2a²/w²), with the far-field radius
 * broadened by diffraction (θ = λ/πw0) and by Gaussian pointing jitter (w² + 4σ²L²): Bourgoin et al., NJP 15, 023006 (2013), §3.
 */
export function geometricTransmittance(p: FreeSpaceParams): number {
  const beamRadiusM = beamRadiusAtReceiverM(p);
  const apertureRadiusM = p.receiverApertureM / 2;
  return -Math.expm1((-2 * apertureRadiusM * apertureRadiusM) / (beamRadiusM * beamRadiusM));
}

/** −10 log10 of the collected fraction; log1p-free but exact: expm1 above keeps tiny fractions accurate. */
export function geometricLossDb(p: FreeSpaceParams): number {
  const lossDb = -10 * Math.log10(geometricTransmittance(p));
  return Number.isFinite(lossDb) ? lossDb : geometricLossDbFromLogs(p);
}

/** log10(Σ 10^t) without overflow or underflow; −Infinity terms (zeros) drop out. */
function log10SumOf10(terms: number[]): number {
  const top = Math.max(...terms);
  if (!Number.isFinite(top)) return top;
  return top + Math.log10(terms.reduce((sum, t) => sum + 10 ** (t - top), 0));
}

/**
 * The same budget in logarithms, for apertures so small (down to 5e-324 m) that a², θ or w² leave double range and
 * the collected fraction underflows to 0: there 1 − exp(−x) = x to within x/2, so the loss is −10 log10(2a²/w²).
 */
function geometricLossDbFromLogs(p: FreeSpaceParams): number {
  const log10LengthM = Math.log10(p.lengthKm * 1e3);
  // log10(D) − log10 2, not log10(D / 2): half of 5e-324 is 0.
  const log10Waist = Math.log10(p.transmitterApertureM) - Math.LOG10E * Math.LN2;
  const log10Diffraction = Math.log10(p.wavelengthNm * 1e-9) - Math.log10(Math.PI) - log10Waist;
  const log10HalfAngle = p.beamDivergenceUrad !== undefined ? Math.max(log10Diffraction, Math.log10((p.beamDivergenceUrad * 1e-6) / 2)) : log10Diffraction;
  const log10BeamSquared = log10SumOf10([2 * log10Waist, 2 * (log10HalfAngle + log10LengthM), Math.log10(4) + 2 * (Math.log10(p.pointingJitterUrad * 1e-6) + log10LengthM)]);
  const log10X = Math.log10(2) + 2 * (Math.log10(p.receiverApertureM) - Math.LOG10E * Math.LN2) - log10BeamSquared;
  // x itself is in range: η = 1 − exp(−x) exactly (never above 1, however wide the receiver is against the beam).
  if (log10X > -300) return Math.max(0, -10 * Math.log10(-Math.expm1(-(10 ** log10X))));
  // x underflows: η = x(1 − x/2 + …) = x.
  return -10 * log10X;
}

export function freeSpaceLossDb(p: FreeSpaceParams): number {
  return geometricLossDb(p) + p.atmosphericLossDb + receiverOpticsLossDb(p) + p.fixedLossDb;
}

/** Light in air and vacuum: the refractive index of air (1.0003) changes the delay by less than 0.03 %. */
export function freeSpaceLatencySeconds(p: Pick<FreeSpaceParams, 'lengthKm'>): number {
  return p.lengthKm / SPEED_OF_LIGHT_KM_PER_S;
}

export interface FreeSpaceBudget {
  lengthKm: number;
  beamRadiusAtReceiverM: number;
  geometricLossDb: number;
  atmosphericLossDb: number;
  receiverOpticsLossDb: number;
  fixedLossDb: number;
  totalLossDb: number;
  /** 10^(−total/10). */
  transmittance: number;
}

/** The link budget term by term, so the inspector can show where the decibels go. */
export function freeSpaceLinkBudget(p: FreeSpaceParams): FreeSpaceBudget {
  const geometric = geometricLossDb(p);
  const receiverOptics = receiverOpticsLossDb(p);
  const totalLossDb = geometric + p.atmosphericLossDb + receiverOptics + p.fixedLossDb;
  return {
    lengthKm: p.lengthKm,
    beamRadiusAtReceiverM: beamRadiusAtReceiverM(p),
    geometricLossDb: geometric,
    atmosphericLossDb: p.atmosphericLossDb,
    receiverOpticsLossDb: receiverOptics,
    fixedLossDb: p.fixedLossDb,
    totalLossDb,
    transmittance: Math.pow(10, -totalLossDb / 10),
  };
}

export interface GroundSatelliteGeometry {
  altitudeKm: number;
  elevationDeg: number;
  /** The measured line-of-sight distance (e.g. from a propagated orbit); from altitude and elevation when left out. */
  slantRangeKm?: number;
  /** Extinction straight up through the whole atmosphere at the link wavelength. */
  zenithAtmosphericLossDb: number;
  airMassModel?: AirMassModel;
}

/**
 * Ground–satellite budget (same for up- and downlink in this model; uplink turbulence beam wander is not included):
 * slant range from elevation, extinction scaled by air mass, then the Gaussian-beam budget.
 */
export function groundSatelliteLinkBudget(
  terminals: Omit<FreeSpaceParams, 'lengthKm' | 'atmosphericLossDb'>,
  geometry: GroundSatelliteGeometry,
): FreeSpaceBudget {
  if (geometry.elevationDeg < 0) {
    const lengthKm = slantRangeKm(0, geometry.altitudeKm);
    return { lengthKm, beamRadiusAtReceiverM: Infinity, geometricLossDb: Infinity, atmosphericLossDb: Infinity, receiverOpticsLossDb: receiverOpticsLossDb(terminals), fixedLossDb: terminals.fixedLossDb, totalLossDb: Infinity, transmittance: 0 };
  }
  const lengthKm = geometry.slantRangeKm ?? slantRangeKm(geometry.elevationDeg, geometry.altitudeKm);
  const atmosphericLossDb = slantAtmosphericLossDb(geometry.zenithAtmosphericLossDb, geometry.elevationDeg, geometry.airMassModel);
  return freeSpaceLinkBudget({ ...terminals, lengthKm, atmosphericLossDb });
}

/** Satellite–satellite: vacuum all the way, so only diffraction, pointing and optics. */
export function interSatelliteLinkBudget(terminals: Omit<FreeSpaceParams, 'atmosphericLossDb'>): FreeSpaceBudget {
  return freeSpaceLinkBudget({ ...terminals, atmosphericLossDb: 0 });
}
