// Prints the key-rate-against-distance table of docs/physics.md from the engine, as the app computes it.
import { evaluateScenario } from '../src/engine/evaluate';
import type { ScenarioInput } from '../src/scenario/schema';
import { parseScenario } from '../src/scenario/validate';

type Request = NonNullable<ScenarioInput['requests']>[number];

function keyPerPulse(lengthKm: number, request: Partial<Request>) {
  // Two equal links through a passive middle node, so BBM92's source and twin-field's Charlie sit at the midpoint.
  const parsed = parseScenario({
    version: 1,
    nodes: [
      { id: 'a', kind: 'ground-station', position: { x: 0, y: 0 }, params: {} },
      { id: 'm', kind: 'trusted-node', position: { x: 1, y: 0 }, params: {} },
      { id: 'b', kind: 'ground-station', position: { x: 2, y: 0 }, params: {} },
    ],
    links: [
      { id: 'l1', source: 'a', target: 'm', kind: 'fiber', params: { lengthKm: lengthKm / 2, attenuationDbPerKm: 0.21 } },
      { id: 'l2', source: 'm', target: 'b', kind: 'fiber', params: { lengthKm: lengthKm / 2, attenuationDbPerKm: 0.21 } },
      { id: 'direct', source: 'a', target: 'b', kind: 'fiber', params: { lengthKm, attenuationDbPerKm: 0.21 } },
    ],
    requests: [{ id: 'r', source: 'a', target: 'b', params: {}, routingMetric: 'fewest-hops', ...request } as Request],
  });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const result = evaluateScenario(parsed.scenario).requests[0]!;
  return { key: result.keyRateBitsPerSecond / 2e6, plob: result.plobBitsPerSecond / 2e6 };
}

const fmt = (x: number) => (x > 0 ? x.toExponential(2) : '0');
console.log('| km | PLOB (η of the path) | BB84, infinite decoys | BB84, vacuum + weak | BB84, no decoys | BBM92, source in the middle | twin-field (SNS) |');
console.log('|---|---|---|---|---|---|---|');
for (const km of [10, 50, 100, 150, 200, 300, 400]) {
  const inf = keyPerPulse(km, { protocol: 'bb84-decoy' });
  const vw = keyPerPulse(km, { protocol: 'bb84-decoy', decoyMethod: 'vacuum-weak' });
  const none = keyPerPulse(km, { protocol: 'bb84-decoy', decoyMethod: 'none' });
  const bbm = keyPerPulse(km, { protocol: 'bbm92' });
  const tf = keyPerPulse(km, { protocol: 'tf-qkd' });
  console.log(`| ${km} | ${fmt(inf.plob)} | ${fmt(inf.key)} | ${fmt(vw.key)} | ${fmt(none.key)} | ${fmt(bbm.key)} | ${fmt(tf.key)} |`);
}
