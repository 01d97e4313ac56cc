import { describe, it, expect } from 'vitest';
import { elevationDegFromSlantRange } from './slant-range';
import {
  diffractionLimitedHalfAngleRad, freeSpaceLossDb, geometricLossDb, geometricTransmittance,
  groundSatelliteLinkBudget, interSatelliteLinkBudget, type FreeSpaceParams,
} from './free-space';

const base: FreeSpaceParams = {
  lengthKm: 1000, wavelengthNm: 850, transmitterApertureM: 0.3, receiverApertureM: 1,
  pointingJitterUrad: 0, atmosphericLossDb: 0, fixedLossDb: 0,
};

describe('Gaussian-beam geometric loss', () => {
  it('matches the far-field closed form 2a²/(θL)² when the aperture is small against the spot', () => {
    const theta = diffractionLimitedHalfAngleRad(850, 0.3);
    const p = { ...base, lengthKm: 36000, receiverApertureM: 0.1 };
    const w2 = 0.15 ** 2 + (theta * 36e6) ** 2;
    expect(geometricTransmittance(p) / ((2 * 0.05 ** 2) / w2)).toBeCloseTo(1, 3);
  });
  it('keeps the far-field closed form in logarithms for apertures down to 5e-324 m, where η underflows (issue 22)', () => {
    // η = 2a²/(θL)² with θ = λ/(π w0): log10 η = log10 2 + 2 log10 a + 2 log10(π w0) − 2 log10(λL), a = D_r/2, w0 = D_t/2.
    for (const [transmitterApertureM, receiverApertureM] of [[1e-300, 1e-300], [5e-324, 1], [0.3, 5e-324]] as const) {
      const half = (d: number) => Math.log10(d) - Math.log10(2);
      const log10Eta = Math.log10(2) + 2 * half(receiverApertureM) + 2 * (Math.log10(Math.PI) + half(transmitterApertureM)) - 2 * Math.log10(850e-9 * 1e6);
      const lossDb = geometricLossDb({ ...base, transmitterApertureM, receiverApertureM });
      expect(Number.isFinite(lossDb)).toBe(true);
      if (transmitterApertureM < 1e-6) expect(lossDb).toBeCloseTo(-10 * log10Eta, 6);
      else expect(lossDb).toBeGreaterThan(-10 * log10Eta - 0.1);
    }
  });
  it('loses 6.02 dB per doubling of distance in the far field', () => {
    const near = geometricLossDb({ ...base, lengthKm: 20000 });
    const far = geometricLossDb({ ...base, lengthKm: 40000 });
    expect(far - near).toBeCloseTo(20 * Math.log10(2), 1);
  });
  it('collects everything at zero distance from a smaller beam', () => {
    expect(geometricTransmittance({ ...base, lengthKm: 1e-6 })).toBeCloseTo(1 - Math.exp(-2 * (0.5 / 0.15) ** 2), 12);
  });
  it('ignores a quoted divergence below the diffraction limit, uses a larger one', () => {
    expect(geometricLossDb({ ...base, beamDivergenceUrad: 0.1 })).toBeCloseTo(geometricLossDb(base), 12);
    expect(geometricLossDb({ ...base, beamDivergenceUrad: 10 })).toBeGreaterThan(geometricLossDb(base) + 5);
  });
  it('keeps precision at hundreds of dB (tiny collected fraction)', () => {
    const loss = geometricLossDb({ ...base, lengthKm: 1e9, receiverApertureM: 0.001 });
    expect(Number.isFinite(loss)).toBe(true);
    expect(loss).toBeGreaterThan(150);
  });
  it('adds fixed and atmospheric losses in dB', () => {
    expect(freeSpaceLossDb({ ...base, atmosphericLossDb: 2, fixedLossDb: 3 }) - geometricLossDb(base)).toBeCloseTo(5, 12);
  });
  it('has no atmosphere between satellites and no line of sight below the horizon', () => {
    expect(interSatelliteLinkBudget({ ...base, lengthKm: 2000 }).atmosphericLossDb).toBe(0);
    const below = groundSatelliteLinkBudget(base, { altitudeKm: 500, elevationDeg: -1, zenithAtmosphericLossDb: 1 });
    expect(below.transmittance).toBe(0);
  });
});

// Micius QKD downlink, Liao et al., Nature 549, 43 (2017): 300 mm transmitter, ~10 µrad beam divergence, 850 nm,
// ~1 m receiving telescope at Xinglong, ~500 km orbit. Published link loss vs distance (Fig. 3, as digitised in
// Baidu QNET's micius2017_link_efficiency.csv): ≈29.8 dB at 645 km and ≈38.3 dB at ≈1190 km, an increase of ≈8.5 dB.
describe('Micius downlink budget against Liao et al. 2017', () => {
  const terminals = { wavelengthNm: 850, transmitterApertureM: 0.3, receiverApertureM: 1, pointingJitterUrad: 0.5, fixedLossDb: 0, beamDivergenceUrad: 10 };
  const at = (rangeKm: number) =>
    groundSatelliteLinkBudget(terminals, { altitudeKm: 500, elevationDeg: elevationDegFromSlantRange(rangeKm, 500), zenithAtmosphericLossDb: 1 });
  it('reproduces the published growth of loss from 645 km to 1190 km within 2.5 dB', () => {
    const growth = at(1190).totalLossDb - at(645).totalLossDb;
    expect(Math.abs(growth - 8.5)).toBeLessThan(2.5);
  });
  it('with no receiver-side losses stays below the measured total (the model must not exceed a measurement)', () => {
    expect(at(645).totalLossDb).toBeLessThan(29.8);
    expect(at(1190).totalLossDb).toBeLessThan(38.3);
  });
});
