import type { Scenario } from '../scenario/schema';
import type { DesignStorage, KeyedStorage } from './autosave-storage';

export const AUTOSAVE_KEY = 'qnet-designer.scenario';
/** Local storage's copy of an edit IndexedDB had not confirmed when the page went away; it wins at the next load. */
export const UNSAVED_KEY = 'qnet-designer.scenario.unsaved';
/** Where earlier versions put one unreadable autosave in local storage; moved into a kept copy on migration. */
export const LEGACY_RESCUE_KEY = 'qnet-designer.scenario.unreadable';
/** Each unreadable autosave is kept under its own key, this prefix and the time it was found; none is ever overwritten. */
export const KEPT_PREFIX = 'qnet-designer.kept.';
const AUTOSAVE_DELAY_MS = 250;
/** A design this big (nodes and links) takes a write long enough to hold back the worker's answer to an edit. */
const BIG_DESIGN_ELEMENTS = 2_000;
/** How long a big design's autosave waits after the last edit: past the worker's answer (~0.5 s at 10,000 nodes). */
const BIG_AUTOSAVE_DELAY_MS = 1_500;

/** How long after the last edit a design is saved: a big one later, so its write never lands before the edit's result. */
export function autosaveDelayMs(scenario: Scenario): number {
  return scenario.nodes.length + scenario.links.length >= BIG_DESIGN_ELEMENTS ? BIG_AUTOSAVE_DELAY_MS : AUTOSAVE_DELAY_MS;
}

/** The longest an autosave waits for the page to be idle. */
const IDLE_WAIT_MS = 2_000;

/**
 * Run `task` when the page is next idle (soon, at the latest): writing a big design is one long task (10,000 nodes:
 * ~0.3 s to serialise, ~0.2 s to store), which must not hold back the worker's answer to the edit that caused it.
 */
function whenIdle(task: () => void): void {
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, options: { timeout: number }) => number }).requestIdleCallback;
  if (idle) idle(task, { timeout: IDLE_WAIT_MS });
  else task();
}

/** Small synchronous settings (the theme, the backup before a shared link): local storage or memory. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** A copy of an unreadable save, kept aside for the user to download or delete. */
export interface KeptCopy {
  key: string;
  /** When it was kept aside (ISO 8601). */
  keptAt: string;
  chars: number;
}

export type LoadedAutosave =
  | { kind: 'none' }
  | { kind: 'ok'; scenario: Scenario }
  /** `kept` is null when the copy could not be written and verified: the save then stays where it is, untouched. */
  | { kind: 'unreadable'; errors: string[]; kept: KeptCopy | null; keepError: string | null };

function keptAtOf(key: string): string {
  return key.slice(KEPT_PREFIX.length).replace(/~\d+$/, '');
}

/**
 * Write `text` under a new kept key and read it back: resolves only with a copy that is verifiably there. A key that
 * is taken (two copies in the same millisecond) gets a suffix; an existing copy is never written over.
 */
export async function keepAside(designs: DesignStorage, text: string, now: Date = new Date()): Promise<KeptCopy> {
  const taken = new Set(await designs.keys());
  const base = `${KEPT_PREFIX}${now.toISOString()}`;
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}~${n}`;
  await designs.set(key, text);
  if ((await designs.get(key)) !== text) throw new Error('the copy read back differs from what was written');
  return { key, keptAt: keptAtOf(key), chars: text.length };
}

/** The kept copies, oldest first. */
export async function listKept(designs: DesignStorage): Promise<KeptCopy[]> {
  const kept = (await designs.keys()).filter((k) => k.startsWith(KEPT_PREFIX)).sort();
  const copies = await Promise.all(kept.map(async (key) => ({ key, keptAt: keptAtOf(key), chars: (await designs.get(key))?.length ?? 0 })));
  return copies;
}

/**
 * Read the autosave. An unreadable one is moved into a kept copy (written, read back, and only then removed from the
 * autosave key); if that fails it stays under the autosave key and the caller must not save over it.
 */
export async function loadAutosave(designs: DesignStorage, now?: Date): Promise<LoadedAutosave> {
  let text: string | undefined;
  try {
    text = await designs.get(AUTOSAVE_KEY);
  } catch (e) {
    // Unknown, not absent: treated as unreadable so that autosave does not write over whatever is there.
    const why = (e as Error)?.message || String(e);
    return { kind: 'unreadable', errors: [`the browser would not read it: ${why}`], kept: null, keepError: why };
  }
  if (text === undefined) return { kind: 'none' };
  // Loaded only when there is a design to read: a first visit opens on the default scenario without zod's code.
  const { parseScenarioJson } = await import('../scenario/validate');
  const parsed = parseScenarioJson(text);
  if (parsed.ok) return { kind: 'ok', scenario: parsed.scenario };
  try {
    const kept = await keepAside(designs, text, now);
    // The copy is safe: clearing the autosave key keeps a reload from keeping the same text aside again.
    await designs.remove(AUTOSAVE_KEY).catch(() => {});
    return { kind: 'unreadable', errors: parsed.errors, kept, keepError: null };
  } catch (e) {
    return { kind: 'unreadable', errors: parsed.errors, kept: null, keepError: (e as Error).message || String(e) };
  }
}

/** What the page says about an unreadable save: a copy is claimed only when loadAutosave verified it. */
export function unreadableNotice(loaded: Extract<LoadedAutosave, { kind: 'unreadable' }>): string {
  const why = loaded.errors[0];
  return loaded.kept
    ? `Your saved scenario could not be read (${why}); it is kept aside (Files → Kept copies) and the default scenario is shown.`
    : `Your saved scenario could not be read (${why}) and could not be kept aside (${loaded.keepError}). It is left where it is and autosave is off for this visit so nothing overwrites it: download it from Files → Kept copies, and export your work to keep it.`;
}

/**
 * Once, when IndexedDB is first used: move local storage's autosave (if IndexedDB has none) and an old unreadable
 * copy into it. Local storage is cleared only after IndexedDB holds what it held.
 */
export async function migrateLocalAutosave(local: KeyedStorage, designs: DesignStorage): Promise<void> {
  const saved = local.getItem(AUTOSAVE_KEY);
  if (saved !== null && (await designs.get(AUTOSAVE_KEY)) === undefined) {
    await designs.set(AUTOSAVE_KEY, saved);
    if ((await designs.get(AUTOSAVE_KEY)) !== saved) throw new Error('the migrated autosave read back differs');
  }
  if (saved !== null) local.removeItem(AUTOSAVE_KEY);
  const rescued = local.getItem(LEGACY_RESCUE_KEY);
  if (rescued !== null) {
    await keepAside(designs, rescued);
    local.removeItem(LEGACY_RESCUE_KEY);
  }
}

export interface Autosave {
  /** Write the latest edit now; resolves when no write is pending. */
  flush(): Promise<void>;
  /**
   * The page is going away (pagehide): an IndexedDB write may not finish, so an edit not yet confirmed is also written
   * synchronously to `lastChance` under UNSAVED_KEY, which the next load takes back (recoverUnsaved).
   */
  flushOnExit(lastChance: StorageLike | null): void;
}

/** At load, before reading the autosave: an edit left in local storage on the way out is newer than IndexedDB's. */
export async function recoverUnsaved(local: KeyedStorage, designs: DesignStorage): Promise<void> {
  const unsaved = local.getItem(UNSAVED_KEY);
  if (unsaved === null) return;
  await designs.set(AUTOSAVE_KEY, unsaved);
  if ((await designs.get(AUTOSAVE_KEY)) === unsaved) local.removeItem(UNSAVED_KEY);
}

/**
 * Save the latest scenario shortly after edits stop, one write at a time, never an older one after a newer one.
 * `paused` (an unreadable save that could not be kept aside) leaves the autosave key alone for the whole visit.
 */
export function startAutosave(
  designs: DesignStorage,
  subscribe: (listener: (scenario: Scenario) => void) => () => void,
  onError: (message: string) => void,
  paused = false,
): Autosave {
  let pending: Scenario | null = null;
  let latest: Scenario | null = null;
  let confirmed: Scenario | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing: Promise<void> = Promise.resolve();
  const flush = (): Promise<void> => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    writing = writing.then(async () => {
      const scenario = pending;
      if (!scenario) return;
      pending = null;
      try {
        await designs.set(AUTOSAVE_KEY, JSON.stringify(scenario));
        confirmed = scenario;
      } catch (e) {
        pending ??= scenario;
        onError(`Autosave failed: ${String((e as Error)?.message ?? e).replace(/\.$/, '')}. Export your scenario to keep it.`);
      }
    });
    return writing;
  };
  if (!paused) {
    subscribe((scenario) => {
      pending = scenario;
      latest = scenario;
      if (timer === null) timer = setTimeout(() => whenIdle(() => void flush()), autosaveDelayMs(scenario));
    });
  }
  const flushOnExit = (lastChance: StorageLike | null) => {
    if (latest !== null && latest !== confirmed && lastChance) {
      try {
        lastChance.setItem(UNSAVED_KEY, JSON.stringify(latest));
      } catch {
        // Too big for local storage: the IndexedDB write below is the only chance, as before.
      }
    }
    void flush();
  };
  return { flush, flushOnExit };
}
