import { useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import { useApp } from '../app/app-context';
import type { AppState } from '../app/app-state';
import { useSession } from '../store/session-store';
import type { CommandApp } from './command-app';
import { watchDocument } from './document-watch';
import { createUiStore, type Theme, type UiState } from './ui-store';

export const THEME_KEY = 'qnet-designer.theme';

/** A theme already on <html> (a shared link's) wins; else the one this browser last chose. */
function initialTheme(): Theme | null {
  const shown = document.documentElement.dataset.theme;
  if (shown === 'light' || shown === 'dark') return shown;
  try {
    const value = localStorage.getItem(THEME_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null;
  }
}

/** The command app of the page, made once per AppState (a WeakMap, so App.tsx needs no extra provider). */
const apps = new WeakMap<AppState, CommandApp>();

function createCommandApp(state: AppState): CommandApp {
  const { engine, results, restart } = state;
  const app: CommandApp = {
    scenarioStore: state.scenarioStore,
    session: useSession,
    ui: createUiStore({ theme: initialTheme() }),
    // The time controls' buttons call these too, so the keys and the buttons behave alike.
    time: {
      togglePlay() {
        const { playing, setPlaying } = useSession.getState();
        if (results.status === 'finished') {
          setPlaying(true);
          engine.play();
          restart();
        } else if (playing) {
          setPlaying(false);
          engine.pause();
        } else {
          setPlaying(true);
          engine.play();
        }
      },
      step() {
        useSession.getState().setPlaying(false);
        engine.step();
      },
      reset: restart,
    },
    placementPoint: null,
    clipboard: null,
    writeSystemClipboard: (text) => void navigator.clipboard?.writeText(text).catch(() => {}),
    systemTheme: () => (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'),
  };
  watchDocument(app);
  return app;
}

export function useCommandApp(): CommandApp {
  const state = useApp();
  let app = apps.get(state);
  if (!app) {
    app = createCommandApp(state);
    apps.set(state, app);
  }
  return app;
}

export function useUi<T>(selector: (s: UiState) => T): T {
  return useStore(useCommandApp().ui, selector);
}

/** Re-render only when the answer changes: `read` runs after any document, session or view change. */
export function useCommandState<T extends string | number | boolean>(read: (app: CommandApp) => T): T {
  const app = useCommandApp();
  return useSyncExternalStore(
    (listener) => {
      const offs = [app.scenarioStore.subscribe(listener), app.session.subscribe(listener), app.ui.subscribe(listener)];
      return () => offs.forEach((off) => off());
    },
    () => read(app),
  );
}
