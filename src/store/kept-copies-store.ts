// Scope: ui — the unreadable saves kept aside in the browser, as the Files menu lists them; the copies live in storage.
import { create } from 'zustand';
import { AUTOSAVE_KEY, listKept, type KeptCopy, type LoadedAutosave } from './autosave';
import type { DesignStorage } from './autosave-storage';

export interface KeptCopiesState {
  copies: KeptCopy[];
  /** Filled in by the app: the copy's text (to download), and deleting it for good. */
  read(key: string): Promise<string | undefined>;
  remove(key: string): Promise<void>;
}

export const useKeptCopies = create<KeptCopiesState>()(() => ({
  copies: [],
  read: async () => undefined,
  remove: async () => {},
}));

/** The kept copies as listed; an unreadable save that could not be kept aside is listed where it lies. */
async function showKeptCopies(designs: DesignStorage, loaded: LoadedAutosave): Promise<void> {
  const kept = await listKept(designs).catch(() => []);
  const inPlace = loaded.kind === 'unreadable' && !loaded.kept ? await designs.get(AUTOSAVE_KEY).catch(() => undefined) : undefined;
  const lying = inPlace === undefined ? [] : [{ key: AUTOSAVE_KEY, keptAt: new Date().toISOString(), chars: inPlace.length }];
  useKeptCopies.setState({ copies: [...lying, ...kept] });
}

/** Fill the store from the page's design storage, after the autosave was loaded. */
export function connectKeptCopies(designs: DesignStorage, loaded: LoadedAutosave): void {
  useKeptCopies.setState({
    read: (key) => designs.get(key),
    remove: async (key) => {
      await designs.remove(key);
      await showKeptCopies(designs, { kind: 'none' });
    },
  });
  void showKeptCopies(designs, loaded);
}
