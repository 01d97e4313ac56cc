import type { KeyedStorage } from '../autosave-storage';

/** Local storage as browsers bound it: a total of `quotaChars` characters of keys and values, then QuotaExceededError. */
export function quotaStorage(quotaChars: number, initial: Record<string, string> = {}): KeyedStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  const used = () => [...data].reduce((sum, [k, v]) => sum + k.length + v.length, 0);
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      const after = used() - (data.has(key) ? key.length + data.get(key)!.length : 0) + key.length + value.length;
      if (after > quotaChars) throw new DOMException(`Setting the value of '${key}' exceeded the quota.`, 'QuotaExceededError');
      data.set(key, value);
    },
    removeItem: (key) => void data.delete(key),
    key: (index) => [...data.keys()][index] ?? null,
    get length() {
      return data.size;
    },
  };
}
