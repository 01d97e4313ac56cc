import { describe, expect, it } from 'vitest';
import { MICIUS_TLE } from '../../scenario/examples/micius-presets';
import { satrecFromOmm, satrecFromTle, sgp4OrbitModel, tleEpochMs } from './sgp4-orbit';
import { predictPasses } from './passes';

const satrec = satrecFromTle(MICIUS_TLE.line1, MICIUS_TLE.line2);
const epochMs = tleEpochMs(satrec);
const xinglong = { latDeg: 40.3959, lonDeg: 117.5775 };

// The same element set as Celestrak publishes it in OMM JSON.
const MICIUS_OMM = {
  OBJECT_NAME: 'MICIUS', OBJECT_ID: '2016-051A', EPOCH: '2016-12-18T21:38:11.330592', MEAN_MOTION: 15.23915303, ECCENTRICITY: 0.00132,
  INCLINATION: 97.3699, RA_OF_ASC_NODE: 267.45, ARG_OF_PERICENTER: 178.5836, MEAN_ANOMALY: 246.0824, EPHEMERIS_TYPE: 0, CLASSIFICATION_TYPE: 'U',
  NORAD_CAT_ID: 41731, ELEMENT_SET_NO: 999, REV_AT_EPOCH: 1906, BSTAR: 1.7957e-5, MEAN_MOTION_DOT: 3.64e-6, MEAN_MOTION_DDOT: 0,
};

describe('SGP4 orbit from a TLE', () => {
  it('reads the epoch 16353.90152003 as 2016-12-18 21:38:11.33 UTC', () => {
    expect(new Date(epochMs).toISOString()).toBe('2016-12-18T21:38:11.330Z');
  });

  it('stays at Micius altitude (about 490–520 km above the WGS-84 ellipsoid) over a day', () => {
    const orbit = sgp4OrbitModel(satrec, epochMs);
    for (let t = 0; t < 86_400; t += 1234) {
      const p = orbit.ecefKm(t);
      const r = Math.hypot(p.x, p.y, p.z);
      expect(r).toBeGreaterThan(6356 + 480);
      expect(r).toBeLessThan(6378 + 530);
    }
  });

  it('gives the same positions from the OMM form of the same elements (within 10 m)', () => {
    const fromTle = sgp4OrbitModel(satrec, epochMs);
    const fromOmm = sgp4OrbitModel(satrecFromOmm(MICIUS_OMM), epochMs);
    for (let t = 0; t < 86_400; t += 3600) {
      const a = fromTle.ecefKm(t);
      const b = fromOmm.ecefKm(t);
      expect(Math.hypot(a.x - b.x, a.y - b.y, a.z - b.z)).toBeLessThan(0.01);
    }
  });

  it('propagates each instant once: asking again for the same t returns the cached position', () => {
    const orbit = sgp4OrbitModel(satrec, epochMs);
    expect(orbit.ecefKm(600)).toBe(orbit.ecefKm(600));
  });

  it('puts the 2016-12-19 night pass over Xinglong at 16:48–16:56 UTC above 10°, about 48° high (Liao et al. 2017: 645 km closest)', () => {
    const start = Date.parse('2016-12-19T16:00:00Z');
    const orbit = sgp4OrbitModel(satrec, start);
    const [pass] = predictPasses(orbit, xinglong, 0, 3600, 10);
    expect(new Date(start + pass!.riseSeconds * 1000).toISOString()).toMatch(/^2016-12-19T16:48:/);
    expect(new Date(start + pass!.setSeconds * 1000).toISOString()).toMatch(/^2016-12-19T16:55:/);
    expect(pass!.maxElevationDeg).toBeCloseTo(47.9, 0);
    expect(Math.abs(orbit.lookAngles(xinglong, pass!.maxElevationSeconds).slantRangeKm - 645)).toBeLessThan(30);
  });
});
