import { indexedDbDesigns, keyedDesigns, type DesignStorage, type KeyedStorage } from './autosave-storage';
import { migrateLocalAutosave, recoverUnsaved } from './autosave';

/** What the page saves into, and why it cannot save, if it cannot. */
export interface PageStorage {
  /** Small settings (theme, the backup before a shared link): local storage, or memory. */
  storage: KeyedStorage;
  /** The design and kept-aside copies: IndexedDB, else the same storage as the settings. */
  designs: DesignStorage;
  /** Said once to the user when designs will not be kept across visits; null when storage works. */
  problem: string | null;
}

const PROBE_KEY = 'qnet-designer.probe';
/** An IndexedDB that has not answered by then is taken as unavailable (a hung open must not keep the page blank). */
const INDEXED_DB_PROBE_MS = 3000;

const BLOCKED_MESSAGE = 'This browser does not let the page use its storage here (it is embedded in another site, or storage is blocked): your design is not saved automatically. Use Files → Export scenario to keep it.';

/** A storage that forgets at the end of the visit: the page still works where the browser refuses real storage. */
export function memoryStorage(): KeyedStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
    key: (index) => [...items.keys()][index] ?? null,
    get length() {
      return items.size;
    },
  };
}

/**
 * The browser's local storage if this page may use it, else a memory storage and the reason. Merely reading
 * `localStorage` throws in a page embedded on another site whose browser blocks third-party storage (a school's LMS).
 */
export function localPageStorage(read: () => Storage = () => globalThis.localStorage): { storage: KeyedStorage; kind: 'local-storage' | 'memory'; problem: string | null } {
  let storage: Storage;
  try {
    storage = read();
    storage.getItem(PROBE_KEY);
  } catch {
    return { storage: memoryStorage(), kind: 'memory', problem: BLOCKED_MESSAGE };
  }
  try {
    storage.setItem(PROBE_KEY, '1');
    storage.removeItem(PROBE_KEY);
  } catch {
    // Full (quota) or read-only: what was saved still opens, new saves will fail and say so.
    return { storage, kind: 'local-storage', problem: 'Your browser’s storage for this page is full or read-only: changes are not saved automatically. Use Files → Export scenario to keep them.' };
  }
  return { storage, kind: 'local-storage', problem: null };
}

/** Write, read back and delete a probe: IndexedDB can exist yet refuse every request (private windows, blocked embeds). */
async function probe(designs: DesignStorage): Promise<void> {
  await designs.set(PROBE_KEY, '1');
  if ((await designs.get(PROBE_KEY)) !== '1') throw new Error('IndexedDB did not return what was written');
  await designs.remove(PROBE_KEY);
}

function withinMs<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

/**
 * IndexedDB when it answers (and an autosave left in local storage by an earlier version moved into it once); else
 * local storage; else memory, with the one message that says designs are not kept.
 */
export async function openPageStorage(
  openIndexedDb: () => DesignStorage = indexedDbDesigns,
  readLocal: () => Storage = () => globalThis.localStorage,
): Promise<PageStorage> {
  const local = localPageStorage(readLocal);
  try {
    const designs = openIndexedDb();
    await withinMs(probe(designs), INDEXED_DB_PROBE_MS);
    if (local.kind === 'local-storage') {
      await migrateLocalAutosave(local.storage, designs);
      await recoverUnsaved(local.storage, designs);
    }
    return { storage: local.storage, designs, problem: null };
  } catch {
    return { storage: local.storage, designs: keyedDesigns(local.storage, local.kind), problem: local.problem };
  }
}
