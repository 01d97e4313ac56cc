import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../scenario/default-scenario-parsed';
import { moveNode, setLinkParam } from './scenario-edits';
import { physicsChanged } from './physics-changed';
import { createScenarioStore } from './scenario-store';

describe('scenario store history', () => {
  it('records one undo step per edit and redoes it', () => {
    const store = createScenarioStore(defaultScenario());
    const original = store.getState().scenario;
    store.getState().apply((s) => setLinkParam(s, 'fiber-1', 'lengthKm', 80));
    expect(store.getState().scenario.links[0]!.params.lengthKm).toBe(80);
    store.getState().undo();
    expect(store.getState().scenario).toBe(original);
    store.getState().redo();
    expect(store.getState().scenario.links[0]!.params.lengthKm).toBe(80);
  });

  it('turns a whole drag into one undo step', () => {
    const store = createScenarioStore(defaultScenario());
    const original = store.getState().scenario;
    for (let x = 0; x < 50; x += 10) store.getState().apply((s) => moveNode(s, 'bob', { x, y: 0 }), 'transient');
    store.getState().apply((s) => s, 'record');
    expect(store.getState().past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().scenario).toBe(original);
  });

  it('clears history on a reset load and drops redo after a new edit', () => {
    const store = createScenarioStore(defaultScenario());
    store.getState().apply((s) => setLinkParam(s, 'fiber-1', 'lengthKm', 80));
    store.getState().undo();
    store.getState().apply((s) => setLinkParam(s, 'fiber-1', 'lengthKm', 30));
    expect(store.getState().future).toHaveLength(0);
    store.getState().apply(() => defaultScenario(), 'reset');
    expect(store.getState().past).toHaveLength(0);
  });
});

describe('physicsChanged', () => {
  it('ignores moves and renames but sees parameter edits', () => {
    const s = defaultScenario();
    expect(physicsChanged(s, moveNode(s, 'alice', { x: 5, y: 5 }))).toBe(false);
    expect(physicsChanged(s, { ...s, nodes: s.nodes.map((n) => ({ ...n, label: 'X' })) })).toBe(false);
    expect(physicsChanged(s, setLinkParam(s, 'fiber-1', 'lengthKm', 51))).toBe(true);
    expect(physicsChanged(s, { ...s, nodes: s.nodes.slice(1) })).toBe(true);
  });

  it('sees a scheduled event added (a link failure)', () => {
    const s = defaultScenario();
    expect(physicsChanged(s, { ...s, events: [...s.events, { kind: 'link-failure', linkId: 'fiber-1', startSeconds: 10 }] } as typeof s)).toBe(true);
  });

  it('sees a node field other than its parameters (a memory model added, then removed)', () => {
    const s = defaultScenario();
    const withModel = { ...s, nodes: s.nodes.map((n, i) => (i === 0 ? { ...n, memoryNoiseModel: 't1-t2' } : n)) } as typeof s;
    expect(physicsChanged(s, withModel)).toBe(true);
    expect(physicsChanged(withModel, s)).toBe(true);
  });
});
