import { describe, expect, it } from 'vitest';
import { migrate, migrateWith, type MigrationTable } from './migrations';
import { SCENARIO_VERSION } from './schema';

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
