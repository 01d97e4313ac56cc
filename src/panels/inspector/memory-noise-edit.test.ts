import { describe, expect, it } from 'vitest';
import { defaultScenarioInput } from '../../scenario/default-scenario';
import type { Scenario } from '../../scenario/schema';
import { parseScenario } from '../../scenario/validate';
import { physicsChanged } from '../../store/physics-changed';
import { withMemoryNoiseModel } from './memory-noise-edit';

function defaultScenario(): Scenario {
  const parsed = parseScenario(defaultScenarioInput);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.scenario;
}

describe('setting a node\'s memory noise model', () => {
  it('sets the model on that node only, keeps the document valid and restarts the engine', () => {
    const before = defaultScenario();
    const id = before.nodes[0]!.id;
    const after = withMemoryNoiseModel(before, id, 't1-t2');
    expect(after.nodes[0]).toMatchObject({ memoryNoiseModel: 't1-t2', params: before.nodes[0]!.params });
    expect(after.nodes.slice(1)).toEqual(before.nodes.slice(1));
    expect(parseScenario(after).ok).toBe(true);
    expect(physicsChanged(before, after)).toBe(true);
  });

  it('stores the default, dephasing, by leaving the field out', () => {
    const before = defaultScenario();
    const id = before.nodes[0]!.id;
    const back = withMemoryNoiseModel(withMemoryNoiseModel(before, id, 'depolarizing'), id, 'dephasing');
    expect(back.nodes[0]).not.toHaveProperty('memoryNoiseModel');
    expect(back.nodes[0]).toEqual(before.nodes[0]);
  });
});
