import type { Scenario } from '../scenario/schema';

type Named = { readonly id: string; readonly label?: string };

/** Whether two versions of a list name the same things the same way: an edit of a value leaves every name as it was. */
export function sameNames(a: readonly Named[], b: readonly Named[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && (a[i]!.id !== b[i]!.id || a[i]!.label !== b[i]!.label)) return false;
  return true;
}

/** Labels by id, one map per design (designs are never changed in place): a results panel names thousands of hops. */
const labelsByDesign = new WeakMap<Scenario, Map<string, string | undefined>>();
/** The last design's labels, handed on to the next design when its edit renamed nothing (no 26,000-entry map rebuilt per edit). */
let lastLabels: { scenario: Scenario; byId: Map<string, string | undefined> } | null = null;

function labels(scenario: Scenario): Map<string, string | undefined> {
  let byId = labelsByDesign.get(scenario);
  if (!byId) {
    const last = lastLabels?.scenario;
    if (last && sameNames(last.requests, scenario.requests) && sameNames(last.links, scenario.links) && sameNames(last.nodes, scenario.nodes)) byId = lastLabels!.byId;
    else {
      byId = new Map();
      // Nodes win over links over requests when ids collide, as a search in that order would.
      for (const list of [scenario.requests, scenario.links, scenario.nodes]) for (const x of list) byId.set(x.id, x.label);
    }
    labelsByDesign.set(scenario, byId);
  }
  lastLabels = { scenario, byId };
  return byId;
}

/** A node's, link's or request's name as the user gave it, else its id. */
export function nameOf(scenario: Scenario, id: string): string {
  return labels(scenario).get(id) || id;
}

const idNamers = new WeakMap<Map<string, string | undefined>, (id: string) => string>();

/** nameOf for one design as a function that stays the same while edits rename nothing, so what it is passed to need not redraw. */
export function idNamer(scenario: Scenario): (id: string) => string {
  const byId = labels(scenario);
  let name = idNamers.get(byId);
  if (!name) idNamers.set(byId, (name = (id) => byId.get(id) || id));
  return name;
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
  const last = lastNamer;
  if (last && sameNames(last.nodes, scenario.nodes) && sameNames(last.links, scenario.links)) {
    lastNamer = { ...last, nodes: scenario.nodes, links: scenario.links };
    return last.name;
  }
  const name = buildNamer(scenario);
  lastNamer = { nodes: scenario.nodes, links: scenario.links, name };
  return name;
}

/** The namer last built, kept while edits rename nothing: the same function, so what depends on it need not redo its work. */
let lastNamer: { nodes: readonly Named[]; links: readonly Named[]; name: (text: string) => string } | null = null;

function buildNamer(scenario: { nodes: readonly Scenario['nodes'][number][]; links: readonly Scenario['links'][number][] }): (text: string) => string {
  const named = [...scenario.nodes, ...scenario.links].filter((x) => x.label && x.label !== x.id);
  if (named.length === 0) return (text) => text;
  const byId = new Map(named.map((x) => [x.id, x.label!]));
  const ids = [...byId.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(`(?<![\\w.:-])(${ids.join('|')})(?![\\w.:-]*\\w)`, 'g');
  return (text) => text.replace(pattern, (id) => byId.get(id) ?? id);
}
