import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import { throttle } from '../canvas/throttle';
import { useStore } from 'zustand';
import type { ScenarioState } from '../store/scenario-store';
import type { AppState } from './app-state';

export const AppContext = createContext<AppState | null>(null);

export function useApp(): AppState {
  const app = useContext(AppContext);
  if (!app) throw new Error('useApp outside <AppContext.Provider>');
  return app;
}

export function useScenarioState<T>(selector: (state: ScenarioState) => T): T {
  return useStore(useApp().scenarioStore, selector);
}

/**
 * Re-render when streamed results change, at most once per `intervalMs`: batches arrive up to 60 times a second, and
 * each re-render that changes text costs the page a layout and a full repaint, even in the middle of a canvas drag.
 */
export function useResultsVersion(intervalMs: number): number {
  const { results } = useApp();
  const subscribe = useCallback(
    (notify: () => void) => {
      const throttled = throttle(notify, intervalMs);
      const unsubscribe = results.subscribe(() => throttled.poke());
      return () => {
        unsubscribe();
        throttled.cancel();
      };
    },
    [results, intervalMs],
  );
  return useSyncExternalStore(subscribe, () => results.version);
}
