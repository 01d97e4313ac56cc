// Scope: document — the scenario and its undo history; autosaved, shared, written only through the editor (src/editor).
import { create } from 'zustand';
import type { Scenario } from '../scenario/schema';

/** How a write enters the undo history (excalidraw's CaptureUpdateAction, tldraw's history option). */
export type HistoryIntent =
  /** A finished user edit: one undo step. */
  | 'record'
  /** An intermediate state of a gesture (drag frames): the gesture's first state is remembered, nothing recorded yet. */
  | 'transient'
  /** Loads that are not edits (opening a shared link, restoring the backup): history is cleared. Files and examples open as 'record'. */
  | 'reset';

const HISTORY_LIMIT = 200;

export interface ScenarioState {
  scenario: Scenario;
  past: Scenario[];
  future: Scenario[];
  /** The document as it was before the current gesture began. */
  gestureBase: Scenario | null;
  apply(update: (s: Scenario) => Scenario, intent?: HistoryIntent): void;
  undo(): void;
  redo(): void;
}

export function createScenarioStore(initial: Scenario) {
  return create<ScenarioState>()((set, get) => ({
    scenario: initial,
    past: [],
    future: [],
    gestureBase: null,
    apply(update, intent = 'record') {
      const { scenario, past, gestureBase } = get();
      const next = update(scenario);
      if (next === scenario && intent !== 'record') return;
      if (intent === 'reset') {
        set({ scenario: next, past: [], future: [], gestureBase: null });
      } else if (intent === 'transient') {
        set({ scenario: next, gestureBase: gestureBase ?? scenario });
      } else {
        const before = gestureBase ?? scenario;
        if (next === before) {
          set({ gestureBase: null });
          return;
        }
        set({ scenario: next, past: [...past, before].slice(-HISTORY_LIMIT), future: [], gestureBase: null });
      }
    },
    undo() {
      const { past, scenario, future } = get();
      const previous = past.at(-1);
      if (!previous) return;
      set({ scenario: previous, past: past.slice(0, -1), future: [scenario, ...future], gestureBase: null });
    },
    redo() {
      const { past, scenario, future } = get();
      const next = future[0];
      if (!next) return;
      set({ scenario: next, past: [...past, scenario], future: future.slice(1), gestureBase: null });
    },
  }));
}

export type ScenarioStore = ReturnType<typeof createScenarioStore>;

/** The document as everything but the editor sees it: the state without its writers. */
export type DocumentState = Readonly<Omit<ScenarioState, 'apply' | 'undo' | 'redo'>>;

/**
 * A read-only view of the document store (zustand's `useStore` accepts it): no `setState`, no `apply`, `undo` or
 * `redo`, so a write that bypasses the editor's gate does not type-check.
 */
export interface DocumentView {
  getState(): DocumentState;
  getInitialState(): DocumentState;
  subscribe(listener: (state: DocumentState, previous: DocumentState) => void): () => void;
}
