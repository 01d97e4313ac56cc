import type { Example } from './example';

/** Requests are routed on the graph, so the two protocols get separate but identical station pairs. */
export const decoyStates: Example = {
  id: 'decoy-states',
  title: 'Decoy states vs no decoys',
  lesson: [
    'Two identical 30 km links: one pair uses decoy states, the other plain weak pulses (GLLP bound).',
    'Without decoys multi-photon pulses must be assumed leaked, so μ must stay tiny and the key falls about a hundredfold.',
  ],
  scenario: {
    version: 2,
    name: 'Decoy states vs no decoys',
    seed: 1,
    settings: { durationSeconds: 600, timeStepSeconds: 1 },
    nodes: [
      { id: 'alice-decoy', label: 'Alice (decoy)', kind: 'ground-station', position: { x: 100, y: 120 }, params: {} },
      { id: 'bob-decoy', label: 'Bob (decoy)', kind: 'ground-station', position: { x: 700, y: 120 }, params: {} },
      { id: 'alice-plain', label: 'Alice (no decoy)', kind: 'ground-station', position: { x: 100, y: 380 }, params: {} },
      { id: 'bob-plain', label: 'Bob (no decoy)', kind: 'ground-station', position: { x: 700, y: 380 }, params: {} },
    ],
    links: [
      { id: 'fiber-decoy', source: 'alice-decoy', target: 'bob-decoy', kind: 'fiber', params: { lengthKm: 30 } },
      { id: 'fiber-plain', source: 'alice-plain', target: 'bob-plain', kind: 'fiber', params: { lengthKm: 30 } },
    ],
    requests: [
      { id: 'key-decoy', label: 'With decoys', source: 'alice-decoy', target: 'bob-decoy', protocol: 'bb84-decoy', decoyMethod: 'infinite', params: {} },
      { id: 'key-plain', label: 'No decoys', source: 'alice-plain', target: 'bob-plain', protocol: 'bb84-decoy', decoyMethod: 'none', params: {} },
    ],
  },
};
