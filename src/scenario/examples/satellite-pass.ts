import type { Example } from './example';

/**
 * Micius-like orbit (500 km, 97.4°) and the two ground stations of the 2017 China–Austria key exchange; the node
 * longitude and phase put a high pass over Graz two minutes in and one over Xinglong four hours later.
 */
export const satellitePass: Example = {
  id: 'satellite-pass',
  title: 'A satellite links two continents',
  lesson: [
    'A low-orbit satellite exchanges key with Xinglong (China) and Graz (Austria) as it passes over each.',
    'Passes last minutes (Graz at 2 min, Xinglong 4 h later; it plays at 1000×); key waits on board between them.',
  ],
  speed: 1000,
  scenario: {
    version: 2,
    name: 'Satellite relay: Xinglong – Graz',
    seed: 1,
    settings: { durationSeconds: 16_500, timeStepSeconds: 5 },
    nodes: [
      { id: 'micius', label: 'Satellite (500 km)', kind: 'satellite', position: { x: 430, y: 60 }, params: { altitudeKm: 500, inclinationDeg: 97.4, raanDeg: 190, phaseDeg: 110 } },
      { id: 'graz', label: 'Graz', kind: 'ground-station', position: { x: 120, y: 380 }, location: { latDeg: 47.07, lonDeg: 15.49 }, params: {} },
      { id: 'xinglong', label: 'Xinglong', kind: 'ground-station', position: { x: 740, y: 380 }, location: { latDeg: 40.4, lonDeg: 117.58 }, params: {} },
    ],
    links: [
      { id: 'downlink-graz', source: 'micius', target: 'graz', kind: 'free-space', params: {} },
      { id: 'downlink-xinglong', source: 'micius', target: 'xinglong', kind: 'free-space', params: {} },
    ],
    requests: [{ id: 'key-intercontinental', label: 'Xinglong → Graz', source: 'xinglong', target: 'graz', protocol: 'bb84-decoy', params: {} }],
  },
};
