import type { Scenario } from '../scenario/schema';
import { createScenarioStore } from '../store/scenario-store';
import { useSession } from '../store/session-store';
import type { CommandApp } from './command-app';
import { watchDocument } from './document-watch';
import { createUiStore } from './ui-store';

/** A headless app for command tests: real stores, a recording clock, no canvas, no worker. */
export function createTestApp(scenario: Scenario): CommandApp & { timeCalls: string[]; systemClipboard: string[] } {
  const timeCalls: string[] = [];
  const systemClipboard: string[] = [];
  // The page's own session store, reset: the tests exercise the real select/selectMany logic.
  useSession.setState(useSession.getInitialState(), true);
  const session = useSession;
  const app: CommandApp & { timeCalls: string[]; systemClipboard: string[] } = {
    scenarioStore: createScenarioStore(scenario),
    session,
    ui: createUiStore(),
    time: { togglePlay: () => timeCalls.push('toggle'), step: () => timeCalls.push('step'), reset: () => timeCalls.push('reset') },
    placementPoint: null,
    clipboard: null,
    writeSystemClipboard: (text) => systemClipboard.push(text),
    systemTheme: () => 'light',
    timeCalls,
    systemClipboard,
  };
  watchDocument(app);
  return app;
}
