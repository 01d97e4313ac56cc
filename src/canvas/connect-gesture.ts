import { connectNodes } from '../commands/edit-commands';
import type { Editor } from '../editor/editor';

/**
 * A link drawn by a pointer (canvas handles, map markers, globe markers): the connect command's edit, one undo step;
 * while the design is read-only (a class link, presentation) it says why nothing was added.
 */
export function connectByGesture(app: Editor, a: string, b: string): boolean {
  const refused = app.whyNot('hand');
  if (refused === null) return connectNodes(app, a, b);
  app.announce(refused, 'error');
  return false;
}
