import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { AUTOSAVE_KEY } from './autosave';
import { indexedDbDesigns, type DesignStorage } from './autosave-storage';
import { localPageStorage, memoryStorage, openPageStorage } from './page-storage';
import { quotaStorage } from './testing/quota-storage';

const asStorage = (s: object) => s as unknown as Storage;
const blockedLocal = () => {
  throw new DOMException("Failed to read the 'localStorage' property from 'Window': Access is denied for this document.", 'SecurityError');
};
const refusingIndexedDb = (): DesignStorage => ({
  kind: 'indexeddb',
  get: () => Promise.reject(new DOMException('The user denied permission to access the database.', 'UnknownError')),
  set: () => Promise.reject(new DOMException('The user denied permission to access the database.', 'UnknownError')),
  remove: () => Promise.reject(new DOMException('denied', 'UnknownError')),
  keys: () => Promise.reject(new DOMException('denied', 'UnknownError')),
});

describe('openPageStorage', () => {
  it('keeps designs in IndexedDB when it works, and says nothing', async () => {
    const local = memoryStorage();
    const page = await openPageStorage(indexedDbDesigns, () => asStorage(local));
    expect(page.designs.kind).toBe('indexeddb');
    expect(page.storage).toBe(local);
    expect(page.problem).toBeNull();
  });

  it('moves an autosave left in local storage into IndexedDB', async () => {
    const local = memoryStorage();
    local.setItem(AUTOSAVE_KEY, '{"name":"from local storage"}');
    const page = await openPageStorage(indexedDbDesigns, () => asStorage(local));
    expect(await page.designs.get(AUTOSAVE_KEY)).toBe('{"name":"from local storage"}');
    expect(local.getItem(AUTOSAVE_KEY)).toBeNull();
  });

  it('falls back to local storage when IndexedDB refuses (a private window)', async () => {
    const local = memoryStorage();
    const page = await openPageStorage(refusingIndexedDb, () => asStorage(local));
    expect(page.designs.kind).toBe('local-storage');
    expect(page.problem).toBeNull();
    await page.designs.set('k', 'v');
    expect(local.getItem('k')).toBe('v');
  });

  it('falls back to local storage when there is no IndexedDB at all', async () => {
    const page = await openPageStorage(() => {
      throw new ReferenceError('indexedDB is not defined');
    }, () => asStorage(memoryStorage()));
    expect(page.designs.kind).toBe('local-storage');
  });

  it('falls back to memory with one message when both are blocked (an embed on another site)', async () => {
    const page = await openPageStorage(refusingIndexedDb, blockedLocal);
    expect(page.designs.kind).toBe('memory');
    expect(page.problem).toMatch(/not saved automatically/);
    await page.designs.set('k', 'v');
    expect(await page.designs.get('k')).toBe('v');
  });
});

describe('localPageStorage', () => {
  it('keeps a full storage for reading and says saves will not be kept', () => {
    const full = quotaStorage(0);
    full.data.set(AUTOSAVE_KEY, '{}');
    const result = localPageStorage(() => asStorage(full));
    expect(result.storage).toBe(full);
    expect(result.storage.getItem(AUTOSAVE_KEY)).toBe('{}');
    expect(result.problem).toMatch(/full or read-only/);
  });
});
