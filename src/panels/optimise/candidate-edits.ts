import type { Scenario } from '../../scenario/schema';

/** Marks or unmarks a trusted node or repeater as a candidate site; its cost stays, so ticking it again brings the cost back. */
export function withCandidate(scenario: Scenario, nodeId: string, candidate: boolean): Scenario {
  return {
    ...scenario,
    nodes: scenario.nodes.map((n) => {
      if (n.id !== nodeId || (n.kind !== 'trusted-node' && n.kind !== 'repeater')) return n;
      const { candidate: _old, ...rest } = n;
      return candidate ? { ...rest, candidate: true } : rest;
    }),
  };
}

export function withCost(scenario: Scenario, nodeId: string, costUnits: number): Scenario {
  return { ...scenario, nodes: scenario.nodes.map((n) => (n.id === nodeId && (n.kind === 'trusted-node' || n.kind === 'repeater') ? { ...n, costUnits } : n)) };
}
