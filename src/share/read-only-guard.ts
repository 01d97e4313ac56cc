import type { ScenarioState, ScenarioStore } from '../store/scenario-store';

/**
 * Refuse every edit, undo and redo while `isReadOnly()`; loads ('reset') still pass.
 * Enforced at the store, so no panel or canvas gesture can change a read-only document whatever it renders.
 */
export function guardReadOnly(store: ScenarioStore, isReadOnly: () => boolean): void {
  const { apply, undo, redo } = store.getState();
  const guarded: Pick<ScenarioState, 'apply' | 'undo' | 'redo'> = {
    apply: (update, intent) => {
      if (intent !== 'reset' && isReadOnly()) return;
      apply(update, intent);
    },
    undo: () => {
      if (!isReadOnly()) undo();
    },
    redo: () => {
      if (!isReadOnly()) redo();
    },
  };
  store.setState(guarded);
}
