import type { Page } from '@playwright/test';

/** The autosave's key and place (src/store/autosave.ts, autosave-storage.ts), read with the raw IndexedDB API. */
export const AUTOSAVE_KEY = 'qnet-designer.scenario';

type Request = { key: string; value?: string; repeat?: number; op: 'get' | 'put' | 'keys' | 'digest' };

/** One request to the page's design store, after the app has opened (and so created) it. */
function designStore(page: Page, request: Request): Promise<unknown> {
  return page.evaluate(
    ({ key, value, repeat, op }) =>
      new Promise((resolve, reject) => {
        // Big values are built and hashed in the page, so megabytes never cross the wire.
        const stored = repeat === undefined ? value : value!.repeat(repeat);
        const digest = async (text: unknown) =>
          typeof text !== 'string' ? null : `${text.length}:${[...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
        const open = indexedDB.open('qnet-designer');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('designs', op === 'put' ? 'readwrite' : 'readonly');
          const store = tx.objectStore('designs');
          const req = op === 'put' ? store.put(stored, key) : op === 'keys' ? store.getAllKeys() : store.get(key);
          let result: unknown;
          req.onsuccess = () => (result = req.result);
          tx.oncomplete = () => (db.close(), op === 'digest' ? digest(result).then(resolve, reject) : resolve(result ?? null));
          tx.onerror = () => reject(tx.error);
        };
      }),
    request,
  );
}

/** `length:sha256` of a stored value, computed in the page. */
export const savedDigest = (page: Page, key = AUTOSAVE_KEY) => designStore(page, { key, op: 'digest' }) as Promise<string | null>;
/** Store `value` repeated `repeat` times, built in the page. */
export const writeRepeated = (page: Page, value: string, repeat: number, key = AUTOSAVE_KEY) => designStore(page, { key, value, repeat, op: 'put' }).then(() => {});
export const readSaved = (page: Page, key = AUTOSAVE_KEY) => designStore(page, { key, op: 'get' }) as Promise<string | null>;
export const writeSaved = (page: Page, value: string, key = AUTOSAVE_KEY) => designStore(page, { key, value, op: 'put' }).then(() => {});
export const savedKeys = (page: Page) => designStore(page, { key: '', op: 'keys' }) as Promise<string[]>;
