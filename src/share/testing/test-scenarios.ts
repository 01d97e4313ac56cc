import type { Scenario, ScenarioInput } from '../../scenario/schema';
import { parseScenario } from '../../scenario/validate';

/** A chain of `count` stations joined by default fiber, with key requests across it: the link-length benchmark. */
export function chainScenario(count: number): Scenario {
  const input: ScenarioInput = {
    version: 2,
    name: `Chain of ${count} stations`,
    nodes: Array.from({ length: count }, (_, i) => ({
      id: `n${i + 1}`,
      label: `Station ${i + 1}`,
      kind: i === 0 || i === count - 1 ? ('ground-station' as const) : ('trusted-node' as const),
      position: { x: 80 + i * 180, y: 160 + (i % 2) * 60 },
      params: {},
    })),
    links: Array.from({ length: count - 1 }, (_, i) => ({ id: `f${i + 1}`, source: `n${i + 1}`, target: `n${i + 2}`, kind: 'fiber' as const, params: {} })),
    requests: [
      { id: 'key-1', source: 'n1', target: `n${count}`, protocol: 'bb84-decoy', params: {} },
      { id: 'key-2', source: 'n1', target: `n${Math.ceil(count / 2)}`, protocol: 'bb84-decoy', params: {} },
      { id: 'key-3', source: `n${Math.ceil(count / 2)}`, target: `n${count}`, protocol: 'bb84-decoy', params: {} },
    ],
  };
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.scenario;
}
