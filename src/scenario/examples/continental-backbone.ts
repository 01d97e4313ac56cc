import type { ScenarioInput } from '../schema';
import type { Example } from './example';

// A simplified Beijing–Shanghai backbone: the real line runs about 2,000 km through 32 trusted nodes
// (Chen et al., Nature 589, 214 (2021)); here 24 hops of about 85 km join Beijing, Jinan, Hefei and Shanghai.
const CITIES = [
  { id: 'beijing', label: 'Beijing', latDeg: 39.9, lonDeg: 116.4 },
  { id: 'jinan', label: 'Jinan', latDeg: 36.65, lonDeg: 117.0 },
  { id: 'hefei', label: 'Hefei', latDeg: 31.82, lonDeg: 117.23 },
  { id: 'shanghai', label: 'Shanghai', latDeg: 31.23, lonDeg: 121.47 },
];
const HOPS_PER_LEG = 8;
const HOP_KM = 85;

/** Serpentine layout: one canvas row per leg, alternating direction, so 25 stations fit a 900 × 500 canvas. */
function layout(leg: number, index: number) {
  return { x: leg % 2 === 0 ? 40 + index * 100 : 840 - index * 100, y: 60 + leg * 140 };
}

function backbone(): Pick<ScenarioInput, 'nodes' | 'links'> {
  const nodes: NonNullable<ScenarioInput['nodes']> = [];
  const links: NonNullable<ScenarioInput['links']> = [];
  CITIES.forEach((city, leg) => {
    nodes.push({ id: city.id, label: city.label, kind: 'trusted-node', position: layout(leg, 0), location: { latDeg: city.latDeg, lonDeg: city.lonDeg }, params: {} });
    const next = CITIES[leg + 1];
    if (!next) return;
    let previous = city.id;
    for (let hop = 1; hop <= HOPS_PER_LEG; hop++) {
      const id = hop < HOPS_PER_LEG ? `${city.id}-${next.id}-${hop}` : next.id;
      if (hop < HOPS_PER_LEG) {
        const f = hop / HOPS_PER_LEG;
        nodes.push({
          id, label: `Relay ${leg * (HOPS_PER_LEG - 1) + hop}`, kind: 'trusted-node',
          position: layout(leg, hop),
          location: { latDeg: city.latDeg + f * (next.latDeg - city.latDeg), lonDeg: city.lonDeg + f * (next.lonDeg - city.lonDeg) },
          params: {},
        });
      }
      links.push({ id: `fiber-${previous}-${id}`, source: previous, target: id, kind: 'fiber', params: { lengthKm: HOP_KM } });
      previous = id;
    }
  });
  return { nodes, links };
}

export const continentalBackbone: Example = {
  id: 'continental-backbone',
  title: 'A continental backbone of trusted nodes',
  lesson: [
    'About 2,000 km from Beijing to Shanghai in 24 trusted hops of 85 km: far beyond any single link.',
    'Key crosses at the rate of the slowest hop, delays add up, and two requests on one line share it.',
  ],
  scenario: {
    version: 2,
    name: 'Beijing–Shanghai trusted-node backbone',
    seed: 1,
    settings: { durationSeconds: 600, timeStepSeconds: 1 },
    ...backbone(),
    requests: [
      { id: 'beijing-shanghai', label: 'Beijing → Shanghai', source: 'beijing', target: 'shanghai', protocol: 'bb84-decoy', params: {} },
      { id: 'jinan-hefei', label: 'Jinan → Hefei', source: 'jinan', target: 'hefei', protocol: 'bb84-decoy', params: {} },
    ],
  },
};
