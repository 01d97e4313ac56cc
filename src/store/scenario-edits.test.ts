import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../scenario/default-scenario-parsed';
import { fiberParamSpecs, freeSpaceParamSpecs } from '../scenario/params';
import { parseScenario } from '../scenario/validate';
import type { Scenario } from '../scenario/schema';
import {
  addLink,
  addNode,
  addRequest,
  copyElements,
  deleteElements,
  kindName,
  moveNodes,
  placeNodes,
  pasteElements,
  uniqueId,
} from './scenario-edits';

/** Every edit must leave a document that the one door into the app still accepts. */
function expectValid(s: Scenario) {
  const parsed = parseScenario(JSON.parse(JSON.stringify(s)));
  expect(parsed.ok ? [] : parsed.errors).toEqual([]);
}

function withCarol(): Scenario {
  return addNode(defaultScenario(), 'ground-station', { x: 0, y: 400 }).scenario;
}

describe('ids and names', () => {
  it('picks the smallest free number and names kinds generically', () => {
    expect(uniqueId(new Set(), 'fiber')).toBe('fiber-1');
    expect(uniqueId(new Set(['fiber-1', 'fiber-3']), 'fiber')).toBe('fiber-2');
    expect(kindName('ground-station')).toBe('Ground station');
    expect(kindName('satellite')).toBe('Satellite');
  });
});

describe('addNode', () => {
  it('adds a node with a fresh id, a readable label and default params, leaving the input untouched', () => {
    const s = defaultScenario();
    const snapshot = structuredClone(s);
    const first = addNode(s, 'repeater', { x: 10, y: 20 });
    const second = addNode(first.scenario, 'repeater', { x: 30, y: 20 });
    expect(first.id).toBe('repeater-1');
    expect(second.id).toBe('repeater-2');
    const node = second.scenario.nodes.at(-1)!;
    expect(node).toMatchObject({ id: 'repeater-2', label: 'Repeater 2', kind: 'repeater', position: { x: 30, y: 20 } });
    expect(Object.keys(node.params).length).toBeGreaterThan(0);
    expect(s).toStrictEqual(snapshot);
    expectValid(second.scenario);
  });
});

describe('addLink', () => {
  it('joins two stations with fiber of the default length', () => {
    const r = addLink(withCarol(), 'bob', 'ground-station-1');
    if (!r.ok) throw new Error(r.reason);
    const link = r.scenario.links.at(-1)!;
    expect(link).toMatchObject({ id: 'fiber-2', kind: 'fiber', source: 'bob', target: 'ground-station-1' });
    expect(link.params.lengthKm).toBe(fiberParamSpecs.lengthKm.default);
    expectValid(r.scenario);
  });

  it('uses free space when either end is a satellite', () => {
    const sat = addNode(defaultScenario(), 'satellite', { x: 0, y: 0 });
    const r = addLink(sat.scenario, sat.id, 'alice');
    if (!r.ok) throw new Error(r.reason);
    expect(r.scenario.links.at(-1)).toMatchObject({ kind: 'free-space', id: 'free-space-1' });
    expect(r.scenario.links.at(-1)!.params.lengthKm).toBe(freeSpaceParamSpecs.lengthKm.default);
  });

  it('uses the great-circle distance when both ends have a location', () => {
    const a = addNode({ ...defaultScenario(), links: [], requests: [] }, 'ground-station', { x: 0, y: 0 }, { latDeg: 48.8566, lonDeg: 2.3522 });
    const b = addNode(a.scenario, 'trusted-node', { x: 0, y: 0 }, { latDeg: 51.5074, lonDeg: -0.1278 });
    const r = addLink(b.scenario, a.id, b.id);
    if (!r.ok) throw new Error(r.reason);
    expect(r.scenario.links.at(-1)!.params.lengthKm).toBeCloseTo(343.5, 0);
  });

  it("scales a new fibre (not a free-space link) by the design's route factor", () => {
    const a = addNode({ ...defaultScenario(), links: [], requests: [] }, 'ground-station', { x: 0, y: 0 }, { latDeg: 48.8566, lonDeg: 2.3522 });
    const b = addNode(a.scenario, 'trusted-node', { x: 0, y: 0 }, { latDeg: 51.5074, lonDeg: -0.1278 });
    const s = { ...b.scenario, settings: { ...b.scenario.settings, routeFactor: 1.3 } };
    const r = addLink(s, a.id, b.id);
    if (!r.ok) throw new Error(r.reason);
    expect(r.scenario.links.at(-1)!.params.lengthKm).toBeCloseTo(343.5 * 1.3, 0);
  });

  it('refuses self-links, duplicates in either direction and missing nodes, with a message', () => {
    const s = defaultScenario();
    const self = addLink(s, 'alice', 'alice');
    const dup = addLink(s, 'bob', 'alice');
    const missing = addLink(s, 'alice', 'nobody');
    expect(self).toEqual({ ok: false, reason: 'Cannot add a link from Alice to itself.' });
    expect(dup).toEqual({ ok: false, reason: 'Bob and Alice are already linked.' });
    expect(missing.ok).toBe(false);
  });
});

describe('addRequest', () => {
  it('adds a request with the first protocol and default params, and refuses a request to itself', () => {
    const r = addRequest(withCarol(), 'alice', 'ground-station-1');
    if (!r.ok) throw new Error(r.reason);
    expect(r.id).toBe('key-2');
    expect(r.scenario.requests.at(-1)).toMatchObject({ id: 'key-2', source: 'alice', target: 'ground-station-1' });
    expectValid(r.scenario);
    expect(addRequest(defaultScenario(), 'bob', 'bob').ok).toBe(false);
  });
});

describe('deleteElements', () => {
  it('deletes a node with its links and requests', () => {
    const s = defaultScenario();
    const next = deleteElements(s, { nodes: ['bob'] });
    expect(next.nodes.map((n) => n.id)).toEqual(['alice']);
    expect(next.links).toEqual([]);
    expect(next.requests).toEqual([]);
    expectValid(next);
  });

  it('deletes only a link or a request when asked, and returns the same document when nothing matches', () => {
    const s = defaultScenario();
    const noLink = deleteElements(s, { links: ['fiber-1'] });
    expect(noLink.links).toEqual([]);
    expect(noLink.nodes).toBe(s.nodes);
    expect(deleteElements(s, { requests: ['key-1'] }).requests).toEqual([]);
    expect(deleteElements(s, { nodes: ['nobody'] })).toBe(s);
  });
});

describe('moveNodes', () => {
  it('moves only the chosen nodes and is a no-op for an empty choice', () => {
    const s = defaultScenario();
    const next = moveNodes(s, ['bob'], 10, -5);
    expect(next.nodes.find((n) => n.id === 'bob')!.position).toEqual({ x: 490, y: 155 });
    expect(next.nodes[0]).toBe(s.nodes[0]);
    expect(moveNodes(s, [], 10, 0)).toBe(s);
  });

  it('places dragged nodes in one new document and leaves the others as they were', () => {
    const s = defaultScenario();
    const next = placeNodes(s, new Map([['alice', { x: -3, y: 4 }], ['bob', { x: 1, y: 2 }]]));
    expect(next.nodes.map((n) => n.position)).toEqual([{ x: -3, y: 4 }, { x: 1, y: 2 }]);
    expect(s.nodes[0]!.position).not.toEqual({ x: -3, y: 4 });
    expect(placeNodes(s, new Map([['nobody', { x: 0, y: 0 }]]))).toBe(s);
    expectValid(next);
  });
});

describe('copy and paste', () => {
  it('brings the links between copied nodes, renames ids, offsets positions and keeps the document valid', () => {
    const s = withCarol();
    const clip = copyElements(s, ['alice', 'bob']);
    expect(clip.links.map((l) => l.id)).toEqual(['fiber-1']);
    const pasted = pasteElements(s, clip, { x: 40, y: 40 });
    expect(pasted.nodeIds).toEqual(['alice-1', 'bob-1']);
    expect(pasted.linkIds).toEqual(['fiber-2']);
    const copy = pasted.scenario.nodes.find((n) => n.id === 'alice-1')!;
    expect(copy.position).toEqual({ x: 120, y: 200 });
    expect(copy.label).toBe('Alice');
    expect(pasted.scenario.links.at(-1)).toMatchObject({ source: 'alice-1', target: 'bob-1' });
    // Requests stay with the originals: a copy is a new design, not a new question.
    expect(pasted.scenario.requests).toBe(s.requests);
    expectValid(pasted.scenario);
  });

  it('leaves out links to nodes that were not copied and renumbers generated labels', () => {
    const s = withCarol();
    const clip = copyElements(s, ['bob', 'ground-station-1']);
    expect(clip.links).toEqual([]);
    const pasted = pasteElements(s, clip, { x: 0, y: 0 });
    expect(pasted.scenario.nodes.find((n) => n.id === 'ground-station-2')!.label).toBe('Ground station 2');
    const twice = pasteElements(pasted.scenario, clip, { x: 0, y: 0 });
    expect(twice.nodeIds).toEqual(['bob-2', 'ground-station-3']);
    expectValid(twice.scenario);
  });

  it('pastes nothing from an empty clipboard', () => {
    const s = defaultScenario();
    expect(pasteElements(s, { nodes: [], links: [] }, { x: 1, y: 1 }).scenario).toBe(s);
  });
});
