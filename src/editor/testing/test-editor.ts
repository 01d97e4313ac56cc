import type { Scenario } from '../../scenario/schema';
import { useSession } from '../../store/session-store';
import { Editor, type EditorEngine } from '../editor';

/** A headless editor for tests: real stores, an engine that records what it was asked, a recorded system clipboard. */
export function createTestEditor(scenario: Scenario): Editor & { engineCalls: string[]; systemClipboard: string[] } {
  const engineCalls: string[] = [];
  const systemClipboard: string[] = [];
  // The page's own session store, reset: the tests exercise the real select/selectMany logic.
  useSession.setState(useSession.getInitialState(), true);
  const engine: EditorEngine = {
    play: () => engineCalls.push('play'),
    pause: () => engineCalls.push('pause'),
    step: () => engineCalls.push('step'),
    setSpeed: (speed) => engineCalls.push(`speed ${speed}`),
    restart: () => engineCalls.push('restart'),
  };
  const editor = new Editor({ scenario, engine, writeSystemClipboard: (text) => systemClipboard.push(text) });
  return Object.assign(editor, { engineCalls, systemClipboard });
}
