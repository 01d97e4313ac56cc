import { createStore, del, get, keys, set, type UseStore } from 'idb-keyval';

/** Where designs are kept between visits: IndexedDB, else local storage, else memory (forgotten at the end of the visit). */
export interface DesignStorage {
  readonly kind: 'indexeddb' | 'local-storage' | 'memory';
  get(key: string): Promise<string | undefined>;
  /** Resolves once the value is written (for IndexedDB: its transaction committed); rejects when it is not. */
  set(key: string, value: string): Promise<void>;
  remove(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

/** The synchronous key-value storages: local storage and the page's memory fallback. */
export interface KeyedStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

export const DESIGN_DATABASE = 'qnet-designer';
export const DESIGN_OBJECT_STORE = 'designs';

/** IndexedDB through idb-keyval: one database, one object store of strings; holds far more than local storage's ~5 MB. */
export function indexedDbDesigns(store: UseStore = createStore(DESIGN_DATABASE, DESIGN_OBJECT_STORE)): DesignStorage {
  return {
    kind: 'indexeddb',
    get: async (key) => {
      const value: unknown = await get(key, store);
      return typeof value === 'string' ? value : undefined;
    },
    set: (key, value) => set(key, value, store),
    remove: (key) => del(key, store),
    keys: async () => (await keys(store)).filter((k): k is string => typeof k === 'string'),
  };
}

/** Local storage (or the memory fallback) behind the same promise interface; a throwing call becomes a rejection. */
export function keyedDesigns(storage: KeyedStorage, kind: 'local-storage' | 'memory'): DesignStorage {
  return {
    kind,
    get: async (key) => storage.getItem(key) ?? undefined,
    set: async (key, value) => storage.setItem(key, value),
    remove: async (key) => storage.removeItem(key),
    keys: async () => Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k): k is string => k !== null),
  };
}
