import type { Example } from './example';

/** Geneva–Zurich is about 225 km of fiber by way of Bern (130 km + 95 km): too far for one BB84 link with GYS detectors. */
export const trustedRelay: Example = {
  id: 'trusted-relay',
  title: 'Trusted nodes vs repeaters',
  lesson: [
    'Geneva and Zurich are 225 km of fiber apart; a trusted node in Bern relays BB84 key hop by hop.',
    'The slowest hop sets the rate, and Bern holds both hop keys: it must be trusted. A repeater would not learn the key.',
  ],
  scenario: {
    version: 2,
    name: 'Geneva – Zurich through Bern',
    seed: 1,
    settings: { durationSeconds: 600, timeStepSeconds: 1 },
    nodes: [
      { id: 'geneva', label: 'Geneva', kind: 'ground-station', position: { x: 80, y: 320 }, location: { latDeg: 46.2, lonDeg: 6.14 }, params: {} },
      { id: 'bern', label: 'Bern', kind: 'trusted-node', position: { x: 430, y: 180 }, location: { latDeg: 46.95, lonDeg: 7.45 }, params: {} },
      { id: 'zurich', label: 'Zurich', kind: 'ground-station', position: { x: 780, y: 120 }, location: { latDeg: 47.37, lonDeg: 8.54 }, params: {} },
    ],
    links: [
      { id: 'fiber-geneva-bern', source: 'geneva', target: 'bern', kind: 'fiber', params: { lengthKm: 130 } },
      { id: 'fiber-bern-zurich', source: 'bern', target: 'zurich', kind: 'fiber', params: { lengthKm: 95 } },
    ],
    requests: [{ id: 'key-gz', label: 'Geneva → Zurich', source: 'geneva', target: 'zurich', protocol: 'bb84-decoy', params: {} }],
  },
};
