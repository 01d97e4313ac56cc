import type { Editor } from '../../editor/editor';
import type { Scenario } from '../../scenario/schema';

/** A field's value while it is typed: shown live (the run follows it), not yet an undo step. */
export function previewField(editor: Editor, update: (s: Scenario) => Scenario): boolean {
  return editor.edit(update, 'transient');
}

/** Leaving the field: everything typed since it was entered becomes one undo step. */
export function commitField(editor: Editor): boolean {
  return editor.edit((s) => s, 'record');
}
