import type { Example } from './example';

/** Micius-like orbit (500 km, 97.4°) and the two ground stations of the 2017 China–Austria key exchange. */
export const satellitePass: Example = {
  id: 'satellite-pass',
  title: 'A satellite links two continents',
  lesson: [
    'A low-orbit satellite exchanges key with Xinglong (China) and Graz (Austria) as it passes over each.',
    'Key flows only during passes of a few minutes; the satellite stores it and relays it between stations 7 600 km apart.',
  ],
  scenario: {
    version: 1,
    name: 'Satellite relay: Xinglong – Graz',
    seed: 1,
    settings: { durationSeconds: 86_400, timeStepSeconds: 10 },
    nodes: [
      { id: 'micius', label: 'Satellite (500 km)', kind: 'satellite', position: { x: 430, y: 60 }, params: { altitudeKm: 500, inclinationDeg: 97.4, phaseDeg: 0 } },
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
