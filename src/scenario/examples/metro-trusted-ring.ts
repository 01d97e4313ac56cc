import type { Example } from './example';

/** Six trusted nodes on a fiber ring around Berlin; distances are rough metro fiber runs, not surveyed routes. */
export const metroTrustedRing: Example = {
  id: 'metro-trusted-ring',
  title: 'A metropolitan trusted-node network',
  lesson: [
    'Six trusted nodes around Berlin on a fiber ring; three key requests are relayed hop by hop around it.',
    'Each hop makes its own key and passes it on: the slowest hop on a path sets its rate, and every relay must be trusted.',
  ],
  scenario: {
    version: 2,
    name: 'Berlin trusted-node ring',
    seed: 1,
    settings: { durationSeconds: 600, timeStepSeconds: 1 },
    nodes: [
      { id: 'mitte', label: 'Mitte', kind: 'trusted-node', position: { x: 430, y: 60 }, location: { latDeg: 52.52, lonDeg: 13.4 }, params: {} },
      { id: 'lichtenberg', label: 'Lichtenberg', kind: 'trusted-node', position: { x: 740, y: 170 }, location: { latDeg: 52.52, lonDeg: 13.5 }, params: {} },
      { id: 'adlershof', label: 'Adlershof', kind: 'trusted-node', position: { x: 740, y: 380 }, location: { latDeg: 52.43, lonDeg: 13.53 }, params: {} },
      { id: 'potsdam', label: 'Potsdam', kind: 'trusted-node', position: { x: 430, y: 480 }, location: { latDeg: 52.39, lonDeg: 13.06 }, params: {} },
      { id: 'spandau', label: 'Spandau', kind: 'trusted-node', position: { x: 120, y: 380 }, location: { latDeg: 52.54, lonDeg: 13.2 }, params: {} },
      { id: 'tegel', label: 'Tegel', kind: 'trusted-node', position: { x: 120, y: 170 }, location: { latDeg: 52.59, lonDeg: 13.29 }, params: {} },
    ],
    links: [
      { id: 'ring-ml', source: 'mitte', target: 'lichtenberg', kind: 'fiber', params: { lengthKm: 12 } },
      { id: 'ring-la', source: 'lichtenberg', target: 'adlershof', kind: 'fiber', params: { lengthKm: 18 } },
      { id: 'ring-ap', source: 'adlershof', target: 'potsdam', kind: 'fiber', params: { lengthKm: 45 } },
      { id: 'ring-ps', source: 'potsdam', target: 'spandau', kind: 'fiber', params: { lengthKm: 28 } },
      { id: 'ring-st', source: 'spandau', target: 'tegel', kind: 'fiber', params: { lengthKm: 14 } },
      { id: 'ring-tm', source: 'tegel', target: 'mitte', kind: 'fiber', params: { lengthKm: 16 } },
    ],
    requests: [
      { id: 'key-mitte-lichtenberg', label: 'Mitte → Lichtenberg', source: 'mitte', target: 'lichtenberg', protocol: 'bb84-decoy', params: {} },
      { id: 'key-mitte-spandau', label: 'Mitte → Spandau', source: 'mitte', target: 'spandau', protocol: 'bb84-decoy', params: {} },
      { id: 'key-lichtenberg-potsdam', label: 'Lichtenberg → Potsdam', source: 'lichtenberg', target: 'potsdam', protocol: 'bb84-decoy', params: {} },
    ],
  },
};
