import type { Editor } from '../editor/editor';
import type { Example } from '../scenario/examples';
import type { Scenario } from '../scenario/schema';
import { parseScenario } from '../scenario/validate';
import { DEFAULT_SPEED } from '../store/session-store';

/**
 * Replace the document with an example as one undoable edit (Ctrl+Z brings back what was drawn before), start its
 * run from t = 0 at the example's own speed and frame it. `adjust` lets a lesson set its first step in the same edit. Returns whether it opened.
 */
export function openExample(editor: Editor, example: Example, adjust: (s: Scenario) => Scenario = (s) => s): boolean {
  const parsed = parseScenario(example.scenario);
  // The examples are checked by their tests; a failure here is a programming error, not a user's.
  if (!parsed.ok) throw new Error(`Example ${example.id} is invalid: ${parsed.errors.join('; ')}`);
  if (!editor.replace(adjust(parsed.scenario), 'content')) return false;
  editor.setSpeed(example.speed ?? DEFAULT_SPEED);
  editor.play();
  editor.restart();
  editor.fitView();
  return true;
}
