import type { Scenario } from '../scenario/schema';

/** Labels by id, one map per design (designs are never changed in place): a results panel names thousands of hops. */
const labelsByDesign = new WeakMap<Scenario, Map<string, string | undefined>>();

function labels(scenario: Scenario): Map<string, string | undefined> {
  let byId = labelsByDesign.get(scenario);
  if (!byId) {
    byId = new Map();
    // Nodes win over links over requests when ids collide, as a search in that order would.
    for (const list of [scenario.requests, scenario.links, scenario.nodes]) for (const x of list) byId.set(x.id, x.label);
    labelsByDesign.set(scenario, byId);
  }
  return byId;
}

/** A node's, link's or request's name as the user gave it, else its id. */
export function nameOf(scenario: Scenario, id: string): string {
  return labels(scenario).get(id) || id;
}

/** A request as people say it: its own name, else "Alice → Bob". */
export function requestName(scenario: Scenario, requestId: string): string {
  const request = scenario.requests.find((r) => r.id === requestId);
  if (!request) return requestId;
  return request.label || `${nameOf(scenario, request.source)} → ${nameOf(scenario, request.target)}`;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A function that puts names for ids in the engine's sentences, which name nodes and links by id. Whole ids only (so
 * "a" never rewrites "alice"), longest first (so "graz-2" wins over "graz"); built once per design, used many times.
 */
export function namer(scenario: { nodes: readonly Scenario['nodes'][number][]; links: readonly Scenario['links'][number][] }): (text: string) => string {
  const named = [...scenario.nodes, ...scenario.links].filter((x) => x.label && x.label !== x.id);
  if (named.length === 0) return (text) => text;
  const byId = new Map(named.map((x) => [x.id, x.label!]));
  const ids = [...byId.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(`(?<![\\w.:-])(${ids.join('|')})(?![\\w.:-]*\\w)`, 'g');
  return (text) => text.replace(pattern, (id) => byId.get(id) ?? id);
}
