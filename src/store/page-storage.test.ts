import { describe, expect, it } from 'vitest';
import { memoryStorage, pageStorage } from './page-storage';

describe('pageStorage', () => {
  it('uses the browser storage when it works, and says nothing', () => {
    const real = Object.assign(memoryStorage(), { length: 0, clear() {}, key: () => null }) as unknown as Storage;
    expect(pageStorage(() => real)).toEqual({ storage: real, problem: null });
  });

  it('falls back to memory with one message when even reading localStorage throws (a blocked embed)', () => {
    const blocked = pageStorage(() => {
      throw new DOMException("Failed to read the 'localStorage' property from 'Window': Access is denied for this document.", 'SecurityError');
    });
    expect(blocked.problem).toMatch(/not saved automatically/);
    blocked.storage.setItem('k', 'v');
    expect(blocked.storage.getItem('k')).toBe('v');
  });

  it('keeps a full storage for reading and says saves will not be kept', () => {
    const saved = memoryStorage();
    saved.setItem('qnet-designer.scenario', '{}');
    const full = { ...saved, setItem() { throw new DOMException('quota', 'QuotaExceededError'); }, length: 1, clear() {}, key: () => null } as unknown as Storage;
    const result = pageStorage(() => full);
    expect(result.storage).toBe(full);
    expect(result.storage.getItem('qnet-designer.scenario')).toBe('{}');
    expect(result.problem).toMatch(/full or read-only/);
  });
});
