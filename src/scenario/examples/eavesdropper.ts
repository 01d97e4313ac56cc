import type { Example } from './example';

/** Two identical 40 km links; on one an intercept-resend eavesdropper measures half the pulses. */
export const eavesdropper: Example = {
  id: 'eavesdropper',
  title: 'An eavesdropper betrayed by the QBER',
  lesson: [
    'Eve measures and resends half the pulses on one of two identical 40 km links.',
    'Measuring in the wrong basis flips bits: the QBER climbs past 11 % and that link stops making key.',
  ],
  scenario: {
    version: 2,
    name: 'Eavesdropper detected by the QBER',
    seed: 1,
    settings: { durationSeconds: 600, timeStepSeconds: 1 },
    nodes: [
      { id: 'alice', label: 'Alice', kind: 'ground-station', position: { x: 100, y: 120 }, params: {} },
      { id: 'bob', label: 'Bob', kind: 'ground-station', position: { x: 700, y: 120 }, params: {} },
      { id: 'carol', label: 'Carol', kind: 'ground-station', position: { x: 100, y: 380 }, params: {} },
      { id: 'dave', label: 'Dave', kind: 'ground-station', position: { x: 700, y: 380 }, params: {} },
    ],
    links: [
      { id: 'fiber-clean', label: 'Clean fiber', source: 'alice', target: 'bob', kind: 'fiber', params: { lengthKm: 40 } },
      { id: 'fiber-tapped', label: 'Tapped fiber (Eve)', source: 'carol', target: 'dave', kind: 'fiber', params: { lengthKm: 40, interceptedFraction: 0.5 } },
    ],
    requests: [
      { id: 'key-clean', label: 'Alice → Bob (clean)', source: 'alice', target: 'bob', protocol: 'bb84-decoy', params: {} },
      { id: 'key-tapped', label: 'Carol → Dave (Eve)', source: 'carol', target: 'dave', protocol: 'bb84-decoy', params: {} },
    ],
  },
};
