import { describe, expect, it } from 'vitest';
import { orbitalPeriodSeconds, satelliteEcefKm, satelliteInertialKm, type CircularOrbit } from './circular-orbit';
import { DEG, EARTH_MU_KM3_PER_S2, EARTH_RADIUS_KM, EARTH_ROTATION_RAD_PER_S } from './earth';
import { groundStationEcefKm, lookAngles, slantRangeKm } from './look-angles';
import { lookAnglesAt, predictPasses } from './passes';

const micius: CircularOrbit = { altitudeKm: 500, inclinationDeg: 97.4, raanDeg: 100, phaseDeg: 0 };
const xinglong = { latDeg: 40.4, lonDeg: 117.6 }; // Xinglong station, about 40.4° N, 117.6° E
const graz = { latDeg: 47.07, lonDeg: 15.49 };
const DAY_SECONDS = 86_400;

describe('circular orbit', () => {
  it('has the Kepler period, about 94.5 min at 500 km', () => {
    const a = EARTH_RADIUS_KM + 500;
    expect(orbitalPeriodSeconds(500)).toBeCloseTo(2 * Math.PI * Math.sqrt(a ** 3 / EARTH_MU_KM3_PER_S2), 9);
    expect(orbitalPeriodSeconds(500) / 60).toBeGreaterThan(94.3);
    expect(orbitalPeriodSeconds(500) / 60).toBeLessThan(94.7);
  });

  it('stays on its sphere and returns to the same inertial point after one period', () => {
    const T = orbitalPeriodSeconds(micius.altitudeKm);
    const p0 = satelliteInertialKm(micius, 123);
    const p1 = satelliteInertialKm(micius, 123 + T);
    expect(Math.hypot(p0.x - p1.x, p0.y - p1.y, p0.z - p1.z)).toBeLessThan(1e-6);
    const e = satelliteEcefKm(micius, 5000);
    expect(Math.hypot(e.x, e.y, e.z)).toBeCloseTo(EARTH_RADIUS_KM + 500, 9);
  });

  it('reaches the latitude of its inclination (prograde) or its supplement (retrograde)', () => {
    let maxLatDeg = 0;
    for (let t = 0; t < orbitalPeriodSeconds(500); t += 5) {
      const p = satelliteEcefKm(micius, t);
      maxLatDeg = Math.max(maxLatDeg, Math.asin(p.z / Math.hypot(p.x, p.y, p.z)) / DEG);
    }
    expect(maxLatDeg).toBeCloseTo(180 - 97.4, 1);
  });

  it('turns the Earth at the sidereal rate: a fixed inertial point drifts west in longitude', () => {
    const equatorial: CircularOrbit = { altitudeKm: 35_786, inclinationDeg: 0, raanDeg: 0, phaseDeg: 0 };
    // A geostationary altitude keeps the satellite over the same longitude when the period equals the sidereal day.
    expect(orbitalPeriodSeconds(35_786 + 6378.137 - EARTH_RADIUS_KM)).toBeCloseTo((2 * Math.PI) / EARTH_ROTATION_RAD_PER_S, -1);
    const p = satelliteEcefKm({ ...equatorial, altitudeKm: 35_786 + 6378.137 - EARTH_RADIUS_KM }, 6 * 3600);
    expect(Math.atan2(p.y, p.x) / DEG).toBeCloseTo(0, 1);
  });
});

describe('look angles', () => {
  it('gives 90° elevation and range equal to altitude directly overhead', () => {
    const overhead = satelliteEcefKm({ altitudeKm: 500, inclinationDeg: 45, raanDeg: 0, phaseDeg: 0 }, 0);
    const look = lookAngles({ latDeg: 0, lonDeg: 0 }, overhead);
    expect(look.elevationDeg).toBeCloseTo(90, 9);
    expect(look.slantRangeKm).toBeCloseTo(500, 9);
  });

  it('agrees with the slant-range formula R = √((Re+h)² − Re² cos² E) − Re sin E', () => {
    const station = { latDeg: 30, lonDeg: 50 };
    const g = groundStationEcefKm(station);
    const up = { x: g.x / EARTH_RADIUS_KM, y: g.y / EARTH_RADIUS_KM, z: g.z / EARTH_RADIUS_KM };
    for (const centralAngleDeg of [0.5, 3, 8, 14, 19]) {
      for (const bearingDeg of [0, 70, 200]) {
        // Point at altitude h, `centralAngleDeg` away from the station along bearing `bearingDeg`.
        const lat = 30 * DEG;
        const lon = 50 * DEG;
        const north = { x: -Math.sin(lat) * Math.cos(lon), y: -Math.sin(lat) * Math.sin(lon), z: Math.cos(lat) };
        const east = { x: -Math.sin(lon), y: Math.cos(lon), z: 0 };
        const b = bearingDeg * DEG;
        const dir = { x: Math.cos(b) * north.x + Math.sin(b) * east.x, y: Math.cos(b) * north.y + Math.sin(b) * east.y, z: Math.cos(b) * north.z };
        const c = centralAngleDeg * DEG;
        const r = EARTH_RADIUS_KM + 500;
        const sat = { x: r * (Math.cos(c) * up.x + Math.sin(c) * dir.x), y: r * (Math.cos(c) * up.y + Math.sin(c) * dir.y), z: r * (Math.cos(c) * up.z + Math.sin(c) * dir.z) };
        const look = lookAngles(station, sat);
        expect(look.slantRangeKm).toBeCloseTo(slantRangeKm(500, look.elevationDeg), 6);
        expect(Math.abs(((look.azimuthDeg - bearingDeg + 540) % 360) - 180)).toBeLessThan(1e-6); // equal modulo 360°
      }
    }
    expect(slantRangeKm(500, 90)).toBeCloseTo(500, 9);
    expect(slantRangeKm(500, 10)).toBeGreaterThan(1600);
  });
});

describe('passes', () => {
  const passes = predictPasses(micius, xinglong, 0, DAY_SECONDS, 10);

  it('finds a plausible number of Micius-like passes over a mid-latitude station in a day', () => {
    // A 97.4° orbit sees a 40° N site on one to three consecutive orbits around each of its two daily crossings (2–4 a day here, by RAAN).
    expect(passes.length).toBeGreaterThanOrEqual(2);
    expect(passes.length).toBeLessThanOrEqual(8);
  });

  it('gives passes of a few minutes above 10°, no longer than the geometric limit', () => {
    // Overhead pass: the station sees the satellite over a central angle 2λ, λ = 90° − E − asin(Re cos E / (Re + h)).
    const lambda = (90 - 10) * DEG - Math.asin((EARTH_RADIUS_KM * Math.cos(10 * DEG)) / (EARTH_RADIUS_KM + 500));
    const longestSeconds = ((2 * lambda) / (2 * Math.PI)) * orbitalPeriodSeconds(500);
    expect(longestSeconds / 60).toBeGreaterThan(7);
    expect(longestSeconds / 60).toBeLessThan(8);
    for (const pass of passes) {
      expect(pass.durationSeconds).toBeGreaterThan(0);
      expect(pass.durationSeconds).toBeLessThan(longestSeconds * 1.05); // Earth's turn changes the relative speed by a few %
      expect(pass.maxElevationDeg).toBeGreaterThanOrEqual(10);
      expect(lookAnglesAt(micius, xinglong, pass.riseSeconds).elevationDeg).toBeCloseTo(10, 3);
      expect(lookAnglesAt(micius, xinglong, pass.setSeconds).elevationDeg).toBeCloseTo(10, 3);
    }
    expect(Math.max(...passes.map((p) => p.durationSeconds))).toBeGreaterThan(120);
  });

  it('matches a brute-force one-second scan', () => {
    const rises: number[] = [];
    let up = lookAnglesAt(micius, xinglong, 0).elevationDeg >= 10;
    for (let t = 1; t <= DAY_SECONDS; t++) {
      const now = lookAnglesAt(micius, xinglong, t).elevationDeg >= 10;
      if (now && !up) rises.push(t);
      up = now;
    }
    expect(rises.length).toBe(passes.length);
    rises.forEach((t, i) => expect(Math.abs(t - passes[i]!.riseSeconds)).toBeLessThan(1));
  });

  it('clips a pass in progress at the ends of the span', () => {
    const p = passes[0]!;
    const mid = (p.riseSeconds + p.setSeconds) / 2;
    const clipped = predictPasses(micius, xinglong, mid, p.setSeconds + 600, 10);
    expect(clipped[0]!.risesBeforeSpan).toBe(true);
    expect(clipped[0]!.riseSeconds).toBe(mid);
    expect(clipped[0]!.setSeconds).toBeCloseTo(p.setSeconds, 2);
  });
});
