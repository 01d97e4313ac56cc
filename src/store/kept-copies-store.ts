// Scope: ui — the unreadable saves kept aside in the browser, as the Files menu lists them; the copies live in storage.
import { create } from 'zustand';
import type { KeptCopy } from './autosave';

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
