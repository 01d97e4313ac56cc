import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultScenario } from '../scenario/default-scenario-parsed';
import type { Scenario } from '../scenario/schema';
import { AUTOSAVE_KEY, AUTOSAVE_RESCUE_KEY, loadAutosave, startAutosave } from './autosave';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
}

afterEach(() => vi.useRealTimers());

describe('autosave', () => {
  it('saves shortly after an edit and loads the same scenario back', () => {
    vi.useFakeTimers();
    const storage = memoryStorage();
    let emit: (s: Scenario) => void = () => {};
    startAutosave(storage, (l) => ((emit = l), () => {}), () => {});
    const edited = { ...defaultScenario(), name: 'Edited' };
    emit(edited);
    expect(storage.data.has(AUTOSAVE_KEY)).toBe(false);
    vi.advanceTimersByTime(300);
    const loaded = loadAutosave(storage);
    expect(loaded).toEqual({ kind: 'ok', scenario: edited });
  });

  it('keeps an unreadable save aside instead of losing it', () => {
    const storage = memoryStorage({ [AUTOSAVE_KEY]: '{"version":1,"nodes":"oops"' });
    const loaded = loadAutosave(storage);
    expect(loaded.kind).toBe('unreadable');
    expect(storage.data.get(AUTOSAVE_RESCUE_KEY)).toBe('{"version":1,"nodes":"oops"');
  });

  it('reports a failing storage instead of throwing', () => {
    vi.useFakeTimers();
    const errors: string[] = [];
    let emit: (s: Scenario) => void = () => {};
    const storage = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); } };
    startAutosave(storage, (l) => ((emit = l), () => {}), (m) => errors.push(m));
    emit(defaultScenario());
    vi.advanceTimersByTime(300);
    expect(errors[0]).toMatch(/Autosave failed: QuotaExceededError/);
  });
});
