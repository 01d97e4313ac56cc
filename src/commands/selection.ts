import type { Editor } from '../editor/editor';
import type { Selection } from '../store/session-store';

export const selectedNodeIds = (app: Editor) => app.session.getState().selectedNodeIds;
export const selectedLinkIds = (app: Editor) => app.session.getState().selectedLinkIds;

export function selectedRequestId(app: Editor): string | null {
  const selection = app.session.getState().selection;
  return selection?.kind === 'request' ? selection.id : null;
}

/** Select what an action just made, so the next action (move, connect, delete) applies to it. */
export function selectCreated(app: Editor, nodeIds: readonly string[], linkIds: readonly string[] = []): void {
  const only = nodeIds.length === 1 && linkIds.length === 0 ? nodeIds[0] : undefined;
  const primary: Selection = only !== undefined ? { kind: 'node', id: only } : null;
  app.session.getState().selectMany(nodeIds, linkIds, primary);
}
