import type { ScenarioInput } from '../../scenario/schema';

// Every look a link can have: keyed fiber, tapped fiber (QBER alarm, no key), a failed fiber, a fiber too long for key,
// and free-space links to a satellite (one of them in view at t = 300 s, high over Graz).
export const everyLinkLook: ScenarioInput = {
  version: 2,
  name: 'Every link look <& "quoted">',
  seed: 1,
  settings: { durationSeconds: 600, timeStepSeconds: 5 },
  nodes: [
    { id: 'alice', label: 'Alice', kind: 'ground-station', position: { x: 100, y: 120 }, params: {} },
    { id: 'bob', label: 'Bob', kind: 'ground-station', position: { x: 700, y: 120 }, params: {} },
    { id: 'carol', label: 'Carol', kind: 'ground-station', position: { x: 100, y: 380 }, params: {} },
    { id: 'dave', label: 'Dave', kind: 'trusted-node', position: { x: 700, y: 380 }, params: {} },
    { id: 'erin', label: 'Erin', kind: 'repeater', position: { x: 1100, y: 380 }, params: {} },
    { id: 'micius', label: 'Satellite (500 km)', kind: 'satellite', position: { x: 430, y: -200 }, params: { altitudeKm: 500, inclinationDeg: 97.4, raanDeg: 190, phaseDeg: 110 } },
    { id: 'graz', label: 'Graz', kind: 'ground-station', position: { x: 120, y: -500 }, location: { latDeg: 47.07, lonDeg: 15.49 }, params: {} },
    { id: 'xinglong', label: 'Xinglong', kind: 'ground-station', position: { x: 740, y: -500 }, location: { latDeg: 40.4, lonDeg: 117.58 }, params: {} },
  ],
  links: [
    { id: 'clean', source: 'alice', target: 'bob', kind: 'fiber', params: { lengthKm: 40 } },
    { id: 'tapped', source: 'carol', target: 'dave', kind: 'fiber', params: { lengthKm: 40, interceptedFraction: 0.5 } },
    { id: 'cut', source: 'alice', target: 'carol', kind: 'fiber', params: { lengthKm: 20 } },
    { id: 'too-long', source: 'dave', target: 'erin', kind: 'fiber', params: { lengthKm: 400 } },
    { id: 'down-graz', source: 'micius', target: 'graz', kind: 'free-space', params: {} },
    { id: 'down-xinglong', source: 'micius', target: 'xinglong', kind: 'free-space', params: {} },
  ],
  requests: [
    { id: 'key-clean', label: 'Alice → Bob', source: 'alice', target: 'bob', protocol: 'bb84-decoy', params: {} },
    { id: 'key-tapped', label: 'Carol → Dave (Eve)', source: 'carol', target: 'dave', protocol: 'bb84-decoy', params: {} },
    { id: 'key-long', label: 'Dave → Erin', source: 'dave', target: 'erin', protocol: 'bb84-decoy', params: {} },
    { id: 'key-space', label: 'Xinglong → Graz', source: 'xinglong', target: 'graz', protocol: 'bb84-decoy', params: {} },
  ],
  events: [{ kind: 'link-failure', linkId: 'cut', startSeconds: 0 }],
};
