// Scope: ui — what the page tells the user about a shared link or a file; never saved, never undone.
import { create } from 'zustand';

export type LinkNotice =
  | { kind: 'opened'; name: string; hasBackup: boolean }
  | { kind: 'restored' }
  | { kind: 'error'; message: string }
  | { kind: 'info'; message: string };

/** A decoded link waiting for the user's choice because opening it would replace different work. */
export interface LinkOffer {
  name: string;
  nodeCount: number;
  linkCount: number;
  currentName: string;
}

export interface ShareLinkState {
  offer: LinkOffer | null;
  notice: LinkNotice | null;
  /** Filled in by the controller: open the offered link, keep the current work, or bring back the backup. */
  accept(): void;
  decline(): void;
  restoreBackup(): Promise<void> | void;
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
