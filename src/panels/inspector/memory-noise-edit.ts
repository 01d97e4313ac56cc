import type { MEMORY_NOISE_MODELS, Scenario, ScenarioNode } from '../../scenario/schema';

export type MemoryNoiseModel = (typeof MEMORY_NOISE_MODELS)[number];

/** Sets how a node's memories decohere; 'dephasing', the default, is stored by leaving the field out. */
export function withMemoryNoiseModel(scenario: Scenario, nodeId: string, model: MemoryNoiseModel): Scenario {
  return {
    ...scenario,
    nodes: scenario.nodes.map((n) => {
      if (n.id !== nodeId || n.kind === 'satellite') return n;
      const { memoryNoiseModel: _old, ...rest } = n;
      return (model === 'dephasing' ? rest : { ...rest, memoryNoiseModel: model }) as ScenarioNode;
    }),
  };
}
