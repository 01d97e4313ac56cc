import type { Editor } from '../../editor/editor';
import type { Scenario } from '../../scenario/schema';
import { useProposal } from '../../store/proposal-store';

/** What the optimiser proposed, and the design it was made for. */
export interface Proposal {
  base: Scenario;
  scenario: Scenario;
}

/**
 * The optimise panel's Apply: the proposed design replaces the current one as one undo step, and its marks leave the
 * canvas. Refused (false) when the design changed since the proposal was made, or when the gate refuses the edit.
 */
export function applyProposal(editor: Editor, proposal: Proposal): boolean {
  if (editor.scenario !== proposal.base) return false;
  if (!editor.edit(() => proposal.scenario, 'record')) return false;
  useProposal.getState().clear();
  return true;
}
