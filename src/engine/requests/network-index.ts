import type { Scenario, ScenarioLink, ScenarioNode, ScenarioRequest } from '../../scenario/schema';
import type { LinkResult } from '../results';
import { buildAdjacency, fewestHopPath, type Adjacency, type HopPath } from '../routing/hop-path';

/** Lookups shared by every request of one evaluation. */
export interface NetworkIndex {
  scenario: Scenario;
  nodes: Map<string, ScenarioNode>;
  links: Map<string, ScenarioLink>;
  linkResults: Map<string, LinkResult>;
  adjacency: Adjacency;
}

export function indexScenario(scenario: Scenario, linkResults: LinkResult[]): NetworkIndex {
  return {
    scenario,
    nodes: new Map(scenario.nodes.map((n) => [n.id, n])),
    links: new Map(scenario.links.map((l) => [l.id, l])),
    linkResults: new Map(linkResults.map((r) => [r.id, r])),
    adjacency: buildAdjacency(scenario.links),
  };
}

/** Stations with a source and detectors: the ends of a QKD hop. */
export function terminalParams(node: ScenarioNode | undefined) {
  return node && (node.kind === 'ground-station' || node.kind === 'trusted-node') ? node.params : null;
}

/** Which intermediate nodes each protocol can pass through, and how to say so when no path exists. */
const RELAY_RULES: Record<ScenarioRequest['protocol'], { canRelay: (n: ScenarioNode) => boolean; rule: string }> = {
  'bb84-decoy': { canRelay: (n) => n.kind === 'trusted-node', rule: 'only trusted nodes can relay BB84 key' },
  // One optical path end to end: intermediate nodes are passive (patch panels, Charlie, the pair source).
  bbm92: { canRelay: (n) => n.kind !== 'satellite', rule: 'the photons pass through intermediate ground nodes only' },
  'tf-qkd': { canRelay: (n) => n.kind !== 'satellite', rule: 'the photons pass through intermediate ground nodes only' },
  entanglement: { canRelay: (n) => n.kind === 'repeater', rule: 'only repeaters can swap entanglement' },
};

export type PathChoice = { ok: true; path: HopPath } | { ok: false; reason: string };

export function choosePath(index: NetworkIndex, request: ScenarioRequest): PathChoice {
  const relay = RELAY_RULES[request.protocol];
  const path = fewestHopPath(index.adjacency, request.source, request.target, (id) => {
    const node = index.nodes.get(id);
    return node !== undefined && relay.canRelay(node);
  });
  return path ? { ok: true, path } : { ok: false, reason: `no path of links joins ${request.source} and ${request.target} (${relay.rule})` };
}

/** Total loss and delay of a path of links, which compose as a single optical channel. */
export function pathChannel(index: NetworkIndex, linkIds: readonly string[]) {
  let lossDb = 0;
  let latencySeconds = 0;
  // Independent bit flips compose as 1 − 2e_total = Π(1 − 2e_i).
  let flipSurvival = 1;
  let untouched = 1;
  for (const id of linkIds) {
    const result = index.linkResults.get(id)!;
    const link = index.links.get(id)!;
    lossDb += result.lossDb;
    latencySeconds += result.latencySeconds;
    flipSurvival *= 1 - 2 * link.params.misalignmentError;
    untouched *= 1 - link.params.interceptedFraction;
  }
  return { lossDb, latencySeconds, misalignmentError: (1 - flipSurvival) / 2, interceptedFraction: 1 - untouched };
}
