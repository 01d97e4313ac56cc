import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultScenario } from '../scenario/default-scenario-parsed';
import type { Scenario } from '../scenario/schema';
import { AUTOSAVE_KEY, autosaveDelayMs, KEPT_PREFIX, keepAside, LEGACY_RESCUE_KEY, listKept, loadAutosave, migrateLocalAutosave, recoverUnsaved, startAutosave, UNSAVED_KEY } from './autosave';
import { indexedDbDesigns, keyedDesigns, type DesignStorage } from './autosave-storage';
import { quotaStorage } from './testing/quota-storage';

let databases = 0;
/** A fresh IndexedDB database (fake-indexeddb) per test. */
const freshIndexedDb = () => indexedDbDesigns(createStore(`autosave-test-${++databases}`, 'designs'));
/** Local storage's usual bound: about 5 M characters per site. */
const LOCAL_STORAGE_QUOTA_CHARS = 5_000_000;
/** An unreadable save big enough that a second copy does not fit in local storage (the issue's ~2.6 M characters). */
const bigCorruptSave = (mark: string) => `{"version":2,"name":"${mark}","nodes":[${'{"id":"n"},'.repeat(240_000)}`;

function editStream() {
  let emit: (s: Scenario) => void = () => {};
  return { subscribe: (l: (s: Scenario) => void) => ((emit = l), () => {}), emit: (s: Scenario) => emit(s) };
}

afterEach(() => vi.useRealTimers());

describe('autosave in IndexedDB', () => {
  /** An autosave on a fresh database whose writes are listed; only its timer is faked (fake-indexeddb answers through the real event loop). */
  function timedAutosave() {
    const designs = freshIndexedDb();
    const writes: string[] = [];
    const watched: DesignStorage = { ...designs, set: (k, v) => (writes.push(k), designs.set(k, v)) };
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const edits = editStream();
    return { designs, writes, edits, autosave: startAutosave(watched, edits.subscribe, () => {}) };
  }

  /** Nothing written `quietMs` after the edit, one save by `savedMs`; then back on real timers. */
  async function expectSavedBetween(writes: string[], quietMs: number, savedMs: number) {
    // The async variants also run what the timers start, so a write that began would be seen.
    await vi.advanceTimersByTimeAsync(quietMs);
    expect(writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(savedMs - quietMs);
    expect(writes).toEqual([AUTOSAVE_KEY]);
    vi.useRealTimers();
  }

  it('saves shortly after an edit and loads the same scenario back', async () => {
    const { designs, writes, edits, autosave } = timedAutosave();
    const edited = { ...defaultScenario(), name: 'Edited' };
    edits.emit(edited);
    await expectSavedBetween(writes, 200, 300);
    await autosave.flush();
    expect(await loadAutosave(designs)).toEqual({ kind: 'ok', scenario: edited });
  });

  it('saves a big design later, after the edit’s result has had time to come back', async () => {
    const { writes, edits, autosave } = timedAutosave();
    const base = defaultScenario();
    const big = { ...base, nodes: Array.from({ length: 2_000 }, (_, i) => ({ ...base.nodes[0]!, id: `n${i}` })) };
    expect(autosaveDelayMs(base)).toBeLessThan(autosaveDelayMs(big));
    edits.emit(big);
    await expectSavedBetween(writes, 1_000, 1_600);
    await autosave.flush();
  });

  it('writes one save at a time, so an older edit never lands after a newer one', async () => {
    const designs = freshIndexedDb();
    const edits = editStream();
    const autosave = startAutosave(designs, edits.subscribe, () => {});
    for (let i = 0; i < 5; i++) {
      edits.emit({ ...defaultScenario(), name: `Edit ${i}` });
      void autosave.flush();
    }
    await autosave.flush();
    expect(JSON.parse((await designs.get(AUTOSAVE_KEY))!).name).toBe('Edit 4');
  });

  it('keeps a big unreadable save aside under its own key, verified, and clears the autosave key', async () => {
    const designs = freshIndexedDb();
    const corrupt = bigCorruptSave('first');
    expect(corrupt.length).toBeGreaterThan(2_600_000);
    await designs.set(AUTOSAVE_KEY, corrupt);
    const loaded = await loadAutosave(designs, new Date('2026-12-05T07:00:00.000Z'));
    expect(loaded).toMatchObject({ kind: 'unreadable', kept: { key: `${KEPT_PREFIX}2026-12-05T07:00:00.000Z`, chars: corrupt.length }, keepError: null });
    expect(await designs.get(`${KEPT_PREFIX}2026-12-05T07:00:00.000Z`)).toBe(corrupt);
    expect(await designs.get(AUTOSAVE_KEY)).toBeUndefined();
  });

  it('a second unreadable save is kept beside the first, which stays byte for byte', async () => {
    const designs = freshIndexedDb();
    const first = bigCorruptSave('first');
    const second = bigCorruptSave('second');
    await designs.set(AUTOSAVE_KEY, first);
    await loadAutosave(designs, new Date('2026-12-05T07:00:00.000Z'));
    await designs.set(AUTOSAVE_KEY, second);
    // The same millisecond, even: the key is taken, so the second copy gets another.
    const again = await loadAutosave(designs, new Date('2026-12-05T07:00:00.000Z'));
    expect(again).toMatchObject({ kind: 'unreadable', kept: { key: `${KEPT_PREFIX}2026-12-05T07:00:00.000Z~2` } });
    expect(await designs.get(`${KEPT_PREFIX}2026-12-05T07:00:00.000Z`)).toBe(first);
    expect(await designs.get(`${KEPT_PREFIX}2026-12-05T07:00:00.000Z~2`)).toBe(second);
    expect((await listKept(designs)).map((c) => c.chars)).toEqual([first.length, second.length]);
  });

  it('a readable save is not kept aside', async () => {
    const designs = freshIndexedDb();
    await designs.set(AUTOSAVE_KEY, JSON.stringify(defaultScenario()));
    expect(await loadAutosave(designs)).toEqual({ kind: 'ok', scenario: defaultScenario() });
    expect(await listKept(designs)).toEqual([]);
  });
});

describe('autosave in local storage (the fallback)', () => {
  it('never claims a copy that did not fit, leaves the save in place, and the first edit does not overwrite it', async () => {
    vi.useFakeTimers();
    const corrupt = bigCorruptSave('first');
    const local = quotaStorage(LOCAL_STORAGE_QUOTA_CHARS, { [AUTOSAVE_KEY]: corrupt });
    const designs = keyedDesigns(local, 'local-storage');
    const loaded = await loadAutosave(designs);
    expect(loaded).toMatchObject({ kind: 'unreadable', kept: null, keepError: expect.stringContaining('exceeded the quota') });
    expect(await listKept(designs)).toEqual([]);
    const edits = editStream();
    const autosave = startAutosave(designs, edits.subscribe, () => {}, loaded.kind === 'unreadable' && !loaded.kept);
    edits.emit({ ...defaultScenario(), name: 'First edit' });
    vi.advanceTimersByTime(300);
    await autosave.flush();
    expect(local.getItem(AUTOSAVE_KEY)).toBe(corrupt);
  });

  it('keeps a small unreadable save aside', async () => {
    const local = quotaStorage(LOCAL_STORAGE_QUOTA_CHARS, { [AUTOSAVE_KEY]: '{"version":1,"nodes":"oops"' });
    const loaded = await loadAutosave(keyedDesigns(local, 'local-storage'));
    expect(loaded).toMatchObject({ kind: 'unreadable', kept: { chars: 27 } });
    expect(local.getItem(loaded.kind === 'unreadable' ? loaded.kept!.key : '')).toBe('{"version":1,"nodes":"oops"');
  });

  it('reports a failing storage instead of throwing, and saves the edit at the next try', async () => {
    const errors: string[] = [];
    let failing = true;
    const saved = new Map<string, string>();
    const designs: DesignStorage = {
      kind: 'local-storage',
      get: async (k) => saved.get(k),
      set: async (k, v) => {
        if (failing) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        saved.set(k, v);
      },
      remove: async () => {},
      keys: async () => [...saved.keys()],
    };
    const edits = editStream();
    const autosave = startAutosave(designs, edits.subscribe, (m) => errors.push(m));
    edits.emit(defaultScenario());
    await autosave.flush();
    expect(errors[0]).toMatch(/^Autosave failed: The quota has been exceeded\. Export your scenario to keep it\.$/);
    failing = false;
    await autosave.flush();
    expect(saved.has(AUTOSAVE_KEY)).toBe(true);
  });
});

describe('leaving the page', () => {
  it('copies an edit IndexedDB has not confirmed into local storage, and the next load takes it back', async () => {
    const designs = freshIndexedDb();
    const local = quotaStorage(LOCAL_STORAGE_QUOTA_CHARS);
    // An IndexedDB write that never finishes: the page is unloaded first.
    const stalled: DesignStorage = { ...designs, set: () => new Promise(() => {}) };
    const edits = editStream();
    const autosave = startAutosave(stalled, edits.subscribe, () => {});
    const last = { ...defaultScenario(), name: 'Typed just before closing' };
    edits.emit(last);
    autosave.flushOnExit(local);
    expect(local.getItem(UNSAVED_KEY)).toBe(JSON.stringify(last));
    await recoverUnsaved(local, designs);
    expect(await loadAutosave(designs)).toEqual({ kind: 'ok', scenario: last });
    expect(local.getItem(UNSAVED_KEY)).toBeNull();
  });

  it('writes nothing extra once IndexedDB has confirmed the latest edit', async () => {
    const designs = freshIndexedDb();
    const local = quotaStorage(LOCAL_STORAGE_QUOTA_CHARS);
    const edits = editStream();
    const autosave = startAutosave(designs, edits.subscribe, () => {});
    edits.emit({ ...defaultScenario(), name: 'Saved' });
    await autosave.flush();
    autosave.flushOnExit(local);
    expect(local.length).toBe(0);
  });
});

describe('a save the browser will not read', () => {
  it('is not taken for no save: autosave is told to leave it alone', async () => {
    const designs: DesignStorage = { kind: 'indexeddb', get: () => Promise.reject(new DOMException('read failed', 'UnknownError')), set: async () => {}, remove: async () => {}, keys: async () => [] };
    expect(await loadAutosave(designs)).toEqual({ kind: 'unreadable', errors: ['the browser would not read it: read failed'], kept: null, keepError: 'read failed' });
  });
});

describe('keepAside', () => {
  it('refuses to claim a copy whose read-back differs', async () => {
    const designs: DesignStorage = { kind: 'memory', get: async () => 'something else', set: async () => {}, remove: async () => {}, keys: async () => [] };
    await expect(keepAside(designs, 'text')).rejects.toThrow(/read back differs/);
  });
});

describe('moving local storage into IndexedDB', () => {
  it('moves the autosave and the old unreadable copy once, and clears them from local storage', async () => {
    const designs = freshIndexedDb();
    const local = quotaStorage(LOCAL_STORAGE_QUOTA_CHARS, { [AUTOSAVE_KEY]: JSON.stringify(defaultScenario()), [LEGACY_RESCUE_KEY]: '{"broken"' });
    await migrateLocalAutosave(local, designs);
    expect(await loadAutosave(designs)).toEqual({ kind: 'ok', scenario: defaultScenario() });
    expect((await listKept(designs)).map((c) => c.chars)).toEqual([9]);
    expect(local.data.size).toBe(0);
  });

  it('never replaces a design IndexedDB already holds', async () => {
    const designs = freshIndexedDb();
    const mine = JSON.stringify({ ...defaultScenario(), name: 'Mine' });
    await designs.set(AUTOSAVE_KEY, mine);
    const local = quotaStorage(LOCAL_STORAGE_QUOTA_CHARS, { [AUTOSAVE_KEY]: JSON.stringify(defaultScenario()) });
    await migrateLocalAutosave(local, designs);
    expect(await designs.get(AUTOSAVE_KEY)).toBe(mine);
  });
});
