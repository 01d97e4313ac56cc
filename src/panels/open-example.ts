import type { AppState } from '../app/app-state';
import type { Example } from '../scenario/examples';
import type { Scenario } from '../scenario/schema';
import { parseScenario } from '../scenario/validate';
import { useSession } from '../store/session-store';
import { fitCanvasView } from './fit-canvas-view';

/**
 * Replace the document with an example as one undoable edit (Ctrl+Z brings back what was drawn before), start its
 * run from t = 0 and frame it. `adjust` lets a lesson set its first step in the same edit.
 */
export function openExample(app: AppState, example: Example, adjust: (s: Scenario) => Scenario = (s) => s): void {
  const parsed = parseScenario(example.scenario);
  // The examples are checked by their tests; a failure here is a programming error, not a user's.
  if (!parsed.ok) throw new Error(`Example ${example.id} is invalid: ${parsed.errors.join('; ')}`);
  const next = adjust(parsed.scenario);
  app.scenarioStore.getState().apply(() => next, 'record');
  useSession.getState().select(null);
  useSession.getState().setPlaying(true);
  app.engine.play();
  app.restart();
  fitCanvasView();
}
