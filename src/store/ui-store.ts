// Scope: ui — presentation, theme, dialogs and the live-region message; never undone, never saved in the document.
import { createStore } from 'zustand/vanilla';

export type Theme = 'light' | 'dark';

export interface UiState {
  /** Read-only layout with larger type, for showing a design to others. */
  presentation: boolean;
  /** null follows the operating system's preference. */
  theme: Theme | null;
  helpOpen: boolean;
  /** The latest message for the live region; `seq` lets the same words be announced twice. */
  message: { text: string; tone: 'info' | 'error'; seq: number } | null;
  /** A field a command asked to be focused once it is shown (e.g. the design's name); its owner clears it. */
  focusRequest: 'design-name' | null;
  /** The glossary dialog: whether it is open, and the entry to show first (null for the top). */
  glossary: { open: boolean; entry: string | null };
}

export function createUiStore(initial: Partial<UiState> = {}) {
  return createStore<UiState>()(() => ({ presentation: false, theme: null, helpOpen: false, message: null, focusRequest: null, glossary: { open: false, entry: null }, ...initial }));
}

export type UiStore = ReturnType<typeof createUiStore>;
