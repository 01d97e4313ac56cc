import { create } from 'zustand';
import type { Scenario } from '../scenario/schema';
import type { ShareFlags } from './share-hash';

/** What the page tells the user about a shared link or a file; session-only, never saved. */
export type LinkNotice =
  | { kind: 'opened'; name: string; hasBackup: boolean }
  | { kind: 'restored' }
  | { kind: 'error'; message: string }
  | { kind: 'info'; message: string };

export interface ShareLinkState {
  /** A decoded link waiting for the user's choice because opening it would replace different work. */
  offer: { scenario: Scenario; flags: ShareFlags; currentName: string } | null;
  notice: LinkNotice | null;
  /** Filled in by the controller: open the offered link, keep the current work, or bring back the backup. */
  accept(): void;
  decline(): void;
  restoreBackup(): void;
  dismiss(): void;
}

export const useShareLink = create<ShareLinkState>()((set) => ({
  offer: null,
  notice: null,
  accept: () => {},
  decline: () => {},
  restoreBackup: () => {},
  dismiss: () => set({ notice: null }),
}));
