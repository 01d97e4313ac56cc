import type { NodeChange } from '@xyflow/react';
import type { Editor } from '../editor/editor';
import { placeNodes, type Point } from '../store/scenario-edits';

/**
 * Follow a node drag through React Flow's changes, keeping where the dragged nodes are in `dragged`; when the drag
 * ends, the whole gesture, however many nodes moved, becomes one document change and one undo step (writing every
 * pointer move would re-render panels and autosave on each frame). Returns whether the document changed.
 */
export function followNodeDrag(app: Editor, dragged: Map<string, Point>, changes: readonly NodeChange[]): boolean {
  let ended = false;
  for (const change of changes) {
    if (change.type !== 'position') continue;
    if (change.position) dragged.set(change.id, change.position);
    if (!change.dragging) ended = true;
  }
  if (!ended || dragged.size === 0) return false;
  const positions = new Map(dragged);
  dragged.clear();
  return app.edit((s) => placeNodes(s, positions));
}
