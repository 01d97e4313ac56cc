// Scope: session — the optimiser's proposal drawn over the canvas until it is applied or discarded; never saved.
import { create } from 'zustand';

export type ProposalMark = 'keep' | 'remove';

export interface ProposalState {
  /** Candidate sites the proposal keeps as relays, and those it turns into fibre junctions. */
  marks: ReadonlyMap<string, ProposalMark>;
  show(keep: readonly string[], remove: readonly string[]): void;
  clear(): void;
}

export const useProposal = create<ProposalState>()((set) => ({
  marks: new Map(),
  show: (keep, remove) => set({ marks: new Map([...keep.map((id) => [id, 'keep'] as const), ...remove.map((id) => [id, 'remove'] as const)]) }),
  clear: () => set({ marks: new Map() }),
}));
