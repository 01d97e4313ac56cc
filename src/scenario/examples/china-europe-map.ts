import { routedFibreKm } from '../fibre-route';
import type { ScenarioInput } from '../schema';
import type { Example } from './example';

/**
 * The Beijing–Shanghai backbone through trusted nodes at real cities (the real line: ~2,000 km, 32 trusted nodes;
 * Chen et al., Nature 589, 214 (2021)), Xinglong's ground station near Beijing, and a Micius-like satellite to Graz
 * (the 2017 China–Austria key exchange). Fibre lengths are great-circle × 1.1, the design's route factor.
 */
const ROUTE_FACTOR = 1.1;

const BACKBONE = [
  ['beijing', 'Beijing', 39.904, 116.407],
  ['langfang', 'Langfang', 39.538, 116.684],
  ['tianjin', 'Tianjin', 39.084, 117.201],
  ['cangzhou', 'Cangzhou', 38.304, 116.839],
  ['dezhou', 'Dezhou', 37.436, 116.359],
  ['jinan', 'Jinan', 36.651, 117.12],
  ['taian', 'Tai’an', 36.2, 117.088],
  ['jining', 'Jining', 35.415, 116.587],
  ['zaozhuang', 'Zaozhuang', 34.81, 117.323],
  ['xuzhou', 'Xuzhou', 34.205, 117.284],
  ['suzhou-anhui', 'Suzhou (Anhui)', 33.646, 116.964],
  ['bengbu', 'Bengbu', 32.916, 117.389],
  ['huainan', 'Huainan', 32.626, 116.999],
  ['hefei', 'Hefei', 31.82, 117.227],
  ['chuzhou', 'Chuzhou', 32.302, 118.316],
  ['nanjing', 'Nanjing', 32.06, 118.797],
  ['zhenjiang', 'Zhenjiang', 32.188, 119.425],
  ['changzhou', 'Changzhou', 31.811, 119.974],
  ['wuxi', 'Wuxi', 31.491, 120.312],
  ['suzhou', 'Suzhou', 31.299, 120.585],
  ['shanghai', 'Shanghai', 31.23, 121.474],
] as const;

const XINGLONG = { latDeg: 40.396, lonDeg: 117.577 };
const GRAZ = { latDeg: 47.067, lonDeg: 15.491 };

/** Canvas layout (positions carry no physics): the backbone snakes in rows of seven under the satellite. */
function canvasSpot(i: number) {
  const row = Math.floor(i / 7);
  const col = i % 7;
  return { x: 60 + (row % 2 === 0 ? col : 6 - col) * 120, y: 150 + row * 110 };
}

function network(): Pick<ScenarioInput, 'nodes' | 'links'> {
  const nodes: NonNullable<ScenarioInput['nodes']> = BACKBONE.map(([id, label, latDeg, lonDeg], i) => ({
    id, label, kind: 'trusted-node' as const, position: canvasSpot(i), location: { latDeg, lonDeg }, params: {},
  }));
  nodes.push(
    { id: 'xinglong', label: 'Xinglong', kind: 'trusted-node', position: { x: 60, y: 40 }, location: XINGLONG, params: {} },
    { id: 'graz', label: 'Graz', kind: 'ground-station', position: { x: 800, y: 40 }, location: GRAZ, params: {} },
    { id: 'micius', label: 'Satellite (500 km)', kind: 'satellite', position: { x: 430, y: 20 }, params: { altitudeKm: 500, inclinationDeg: 97.4, raanDeg: 190, phaseDeg: 110 } },
  );
  const links: NonNullable<ScenarioInput['links']> = BACKBONE.slice(1).map(([id, , latDeg, lonDeg], i) => {
    const [prevId, , prevLat, prevLon] = BACKBONE[i]!;
    return { id: `fiber-${prevId}-${id}`, source: prevId, target: id, kind: 'fiber' as const, params: { lengthKm: routedFibreKm({ latDeg: prevLat, lonDeg: prevLon }, { latDeg, lonDeg }, ROUTE_FACTOR) } };
  });
  links.push(
    { id: 'fiber-beijing-xinglong', source: 'beijing', target: 'xinglong', kind: 'fiber', params: { lengthKm: routedFibreKm(XINGLONG, { latDeg: BACKBONE[0][2], lonDeg: BACKBONE[0][3] }, ROUTE_FACTOR) } },
    { id: 'downlink-xinglong', source: 'micius', target: 'xinglong', kind: 'free-space', params: {} },
    { id: 'downlink-graz', source: 'micius', target: 'graz', kind: 'free-space', params: {} },
  );
  return { nodes, links };
}

export const chinaEuropeMap: Example = {
  id: 'china-europe-map',
  title: 'From Shanghai to Graz: a backbone and a satellite on the map',
  lesson: [
    'Trusted nodes at real cities from Beijing to Shanghai, and a satellite from Xinglong to Graz. Open the map view.',
    'On the map or globe: the backbone, the satellite moving along its ground track, and where it is seen from.',
  ],
  speed: 1000,
  scenario: {
    version: 2,
    name: 'Shanghai to Graz: backbone and satellite',
    seed: 1,
    settings: { durationSeconds: 16_500, timeStepSeconds: 5, routeFactor: ROUTE_FACTOR },
    ...network(),
    requests: [
      { id: 'beijing-shanghai', label: 'Beijing → Shanghai', source: 'beijing', target: 'shanghai', protocol: 'bb84-decoy', params: {} },
      { id: 'shanghai-graz', label: 'Shanghai → Graz', source: 'shanghai', target: 'graz', protocol: 'bb84-decoy', params: {} },
    ],
  },
};
