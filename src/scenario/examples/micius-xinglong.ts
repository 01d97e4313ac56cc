import type { Example } from './example';
import { MICIUS_DOWNLINK_PARAMS, MICIUS_GROUND_DETECTOR, MICIUS_TLE } from './micius-presets';

/** The real Micius orbit (SGP4 from its TLE) over Xinglong on the night of the published key exchange. */
export const miciusXinglong: Example = {
  id: 'micius-xinglong',
  title: 'Micius over Xinglong, 19 December 2016',
  lesson: [
    'The real Micius orbit (its TLE, propagated by SGP4) passes Xinglong at 16:48–16:56 UTC, 645 km away at closest.',
    'The loss follows the slant range (about 30 dB at 645 km); key comes only while Micius is above 10°.',
  ],
  speed: 20,
  scenario: {
    version: 2,
    name: 'Micius – Xinglong downlink (Liao et al. 2017)',
    seed: 1,
    settings: { durationSeconds: 900, timeStepSeconds: 1, startTimeUtc: '2016-12-19T16:45:00Z' },
    nodes: [
      { id: 'micius', label: 'Micius', kind: 'satellite', position: { x: 430, y: 80 }, orbit: MICIUS_TLE, params: { altitudeKm: 500, repetitionRateHz: 1e8 } },
      { id: 'xinglong', label: 'Xinglong', kind: 'ground-station', position: { x: 430, y: 380 }, location: { latDeg: 40.3959, lonDeg: 117.5775, altitudeKm: 0.89 }, params: { ...MICIUS_GROUND_DETECTOR, repetitionRateHz: 1e8 } },
    ],
    links: [{ id: 'downlink', source: 'micius', target: 'xinglong', kind: 'free-space', params: MICIUS_DOWNLINK_PARAMS }],
    requests: [{ id: 'key', label: 'Micius → Xinglong', source: 'micius', target: 'xinglong', protocol: 'bb84-decoy', decoyMethod: 'vacuum-weak', signalMeanPhotonNumber: 0.8, finiteKeyBlockPulses: 1e10, params: { weakDecoyMeanPhotonNumber: 0.1 } }],
  },
};
