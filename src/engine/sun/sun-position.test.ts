import { Body, Equator, Horizon, Observer } from 'astronomy-engine';
import { describe, expect, it } from 'vitest';
import { sunElevationDeg } from './sun-position';

// A second, independent ephemeris (astronomy-engine, VSOP87-based, arcminute-or-better) as the reference.
function referenceElevationDeg(latDeg: number, lonDeg: number, utcMs: number): number {
  const observer = new Observer(latDeg, lonDeg, 0);
  const date = new Date(utcMs);
  const eq = Equator(Body.Sun, date, observer, true, true);
  return Horizon(date, observer, eq.ra, eq.dec).altitude;
}

describe('sun elevation', () => {
  const places = [
    { name: 'Xinglong', latDeg: 40.3959, lonDeg: 117.5775 },
    { name: 'Graz', latDeg: 47.0671, lonDeg: 15.4934 },
    { name: 'Quito', latDeg: -0.18, lonDeg: -78.47 },
    { name: 'McMurdo', latDeg: -77.85, lonDeg: 166.67 },
  ];
  it.each(places)('agrees with astronomy-engine within 0.05° at $name over a year', (p) => {
    const start = Date.parse('2016-01-01T00:00:00Z');
    for (let k = 0; k < 60; k++) {
      const t = start + k * 6.1 * 86_400_000 + k * 3_600_000; // spread over the year and the hours of the day
      expect(Math.abs(sunElevationDeg(p, t) - referenceElevationDeg(p.latDeg, p.lonDeg, t))).toBeLessThan(0.05);
    }
  });

  it('puts the Sun about 90° − |φ − δ| up at local noon: at the equinox over the equator, nearly overhead', () => {
    // 2016-03-20 04:30 UTC was the March equinox; noon at longitude 0 eight hours later keeps δ ≈ +0.1°.
    expect(sunElevationDeg({ latDeg: 0, lonDeg: 0 }, Date.parse('2016-03-20T12:07:00Z'))).toBeGreaterThan(89.5);
  });

  it('has Xinglong in astronomical night (Sun below −18°) during the Micius pass of 2016-12-19 16:50 UTC (00:50 local)', () => {
    expect(sunElevationDeg({ latDeg: 40.3959, lonDeg: 117.5775 }, Date.parse('2016-12-19T16:50:00Z'))).toBeLessThan(-18);
  });
});
