import { createContext, useContext } from 'react';
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
