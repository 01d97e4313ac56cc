import type { StoreApi } from 'zustand/vanilla';
import type { Scenario } from '../scenario/schema';
import type { Clipboard, Point } from '../store/scenario-edits';
import type { ScenarioStore } from '../store/scenario-store';
import type { SessionState } from '../store/session-store';
import type { Theme, UiStore } from './ui-store';

/** What a command may touch. Plain objects, so every command also runs headless in tests. */
export interface CommandApp {
  scenarioStore: ScenarioStore;
  session: StoreApi<SessionState>;
  ui: UiStore;
  time: { togglePlay(): void; step(): void; reset(): void };
  /** Set by the canvas while it is shown: where a new node goes so it appears in the middle of the view. */
  placementPoint: (() => Point) | null;
  clipboard: { content: Clipboard; pastes: number } | null;
  /** Puts text on the system clipboard, where the browser allows it (a secure page); otherwise does nothing. */
  writeSystemClipboard(text: string): void;
  systemTheme(): Theme;
}

export function scenarioOf(app: CommandApp): Scenario {
  return app.scenarioStore.getState().scenario;
}

/** A finished user action: one undo step. */
export function commit(app: CommandApp, next: Scenario): void {
  app.scenarioStore.getState().apply(() => next, 'record');
}

export function announce(app: CommandApp, text: string, tone: 'info' | 'error' = 'info'): void {
  const seq = (app.ui.getState().message?.seq ?? 0) + 1;
  app.ui.setState({ message: { text, tone, seq } });
}

/** Documents are read-only while presenting and when opened from a read-only shared link. */
export function canEdit(app: CommandApp): boolean {
  return !app.ui.getState().presentation && !app.session.getState().readOnly;
}
