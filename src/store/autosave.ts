import { parseScenarioJson } from '../scenario/validate';
import type { Scenario } from '../scenario/schema';

export const AUTOSAVE_KEY = 'qnet-designer.scenario';
/** Where an autosave that no longer validates is kept, so nothing the user drew is thrown away. */
export const AUTOSAVE_RESCUE_KEY = 'qnet-designer.scenario.unreadable';
const AUTOSAVE_DELAY_MS = 250;

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export type LoadedAutosave = { kind: 'none' } | { kind: 'ok'; scenario: Scenario } | { kind: 'unreadable'; errors: string[] };

export function loadAutosave(storage: StorageLike): LoadedAutosave {
  let text: string | null;
  try {
    text = storage.getItem(AUTOSAVE_KEY);
  } catch {
    return { kind: 'none' };
  }
  if (text === null) return { kind: 'none' };
  const parsed = parseScenarioJson(text);
  if (parsed.ok) return { kind: 'ok', scenario: parsed.scenario };
  try {
    storage.setItem(AUTOSAVE_RESCUE_KEY, text);
  } catch {
    // Storage full or blocked: the unreadable copy stays under the main key until the next save.
  }
  return { kind: 'unreadable', errors: parsed.errors };
}

/** Save the latest scenario shortly after edits stop; returns a function that flushes at once. */
export function startAutosave(
  storage: StorageLike,
  subscribe: (listener: (scenario: Scenario) => void) => () => void,
  onError: (message: string) => void,
): () => void {
  let pending: Scenario | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (!pending) return;
    try {
      storage.setItem(AUTOSAVE_KEY, JSON.stringify(pending));
      pending = null;
    } catch (e) {
      onError(`Autosave failed: ${(e as Error).message}. Export your scenario to keep it.`);
    }
  };
  subscribe((scenario) => {
    pending = scenario;
    if (timer === null) timer = setTimeout(flush, AUTOSAVE_DELAY_MS);
  });
  return flush;
}
