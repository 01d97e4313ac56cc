import type { StorageLike } from './autosave';

/** What the page saves into, and why it cannot save, if it cannot. */
export interface PageStorage {
  storage: StorageLike;
  /** Said once to the user when designs will not be kept across visits; null when storage works. */
  problem: string | null;
}

const PROBE_KEY = 'qnet-designer.probe';

/** A storage that forgets at the end of the visit: the page still works where the browser refuses real storage. */
export function memoryStorage(): StorageLike & { removeItem(key: string): void } {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

/**
 * The browser's local storage if this page may use it, else a memory storage and the reason. Merely reading
 * `localStorage` throws in a page embedded on another site whose browser blocks third-party storage (a school's LMS).
 */
export function pageStorage(read: () => Storage = () => globalThis.localStorage): PageStorage {
  let storage: Storage;
  try {
    storage = read();
    storage.getItem(PROBE_KEY);
  } catch {
    return {
      storage: memoryStorage(),
      problem: 'This browser does not let the page use its storage here (it is embedded in another site, or storage is blocked): your design is not saved automatically. Use Files → Export scenario to keep it.',
    };
  }
  try {
    storage.setItem(PROBE_KEY, '1');
    storage.removeItem(PROBE_KEY);
  } catch {
    // Full (quota) or read-only: what was saved still opens, new saves will fail and say so.
    return { storage, problem: 'Your browser’s storage for this page is full or read-only: changes are not saved automatically. Use Files → Export scenario to keep them.' };
  }
  return { storage, problem: null };
}
