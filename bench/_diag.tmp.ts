import { generateNetworkInput } from './generate-scenario';
import { parseScenario } from '../src/scenario/validate';
import { networkAt } from '../src/engine/evaluate';
import { searchFor } from '../src/engine/requests/network-index';
const p = parseScenario(generateNetworkInput({ nodes: 20000 })); if (!p.ok) throw 0;
const sc = p.scenario;
const { index } = networkAt(sc, 0);
console.log('distinct sources', new Set(sc.requests.map(r=>r.source)).size);
let t = performance.now(); let settledSum = 0;
for (const r of sc.requests.slice(0, 200)) {
  const { source, target, constraints, metric, weights } = searchFor(index, r);
  index.search.run(source, metric, weights, constraints, [target]);
  let c = 0; for (let v = 0; v < sc.nodes.length; v++) if (index.search.reached(v)) c++;
  settledSum += c;
}
console.log('ms/search', (performance.now()-t)/200, 'settled avg', settledSum/200);
t = performance.now();
for (const r of sc.requests.slice(0, 200)) { const { source, constraints, metric, weights } = searchFor(index, r); index.search.run(source, metric, weights, constraints); }
console.log('full ms/search', (performance.now()-t)/200);
