import type { Example } from './example';

/**
 * A Micius-like satellite (500 km, 97.4°) placed straight over Graz at t = 0 (the node's longitude and phase put the
 * point below it at 47.06° N, 15.52° E). The run is a one-second snapshot, so the satellite stands nearly still; moving
 * its phase by 3.81° is moving one minute along its 94.5-minute orbit.
 */
export const satelliteOverhead: Example = {
  id: 'satellite-overhead',
  title: 'A satellite pass, minute by minute',
  lesson: [
    'One low-orbit satellite sends key down to Graz; the run is a one-second snapshot of one moment of a pass.',
    'Straight overhead the beam crosses 500 km and the least air: the loss is lowest and the key highest.',
  ],
  speed: 1,
  scenario: {
    version: 2,
    name: 'Satellite over Graz',
    seed: 1,
    settings: { durationSeconds: 1, timeStepSeconds: 0.25 },
    nodes: [
      { id: 'sat', label: 'Satellite (500 km)', kind: 'satellite', position: { x: 430, y: 60 }, params: { altitudeKm: 500, inclinationDeg: 97.4, raanDeg: 23.54, phaseDeg: 47.58 } },
      { id: 'graz', label: 'Graz', kind: 'ground-station', position: { x: 430, y: 380 }, location: { latDeg: 47.07, lonDeg: 15.49 }, params: {} },
    ],
    links: [{ id: 'downlink-graz', source: 'sat', target: 'graz', kind: 'free-space', params: {} }],
    requests: [{ id: 'key-sat', label: 'Satellite → Graz', source: 'sat', target: 'graz', protocol: 'bb84-decoy', params: {} }],
  },
};
