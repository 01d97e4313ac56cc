import type { Scenario } from '../../scenario/schema';

/** Marks or unmarks a trusted node as a candidate site; the cost goes with the mark (a fixed node carries none). */
export function withCandidate(scenario: Scenario, nodeId: string, candidate: boolean): Scenario {
  return {
    ...scenario,
    nodes: scenario.nodes.map((n) => {
      if (n.id !== nodeId || n.kind !== 'trusted-node') return n;
      const { candidate: _old, costUnits, ...rest } = n;
      return candidate ? { ...rest, candidate: true, ...(costUnits === undefined ? {} : { costUnits }) } : rest;
    }),
  };
}

export function withCost(scenario: Scenario, nodeId: string, costUnits: number): Scenario {
  return { ...scenario, nodes: scenario.nodes.map((n) => (n.id === nodeId && n.kind === 'trusted-node' ? { ...n, costUnits } : n)) };
}
