import type { Example } from './example';
import { MICIUS_DOWNLINK_PARAMS, MICIUS_GROUND_DETECTOR, MICIUS_TLE } from './micius-presets';

/**
 * Micius as a trusted relay from Xinglong to Graz on its real orbit, as in the China–Austria exchange of Liao et al.,
 * PRL 120, 030501 (2018); both stations need nautical night. Graz's receiver aperture is not given in the sources we
 * have: 0.5 m, the size of its laser-ranging telescope, is an assumption.
 */
export const miciusGraz: Example = {
  id: 'micius-graz',
  title: 'Micius relays key from Xinglong to Graz',
  lesson: [
    'The real Micius orbit: key made over Xinglong at 16:48 UTC waits on board until the night pass over Graz at 23:03 UTC.',
    'Both stations need the Sun below −12°: the daytime passes in between carry nothing. Plays at 1000×.',
  ],
  speed: 1000,
  scenario: {
    version: 2,
    name: 'Micius relay: Xinglong – Graz, 19 December 2016',
    seed: 1,
    settings: { durationSeconds: 23_700, timeStepSeconds: 5, startTimeUtc: '2016-12-19T16:45:00Z' },
    nodes: [
      { id: 'micius', label: 'Micius', kind: 'satellite', position: { x: 430, y: 60 }, orbit: MICIUS_TLE, params: { repetitionRateHz: 1e8 } },
      {
        id: 'xinglong', label: 'Xinglong', kind: 'ground-station', position: { x: 740, y: 380 }, location: { latDeg: 40.3959, lonDeg: 117.5775, altitudeKm: 0.89 },
        params: { ...MICIUS_GROUND_DETECTOR, repetitionRateHz: 1e8, maxSunElevationDeg: -12 },
      },
      {
        id: 'graz', label: 'Graz', kind: 'ground-station', position: { x: 120, y: 380 }, location: { latDeg: 47.0671, lonDeg: 15.4934, altitudeKm: 0.495 },
        params: { ...MICIUS_GROUND_DETECTOR, repetitionRateHz: 1e8, maxSunElevationDeg: -12 },
      },
    ],
    links: [
      { id: 'downlink-xinglong', source: 'micius', target: 'xinglong', kind: 'free-space', params: MICIUS_DOWNLINK_PARAMS },
      { id: 'downlink-graz', source: 'micius', target: 'graz', kind: 'free-space', params: { ...MICIUS_DOWNLINK_PARAMS, receiverApertureM: 0.5 } },
    ],
    requests: [
      {
        id: 'key-intercontinental', label: 'Xinglong → Graz', source: 'xinglong', target: 'graz', protocol: 'bb84-decoy',
        decoyMethod: 'vacuum-weak', signalMeanPhotonNumber: 0.8, finiteKeyBlockPulses: 1e10, params: { weakDecoyMeanPhotonNumber: 0.1 },
      },
    ],
  },
};
