import { generateNetworkInput } from './generate-scenario';
import { parseScenario } from '../src/scenario/validate';
import { evaluateState } from '../src/engine/evaluate';
import { reevaluateState } from '../src/engine/incremental/reevaluate';
import type { ScenarioLink } from '../src/scenario/schema';
const p = parseScenario(generateNetworkInput({ nodes: 10000 })); if (!p.ok) throw 0;
const scenario = p.scenario;
const base = evaluateState(scenario, 0);
const users = new Map<string, number>();
for (const r of base.evaluation.requests) for (const h of r.hops) users.set(h.linkId, (users.get(h.linkId) ?? 0) + 1);
const busiest = scenario.links.reduce((best, l, i) => ((users.get(l.id) ?? 0) > (users.get(scenario.links[best]!.id) ?? 0) ? i : best), 0);
const mode = process.argv[2] ?? 'longer';
const links = scenario.links.slice();
const l = links[busiest]!;
links[busiest] = { ...l, params: { ...l.params, lengthKm: l.params.lengthKm * (mode === 'longer' ? 1.1 : 0.9) } } as ScenarioLink;
const edited = { ...scenario, links };
for (let k = 0; k < 3; k++) {
  let t = performance.now();
  const s = reevaluateState(base, edited, 0);
  const changed = s.evaluation.requests.filter((r, i) => r !== base.evaluation.requests[i]).length;
  console.log(mode, 'incremental', (performance.now() - t).toFixed(0), 'ms; changed', changed, 'users', users.get(l.id));
}
let t = performance.now(); evaluateState(edited, 0); console.log('whole', (performance.now() - t).toFixed(0));
