import type { Example } from './example';

/** GYS detectors (the defaults) give decoy BB84 a cut-off near 142 km; 140 km sits just before it. */
export const bb84DistanceLimit: Example = {
  id: 'bb84-distance-limit',
  title: 'BB84 over fiber: the distance limit',
  lesson: [
    'Decoy-state BB84 from Geneva to Bern over 140 km of standard fiber (GYS detectors, 4.5 % efficient).',
    'Every 50 km costs 10 dB; near 150 km dark counts swamp the few photons left and the key drops to zero.',
  ],
  scenario: {
    version: 2,
    name: 'BB84 distance limit: Geneva–Bern',
    seed: 1,
    settings: { durationSeconds: 600, timeStepSeconds: 1 },
    nodes: [
      { id: 'geneva', label: 'Geneva', kind: 'ground-station', position: { x: 100, y: 220 }, location: { latDeg: 46.2, lonDeg: 6.14 }, params: {} },
      { id: 'bern', label: 'Bern', kind: 'ground-station', position: { x: 700, y: 220 }, location: { latDeg: 46.95, lonDeg: 7.45 }, params: {} },
    ],
    links: [{ id: 'fiber-gb', label: 'Geneva–Bern fiber', source: 'geneva', target: 'bern', kind: 'fiber', params: { lengthKm: 140 } }],
    requests: [{ id: 'key-gb', label: 'Geneva → Bern key', source: 'geneva', target: 'bern', protocol: 'bb84-decoy', decoyMethod: 'infinite', params: {} }],
  },
};
