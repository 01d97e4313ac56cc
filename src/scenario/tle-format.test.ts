import { describe, expect, it } from 'vitest';
import { MICIUS_TLE } from './examples/micius-presets';
import { parseScenario } from './validate';
import { tleChecksum, tleLineProblem } from './tle-format';

const satellite = (orbit: unknown) => ({
  version: 2,
  settings: { startTimeUtc: '2016-12-19T16:45:00Z' },
  nodes: [{ id: 'sat', kind: 'satellite', position: { x: 0, y: 0 }, orbit, params: {} }],
});
const errorsOf = (input: unknown) => {
  const parsed = parseScenario(input);
  return parsed.ok ? [] : parsed.errors;
};

describe('TLE and start-time checks', () => {
  it('computes the NORAD checksum: digits add, minus signs count 1', () => {
    expect(tleChecksum(MICIUS_TLE.line1)).toBe(3);
    expect(tleChecksum(MICIUS_TLE.line2)).toBe(3);
    expect(tleLineProblem(MICIUS_TLE.line1, 1)).toBeNull();
    expect(tleLineProblem(MICIUS_TLE.line2, 1)).toBe('must start with "1 "');
    expect(tleLineProblem(MICIUS_TLE.line1.slice(0, 60), 1)).toBe('must be 69 characters long (it has 60)');
  });

  it('accepts the Micius TLE and refuses a mistyped or mismatched one with the line named', () => {
    expect(errorsOf(satellite(MICIUS_TLE))).toEqual([]);
    expect(errorsOf(satellite({ ...MICIUS_TLE, line1: MICIUS_TLE.line1.replace('41731U', '41732U') }))).toContain(
      'nodes[0].orbit.line1: has checksum 3 but its characters add up to 4: a character was mistyped',
    );
    const other = '2 41732  97.3699 267.4500 0013200 178.5836 246.0824 15.23915303 19064';
    expect(errorsOf(satellite({ ...MICIUS_TLE, line2: other }))).toEqual(['nodes[0].orbit.line2: the two lines name different satellites']);
  });

  it('accepts an OMM with numbers or strings, and refuses one missing an element', () => {
    const omm = { OBJECT_NAME: 'MICIUS', OBJECT_ID: '2016-051A', EPOCH: '2016-12-18T21:38:11.330592', MEAN_MOTION: '15.23915303', ECCENTRICITY: 0.00132,
      INCLINATION: 97.3699, RA_OF_ASC_NODE: 267.45, ARG_OF_PERICENTER: 178.5836, MEAN_ANOMALY: 246.0824, NORAD_CAT_ID: 41731, BSTAR: 1.7957e-5,
      MEAN_MOTION_DOT: 3.64e-6, MEAN_MOTION_DDOT: 0 };
    expect(errorsOf(satellite({ kind: 'omm', omm }))).toEqual([]);
    const { BSTAR: _, ...missing } = omm;
    expect(errorsOf(satellite({ kind: 'omm', omm: missing }))[0]).toMatch(/^nodes\[0\]\.orbit\.omm\.BSTAR: /);
  });

  it('takes a UTC start with a zone and refuses a local or malformed one', () => {
    const at = (startTimeUtc: string) => errorsOf({ ...satellite(MICIUS_TLE), settings: { startTimeUtc } });
    expect(at('2016-12-19T16:45Z')).toEqual([]);
    expect(at('2016-12-20T00:45:00+08:00')).toEqual([]);
    expect(at('2016-12-19 16:45')).toEqual(['settings.startTimeUtc: must be a UTC date and time like 2016-12-19T16:45:00Z']);
    expect(at('2016-13-45T16:45:00Z')).toEqual(['settings.startTimeUtc: must be a UTC date and time like 2016-12-19T16:45:00Z']);
  });
});
