import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../scenario/default-scenario-parsed';
import { setLinkParam } from '../store/scenario-edits';
import { createScenarioStore } from '../store/scenario-store';
import { guardReadOnly } from './read-only-guard';

describe('guardReadOnly', () => {
  it('refuses edits and undo while read-only, and lets loads through', () => {
    const store = createScenarioStore(defaultScenario());
    let readOnly = false;
    guardReadOnly(store, () => readOnly);
    store.getState().apply((s) => setLinkParam(s, 'fiber-1', 'lengthKm', 80));
    readOnly = true;
    store.getState().apply((s) => setLinkParam(s, 'fiber-1', 'lengthKm', 90));
    store.getState().apply((s) => setLinkParam(s, 'fiber-1', 'lengthKm', 95), 'transient');
    store.getState().undo();
    expect(store.getState().scenario.links[0]!.params.lengthKm).toBe(80);
    store.getState().apply(() => defaultScenario(), 'reset');
    expect(store.getState().scenario.links[0]!.params.lengthKm).toBe(50);
    readOnly = false;
    store.getState().apply((s) => setLinkParam(s, 'fiber-1', 'lengthKm', 60));
    expect(store.getState().scenario.links[0]!.params.lengthKm).toBe(60);
  });
});
