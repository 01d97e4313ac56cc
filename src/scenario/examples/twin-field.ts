import type { Example } from './example';

/** 350 km of standard fiber split at an untrusted middle station, the distance of Chen et al., PRL 124, 070501 (2020). */
export const twinField: Example = {
  id: 'twin-field',
  title: 'Twin-field QKD beats the repeaterless bound',
  lesson: [
    'Alice and Bob send phase-locked weak pulses over 350 km to an untrusted station Charlie in the middle.',
    'The key scales with √η, not η, so it rises above the PLOB bound that no direct link can beat.',
  ],
  scenario: {
    version: 2,
    name: 'Twin-field QKD over 350 km',
    seed: 1,
    settings: { durationSeconds: 600, timeStepSeconds: 1 },
    nodes: [
      { id: 'alice', label: 'Alice', kind: 'ground-station', position: { x: 80, y: 240 }, params: { repetitionRateHz: 1e9 } },
      { id: 'charlie', label: 'Charlie (untrusted)', kind: 'ground-station', position: { x: 420, y: 240 }, params: {} },
      { id: 'bob', label: 'Bob', kind: 'ground-station', position: { x: 760, y: 240 }, params: { repetitionRateHz: 1e9 } },
    ],
    links: [
      { id: 'fiber-ac', source: 'alice', target: 'charlie', kind: 'fiber', params: { lengthKm: 175, } },
      { id: 'fiber-cb', source: 'charlie', target: 'bob', kind: 'fiber', params: { lengthKm: 175, } },
    ],
    requests: [{ id: 'key-tf', label: 'Twin-field key', source: 'alice', target: 'bob', protocol: 'tf-qkd', params: {} }],
  },
};
