import { describe, expect, it } from 'vitest';
import { migrate, migrateWith, type MigrationTable } from './migrations';
import { SCENARIO_VERSION } from './schema';
import { parseScenario } from './validate';

// Version 1 is the first published format, so the chain is exercised with a made-up history of two renames.
const history: MigrationTable = {
  1: ({ stations, ...rest }) => ({ ...rest, nodes: stations }),
  2: (doc) => ({ ...doc, nodes: (doc.nodes as { name: string }[]).map(({ name, ...n }) => ({ ...n, label: name })) }),
};

describe('scenario migrations', () => {
  it('lifts an old document through every step in order, stamping each version', () => {
    const old = { version: 1, stations: [{ id: 'a', name: 'Alice' }] };
    expect(migrateWith(old, history, 3)).toEqual({ ok: true, value: { version: 3, nodes: [{ id: 'a', label: 'Alice' }] } });
    expect(migrateWith({ version: 2, nodes: [{ id: 'a', name: 'Alice' }] }, history, 3)).toEqual({ ok: true, value: { version: 3, nodes: [{ id: 'a', label: 'Alice' }] } });
  });

  it('refuses a gap in the chain, a newer version and a missing one with a message', () => {
    expect(migrateWith({ version: 1 }, { 1: history[1]! }, 3)).toEqual({ ok: false, errors: ['version: no migration from version 2'] });
    expect(migrateWith({ version: 4 }, history, 3)).toMatchObject({ ok: false, errors: [expect.stringMatching(/newer QNet Designer/)] });
    expect(migrateWith({ nodes: [] }, history, 3)).toMatchObject({ ok: false, errors: [expect.stringMatching(/^version: must be a whole number/)] });
  });

  it('leaves a current document untouched', () => {
    const doc = { version: SCENARIO_VERSION, nodes: [] };
    expect(migrate(doc)).toEqual({ ok: true, value: doc });
  });
});

describe('version 1 → 2', () => {
  const v1 = (params: Record<string, unknown>) => ({
    version: 1,
    nodes: [
      { id: 'a', kind: 'ground-station', position: { x: 0, y: 0 }, params: {} },
      { id: 'b', kind: 'ground-station', position: { x: 1, y: 0 }, params: {} },
    ],
    links: [{ id: 'l', source: 'a', target: 'b', kind: 'fiber', params: {} }],
    requests: [
      { id: 'e', source: 'a', target: 'b', protocol: 'entanglement', params },
      { id: 'k', source: 'a', target: 'b', protocol: 'bb84-decoy', params: {} },
    ],
  });

  it('moves an entanglement request\'s params.minimumFidelity to minFidelity and the file then validates', () => {
    const result = parseScenario(v1({ minimumFidelity: 0.9, monteCarloTrials: 300 }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const request = result.scenario.requests[0]!;
    expect(request.protocol === 'entanglement' && request.minFidelity).toBe(0.9);
    expect(request.params).not.toHaveProperty('minimumFidelity');
    expect(request.protocol === 'entanglement' && request.params.monteCarloTrials).toBe(300);
  });

  it('drops a minimumFidelity of 0, which meant no minimum', () => {
    const result = parseScenario(v1({ minimumFidelity: 0 }));
    expect(result.ok && result.scenario.requests[0]).not.toHaveProperty('minFidelity');
  });

  it('keeps a bad minimumFidelity so validation reports it on the new field', () => {
    const result = parseScenario(v1({ minimumFidelity: 2 }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.join('\n')).toMatch(/requests\[0\]\.minFidelity: must be at most 1/);
  });

  it('a version 1 file and its version 2 form give the same engine input', () => {
    const old = parseScenario(v1({}));
    const current = parseScenario({ ...v1({}), version: 2 });
    expect(old.ok && current.ok && old.scenario).toEqual(current.ok && current.scenario);
  });
});
