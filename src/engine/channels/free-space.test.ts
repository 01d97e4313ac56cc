import { describe, it, expect } from 'vitest';
import { elevationDegFromSlantRange } from './slant-range';
import {
  diffractionLimitedHalfAngleRad, freeSpaceLossDb, geometricLossDb, geometricTransmittance,
  groundSatelliteLinkBudget, interSatelliteLinkBudget, type FreeSpaceParams,
} from './free-space';
import { MICIUS_DOWNLINK_PARAMS, MICIUS_GROUND_DETECTOR } from '../../scenario/examples/micius-presets';
import { freeSpaceParamSpecs } from '../../scenario/params';

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

// Micius decoy-state downlink to Xinglong, Liao et al., Nature 549, 43 (2017), Fig. 3: end-to-end link efficiency
// against slant range, as digitised in Baidu QNET's micius2017_link_efficiency.csv. The model is built only from the
// preset's physical terms (src/scenario/examples/micius-presets.ts); the detectors' 50 % is part of the measured figure.
describe('Micius downlink budget against Liao et al. 2017', () => {
  const measured: [rangeKm: number, lossDb: number][] = [[645, 29.75], [1003, 34.12], [1100, 36.05], [1195, 38.98]];
  const detectorLossDb = -10 * Math.log10(MICIUS_GROUND_DETECTOR.detectorEfficiency);
  const endToEndDb = (rangeKm: number) =>
    groundSatelliteLinkBudget(MICIUS_DOWNLINK_PARAMS, { altitudeKm: 500, elevationDeg: elevationDegFromSlantRange(rangeKm, 500), zenithAtmosphericLossDb: MICIUS_DOWNLINK_PARAMS.atmosphericLossDb }).totalLossDb + detectorLossDb;

  it.each(measured)('at %d km is within ±2 dB of the measured %f dB', (rangeKm, lossDb) => {
    expect(Math.abs(endToEndDb(rangeKm) - lossDb)).toBeLessThan(2);
  });
  it('grows with range like the measurement: +9.2 dB from 645 to 1195 km, the model within 2.5 dB of it', () => {
    const growth = endToEndDb(1195) - endToEndDb(645);
    expect(growth).toBeGreaterThan(6.5); // far-field R² alone gives 5.3 dB; extinction at 20° elevation adds the rest
    expect(Math.abs(growth - (38.98 - 29.75))).toBeLessThan(2.5);
  });
  it('spends most of its decibels on the beam outgrowing the 1 m telescope', () => {
    const b = groundSatelliteLinkBudget(MICIUS_DOWNLINK_PARAMS, { altitudeKm: 500, elevationDeg: elevationDegFromSlantRange(645, 500), zenithAtmosphericLossDb: 1 });
    // 17 µrad full angle at 645 km: w ≈ 5.5 m, so a 0.5 m radius collects 1 − exp(−2·0.25/w²) ≈ 1.6 % (18 dB).
    expect(b.beamRadiusAtReceiverM).toBeCloseTo(Math.hypot(0.15, 8.5e-6 * 645e3, 2 * 0.5e-6 * 645e3), 6);
    expect(b.geometricLossDb).toBeGreaterThan(17);
    expect(b.geometricLossDb).toBeLessThan(19);
    expect(b.receiverOpticsLossDb).toBeCloseTo(6.02, 2);
  });
});

describe('turbulent beam wander and receiver optics', () => {
  it('beam wander widens the spot exactly as pointing jitter of the same rms angle does', () => {
    expect(geometricLossDb({ ...base, turbulenceBeamWanderUrad: 3 })).toBeCloseTo(geometricLossDb({ ...base, pointingJitterUrad: 3 }), 12);
    const both = geometricLossDb({ ...base, pointingJitterUrad: 3, turbulenceBeamWanderUrad: 4 });
    expect(both).toBeCloseTo(geometricLossDb({ ...base, pointingJitterUrad: 5 }), 12);
  });
  it('receiver optics efficiency η adds −10 log10 η, and 1 (the default) adds nothing', () => {
    expect(freeSpaceLossDb({ ...base, receiverOpticsEfficiency: 0.5 }) - freeSpaceLossDb(base)).toBeCloseTo(10 * Math.log10(2), 12);
    expect(freeSpaceLossDb({ ...base, receiverOpticsEfficiency: 1 })).toBe(freeSpaceLossDb(base));
  });
});

describe('a free-space link shorter than any beam can spread', () => {
  it('collects at most all the light: 0 dB of geometric loss, never a gain, even with denormal length and aperture', () => {
    const p = { ...Object.fromEntries(Object.entries(freeSpaceParamSpecs).map(([k, s]) => [k, s.default])), lengthKm: 5e-324, transmitterApertureM: 5e-324 } as unknown as FreeSpaceParams;
    expect(geometricLossDb(p)).toBe(0);
  });
});
