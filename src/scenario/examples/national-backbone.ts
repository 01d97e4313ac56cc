import { greatCircleKm } from '../geo-distance';
import type { ScenarioInput } from '../schema';
import type { Example } from './example';

// A national research backbone to optimise, comparable in size to the SURFnet core graph of Rabbie et al., npj Quantum
// Inf. 8, 5 (2022) (54 nodes, 64 fibres), but our own: 54 Dutch towns at their public coordinates, each fibre joining
// a town to its two nearest (plus a minimum spanning tree, so all are joined), 1.3× the great-circle distance long
// (a typical duct-route factor).
const TOWNS: readonly [string, number, number][] = [
  ['Amsterdam', 52.37, 4.9], ['Rotterdam', 51.92, 4.48], ['Den Haag', 52.08, 4.3], ['Utrecht', 52.09, 5.12],
  ['Eindhoven', 51.44, 5.47], ['Groningen', 53.22, 6.57], ['Tilburg', 51.56, 5.09], ['Almere', 52.35, 5.26],
  ['Breda', 51.59, 4.78], ['Nijmegen', 51.84, 5.86], ['Apeldoorn', 52.21, 5.97], ['Haarlem', 52.38, 4.64],
  ['Arnhem', 51.98, 5.91], ['Enschede', 52.22, 6.89], ['Amersfoort', 52.16, 5.39], ['Zaandam', 52.44, 4.81],
  ['Den Bosch', 51.69, 5.3], ['Zwolle', 52.52, 6.09], ['Leiden', 52.16, 4.49], ['Maastricht', 50.85, 5.69],
  ['Dordrecht', 51.81, 4.67], ['Zoetermeer', 52.06, 4.49], ['Emmen', 52.78, 6.9], ['Ede', 52.04, 5.66],
  ['Deventer', 52.26, 6.16], ['Delft', 52.01, 4.36], ['Venlo', 51.37, 6.17], ['Leeuwarden', 53.2, 5.79],
  ['Alkmaar', 52.63, 4.75], ['Helmond', 51.48, 5.66], ['Hilversum', 52.22, 5.18], ['Heerlen', 50.89, 5.98],
  ['Oss', 51.77, 5.52], ['Assen', 52.99, 6.56], ['Lelystad', 52.52, 5.47], ['Hoorn', 52.64, 5.06],
  ['Middelburg', 51.5, 3.61], ['Roosendaal', 51.53, 4.46], ['Gouda', 52.01, 4.71], ['Den Helder', 52.96, 4.76],
  ['Sneek', 53.03, 5.66], ['Meppel', 52.7, 6.19], ['Hengelo', 52.27, 6.79], ['Zutphen', 52.14, 6.2],
  ['Wageningen', 51.97, 5.67], ['Roermond', 51.19, 5.99], ['Gorinchem', 51.83, 4.97], ['Harderwijk', 52.34, 5.62],
  ['Vlissingen', 51.44, 3.57], ['Goes', 51.5, 3.89], ['Bergen op Zoom', 51.49, 4.29], ['Drachten', 53.11, 6.1],
  ['Heerenveen', 52.96, 5.92], ['Doetinchem', 51.97, 6.29],
];
/** Where key is wanted: the ends of the requests, trusted nodes that stay; every other town is a candidate site. */
const STATIONS = new Set(['Amsterdam', 'Groningen', 'Maastricht', 'Vlissingen', 'Enschede', 'Den Helder']);
const ROUTE_FACTOR = 1.3;

const idOf = (name: string) => name.toLowerCase().replace(/[^a-z]+/g, '-');
const at = (i: number) => ({ latDeg: TOWNS[i]![1], lonDeg: TOWNS[i]![2] });

function fibres(): [number, number][] {
  const n = TOWNS.length;
  const km = (a: number, b: number) => greatCircleKm(at(a), at(b));
  const pairs = new Set<string>();
  const edges: [number, number][] = [];
  const add = (a: number, b: number) => {
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (!pairs.has(key)) edges.push(a < b ? [a, b] : [b, a]), pairs.add(key);
  };
  for (let a = 0; a < n; a++) {
    const nearest = [...Array(n).keys()].filter((b) => b !== a).sort((x, y) => km(a, x) - km(a, y));
    add(a, nearest[0]!);
    add(a, nearest[1]!);
  }
  // Prim's minimum spanning tree joins any islands the nearest-neighbour rule leaves.
  const inTree = new Set([0]);
  while (inTree.size < n) {
    let best: [number, number] | null = null;
    for (const a of inTree) for (let b = 0; b < n; b++) if (!inTree.has(b) && (!best || km(a, b) < km(best[0], best[1]))) best = [a, b];
    inTree.add(best![1]);
    add(best![0], best![1]);
  }
  return edges;
}

function backbone(): Pick<ScenarioInput, 'nodes' | 'links'> {
  const nodes: NonNullable<ScenarioInput['nodes']> = TOWNS.map(([name, latDeg, lonDeg]) => ({
    id: idOf(name),
    label: name,
    position: { x: Math.round(20 + ((lonDeg - 3.5) / 3.5) * 860), y: Math.round(20 + ((53.3 - latDeg) / 2.5) * 460) },
    location: { latDeg, lonDeg },
    params: {},
    kind: 'trusted-node' as const,
    ...(STATIONS.has(name) ? {} : { candidate: true }),
  }));
  const links: NonNullable<ScenarioInput['links']> = fibres().map(([a, b]) => ({
    id: `fibre-${idOf(TOWNS[a]![0])}-${idOf(TOWNS[b]![0])}`,
    kind: 'fiber',
    source: idOf(TOWNS[a]![0]),
    target: idOf(TOWNS[b]![0]),
    params: { lengthKm: Math.round(ROUTE_FACTOR * greatCircleKm(at(a), at(b)) * 10) / 10 },
  }));
  return { nodes, links };
}

const request = (from: string, to: string) => ({
  id: `${idOf(from)}-${idOf(to)}`, source: idOf(from), target: idOf(to), protocol: 'bb84-decoy' as const, minKeyRateBitsPerSecond: 100, params: {},
});

export const nationalBackbone: Example = {
  id: 'national-backbone',
  title: 'Optimise a national backbone',
  lesson: [
    '54 towns joined by fibre; 48 are candidate trusted-node sites. Which are needed for 100 bit/s on every request?',
    'Open Optimise relays and run it: most sites become fibre junctions, and each hop stays within reach.',
  ],
  scenario: {
    version: 2,
    name: 'National backbone (candidate sites)',
    seed: 1,
    settings: { durationSeconds: 600, timeStepSeconds: 1 },
    ...backbone(),
    requests: [
      request('Amsterdam', 'Groningen'),
      request('Amsterdam', 'Maastricht'),
      request('Den Helder', 'Vlissingen'),
      request('Enschede', 'Amsterdam'),
      request('Groningen', 'Maastricht'),
    ],
  },
};
