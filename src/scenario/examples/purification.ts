import type { Example } from './example';

/** Noisy memories (initial fidelity 0.9) make the gain from one DEJMPS round large enough to see. */
const noisyRepeater = { initialFidelity: 0.9 };
/** The stations hold the same memories: every heralded pair starts at 0.9, as when the repeater set the whole chain. */
const noisyStation = { initialFidelity: 0.9 };

export const purification: Example = {
  id: 'purification',
  title: 'Purification trades rate for fidelity',
  lesson: [
    'Two identical 2 × 25 km repeater links with noisy pairs; one request purifies each link once with DEJMPS.',
    'Purifying spends two pairs to make one better pair: fidelity goes up, the pair rate goes down.',
  ],
  scenario: {
    version: 2,
    name: 'Purification: rate vs fidelity',
    seed: 1,
    settings: { durationSeconds: 600, timeStepSeconds: 1 },
    nodes: [
      { id: 'a-plain', label: 'Alice (no purification)', kind: 'ground-station', position: { x: 80, y: 120 }, params: noisyStation },
      { id: 'r-plain', label: 'Repeater (plain)', kind: 'repeater', position: { x: 420, y: 120 }, params: noisyRepeater },
      { id: 'b-plain', label: 'Bob (no purification)', kind: 'ground-station', position: { x: 760, y: 120 }, params: noisyStation },
      { id: 'a-pure', label: 'Alice (DEJMPS)', kind: 'ground-station', position: { x: 80, y: 380 }, params: noisyStation },
      { id: 'r-pure', label: 'Repeater (DEJMPS)', kind: 'repeater', position: { x: 420, y: 380 }, params: noisyRepeater },
      { id: 'b-pure', label: 'Bob (DEJMPS)', kind: 'ground-station', position: { x: 760, y: 380 }, params: noisyStation },
    ],
    links: [
      { id: 'fiber-plain-1', source: 'a-plain', target: 'r-plain', kind: 'fiber', params: { lengthKm: 25 } },
      { id: 'fiber-plain-2', source: 'r-plain', target: 'b-plain', kind: 'fiber', params: { lengthKm: 25 } },
      { id: 'fiber-pure-1', source: 'a-pure', target: 'r-pure', kind: 'fiber', params: { lengthKm: 25 } },
      { id: 'fiber-pure-2', source: 'r-pure', target: 'b-pure', kind: 'fiber', params: { lengthKm: 25 } },
    ],
    requests: [
      { id: 'pairs-plain', label: 'No purification', source: 'a-plain', target: 'b-plain', protocol: 'entanglement', purificationProtocol: 'none', params: {} },
      {
        id: 'pairs-pure', label: 'DEJMPS, 1 round', source: 'a-pure', target: 'b-pure', protocol: 'entanglement',
        purificationProtocol: 'dejmps', params: { purificationRounds: 1 },
      },
    ],
  },
};
