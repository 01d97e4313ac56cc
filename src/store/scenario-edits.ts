import { routedFibreKm } from '../scenario/fibre-route';
import { fiberParamSpecs, freeSpaceParamSpecs } from '../scenario/params';
import { newLink, newNode, newRequest } from '../scenario/new-elements';
import { PROTOCOLS } from '../scenario/schema-constants';
import type {
  LinkKind,
  NodeKind,
  Protocol,
  Scenario,
  ScenarioLink,
  ScenarioNode,
  ScenarioRequest,
} from '../scenario/schema';

/** Pure document edits: each returns a new scenario and leaves the old one untouched, so undo is a pointer swap. */

export function moveNode(s: Scenario, id: string, position: { x: number; y: number }): Scenario {
  return placeNodes(s, new Map([[id, position]]));
}

/** Put nodes where a drag left them: one new document (one undo step) however many nodes moved. */
export function placeNodes(s: Scenario, positions: ReadonlyMap<string, { x: number; y: number }>): Scenario {
  if (!s.nodes.some((n) => positions.has(n.id))) return s;
  return { ...s, nodes: s.nodes.map((n) => (positions.has(n.id) ? { ...n, position: positions.get(n.id)! } : n)) };
}

export function setNodeParam(s: Scenario, id: string, key: string, value: number): Scenario {
  return {
    ...s,
    nodes: s.nodes.map((n) => (n.id === id ? ({ ...n, params: { ...n.params, [key]: value } } as ScenarioNode) : n)),
  };
}

export function setLinkParam(s: Scenario, id: string, key: string, value: number): Scenario {
  return {
    ...s,
    links: s.links.map((l) => (l.id === id ? ({ ...l, params: { ...l.params, [key]: value } } as ScenarioLink) : l)),
  };
}

export function setRequestParam(s: Scenario, id: string, key: string, value: number): Scenario {
  return {
    ...s,
    requests: s.requests.map((r) => (r.id === id ? ({ ...r, params: { ...r.params, [key]: value } } as ScenarioRequest) : r)),
  };
}

export function renameNode(s: Scenario, id: string, label: string): Scenario {
  return { ...s, nodes: s.nodes.map((n) => (n.id === id ? { ...n, label } : n)) };
}

export function renameScenario(s: Scenario, name: string): Scenario {
  return { ...s, name };
}

/** Run length and time step; a new settings object, so the engine sees a physics change and reruns. */
export function setRunSettings(s: Scenario, settings: Partial<Scenario['settings']>): Scenario {
  return { ...s, settings: { ...s.settings, ...settings } };
}

/** An empty design that keeps the run settings and seed of the one it replaces (a blank page, not a reset of choices). */
export function blankScenario(s: Scenario): Scenario {
  return { ...s, name: 'Untitled network', nodes: [], links: [], requests: [], events: [] };
}

// ---- Building: add, connect, ask, delete, move, copy and paste. Each is one user action, so one undo step. ----

export type Point = { x: number; y: number };

/** An edit that may be refused; the reason is shown to the user as written. */
export type EditResult<T> = ({ ok: true; scenario: Scenario } & T) | { ok: false; reason: string };

/** `${base}-${n}` with the smallest n ≥ 1 not yet taken. */
export function uniqueId(taken: ReadonlySet<string>, base: string): string {
  for (let n = 1; ; n++) {
    const id = `${base}-${n}`;
    if (!taken.has(id)) return id;
  }
}

/** "Ground station" from "ground-station": generic, so a new node kind gets a name without a table. */
export function kindName(kind: string): string {
  const words = kind.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "Ground station 3" for an id the app generated ("ground-station-3"); undefined for a name someone chose. */
function autoLabel(id: string, kind: string): string | undefined {
  const n = new RegExp(`^${kind}-(\\d+)$`).exec(id)?.[1];
  return n === undefined ? undefined : `${kindName(kind)} ${n}`;
}

/** A new node of `kind` with a fresh id, a readable label and the schema's default parameters. */
export function addNode(s: Scenario, kind: NodeKind, position: Point, location?: { latDeg: number; lonDeg: number }): { scenario: Scenario; id: string } {
  const id = uniqueId(new Set(s.nodes.map((n) => n.id)), kind);
  const node = newNode({ id, label: autoLabel(id, kind), kind, position, ...(location ? { location } : {}) });
  return { scenario: { ...s, nodes: [...s.nodes, node] }, id };
}

function nodeName(s: Scenario, id: string): string {
  const node = s.nodes.find((n) => n.id === id);
  return node?.label || id;
}

/** The two ends must exist and differ; the message names them as the user sees them. */
function checkEnds(s: Scenario, a: string, b: string, what: string): string | null {
  const ids = new Set(s.nodes.map((n) => n.id));
  if (!ids.has(a) || !ids.has(b)) return `Cannot add a ${what}: node ${ids.has(a) ? b : a} does not exist.`;
  if (a === b) return `Cannot add a ${what} from ${nodeName(s, a)} to itself.`;
  return null;
}

/** Canvas distance means nothing physical: the default length, or the great-circle distance (a fibre's × the route factor) when both ends are on the map. */
function linkLengthKm(kind: LinkKind, a: ScenarioNode, b: ScenarioNode, routeFactor?: number): number | undefined {
  if (!a.location || !b.location) return undefined;
  const spec = kind === 'fiber' ? fiberParamSpecs.lengthKm : freeSpaceParamSpecs.lengthKm;
  const km = routedFibreKm(a.location, b.location, kind === 'fiber' ? routeFactor : 1);
  // Co-located ends would give 0 km, which no link may have: keep the default then.
  return km > spec.min ? Math.min(km, spec.max) : undefined;
}

/** A link between two nodes: free-space when either end is a satellite, otherwise fiber. Links are undirected. */
export function addLink(s: Scenario, a: string, b: string): EditResult<{ id: string }> {
  const problem = checkEnds(s, a, b, 'link');
  if (problem) return { ok: false, reason: problem };
  if (s.links.some((l) => (l.source === a && l.target === b) || (l.source === b && l.target === a))) {
    return { ok: false, reason: `${nodeName(s, a)} and ${nodeName(s, b)} are already linked.` };
  }
  const source = s.nodes.find((n) => n.id === a)!;
  const target = s.nodes.find((n) => n.id === b)!;
  const kind: LinkKind = source.kind === 'satellite' || target.kind === 'satellite' ? 'free-space' : 'fiber';
  const id = uniqueId(new Set(s.links.map((l) => l.id)), kind);
  const lengthKm = linkLengthKm(kind, source, target, s.settings.routeFactor);
  const link = newLink({ id, source: a, target: b, kind, lengthKm });
  return { ok: true, scenario: { ...s, links: [...s.links, link] }, id };
}

/** A key request between two nodes with the protocol's default parameters. */
export function addRequest(s: Scenario, source: string, target: string, protocol: Protocol = PROTOCOLS[0]): EditResult<{ id: string }> {
  const problem = checkEnds(s, source, target, 'request');
  if (problem) return { ok: false, reason: problem };
  const id = uniqueId(new Set(s.requests.map((r) => r.id)), 'key');
  const request = newRequest({ id, source, target, protocol });
  return { ok: true, scenario: { ...s, requests: [...s.requests, request] }, id };
}

export interface ElementIds {
  nodes?: readonly string[];
  links?: readonly string[];
  requests?: readonly string[];
}

/** Remove nodes, links and requests; a removed node takes its links and requests with it. Unchanged when nothing matches. */
export function deleteElements(s: Scenario, ids: ElementIds): Scenario {
  const nodes = new Set(ids.nodes ?? []);
  const links = new Set(ids.links ?? []);
  const requests = new Set(ids.requests ?? []);
  const touches = (x: { source: string; target: string }) => nodes.has(x.source) || nodes.has(x.target);
  const keptNodes = s.nodes.filter((n) => !nodes.has(n.id));
  const keptLinks = s.links.filter((l) => !links.has(l.id) && !touches(l));
  const keptRequests = s.requests.filter((r) => !requests.has(r.id) && !touches(r));
  if (keptNodes.length === s.nodes.length && keptLinks.length === s.links.length && keptRequests.length === s.requests.length) return s;
  return {
    ...s,
    nodes: keptNodes.length === s.nodes.length ? s.nodes : keptNodes,
    links: keptLinks.length === s.links.length ? s.links : keptLinks,
    requests: keptRequests.length === s.requests.length ? s.requests : keptRequests,
  };
}

/** Move several nodes by the same offset (keyboard nudges). */
export function moveNodes(s: Scenario, ids: readonly string[], dx: number, dy: number): Scenario {
  const moving = new Set(ids);
  if (!s.nodes.some((n) => moving.has(n.id)) || (dx === 0 && dy === 0)) return s;
  return { ...s, nodes: s.nodes.map((n) => (moving.has(n.id) ? { ...n, position: { x: n.position.x + dx, y: n.position.y + dy } } : n)) };
}

/** What copy keeps: the chosen nodes and the links that run between two of them. */
export interface Clipboard {
  nodes: readonly ScenarioNode[];
  links: readonly ScenarioLink[];
}

export function copyElements(s: Scenario, nodeIds: readonly string[]): Clipboard {
  const chosen = new Set(nodeIds);
  return {
    nodes: s.nodes.filter((n) => chosen.has(n.id)),
    links: s.links.filter((l) => chosen.has(l.source) && chosen.has(l.target)),
  };
}

/** A copy's id keeps the original's stem: "alice" → "alice-1", "fiber-2" → "fiber-3". */
const idStem = (id: string) => id.replace(/-\d+$/, '') || id;

/** Paste renames every id (a document never holds two equal ids) and offsets positions so the copy is visible. */
export function pasteElements(s: Scenario, clip: Clipboard, offset: Point): { scenario: Scenario; nodeIds: string[]; linkIds: string[] } {
  if (clip.nodes.length === 0) return { scenario: s, nodeIds: [], linkIds: [] };
  const takenNodes = new Set(s.nodes.map((n) => n.id));
  const renamed = new Map<string, string>();
  const nodes = clip.nodes.map((n) => {
    const id = uniqueId(takenNodes, idStem(n.id));
    takenNodes.add(id);
    renamed.set(n.id, id);
    const label = n.label !== undefined && n.label === autoLabel(n.id, n.kind) ? autoLabel(id, n.kind) : n.label;
    return { ...n, id, label, position: { x: n.position.x + offset.x, y: n.position.y + offset.y } };
  });
  const takenLinks = new Set(s.links.map((l) => l.id));
  const links = clip.links.flatMap((l) => {
    const source = renamed.get(l.source);
    const target = renamed.get(l.target);
    if (source === undefined || target === undefined) return [];
    const id = uniqueId(takenLinks, idStem(l.id));
    takenLinks.add(id);
    return [{ ...l, id, source, target }];
  });
  return {
    scenario: { ...s, nodes: [...s.nodes, ...nodes], links: links.length > 0 ? [...s.links, ...links] : s.links },
    nodeIds: nodes.map((n) => n.id),
    linkIds: links.map((l) => l.id),
  };
}
