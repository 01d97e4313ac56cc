import { defaultScenario } from '../scenario/default-scenario-parsed';
import { loadAutosave, startAutosave, type StorageLike } from '../store/autosave';
import { createNoticeStore, type NoticeStore } from '../store/notice-store';
import { physicsChanged } from '../store/physics-changed';
import { ResultsStore } from '../store/results-store';
import { startSharedLinks } from '../share/shared-link-controller';
import { createScenarioStore, type ScenarioStore } from '../store/scenario-store';
import { useSession } from '../store/session-store';
import { createEngineConnection } from '../worker/create-engine';
import type { EngineClient } from '../worker/engine-client';

export interface AppState {
  scenarioStore: ScenarioStore;
  results: ResultsStore;
  engine: EngineClient;
  notices: NoticeStore;
  restart(): void;
}

/** Wire the document store, the results store and the engine worker together for the page's lifetime. */
export function createAppState(storage: StorageLike): AppState {
  const notices = createNoticeStore();
  const notify = (text: string) => notices.getState().push(text);
  const loaded = loadAutosave(storage);
  if (loaded.kind === 'unreadable') {
    notify(`Your saved scenario could not be read (${loaded.errors[0]}); it is kept aside and the default scenario is shown.`);
  }
  const scenarioStore = createScenarioStore(loaded.kind === 'ok' ? loaded.scenario : defaultScenario());
  const results = new ResultsStore();
  const connection = createEngineConnection({ resumePoint: () => results.resumePoint() }, () => scenarioStore.getState().scenario);
  const engine = connection.client;
  connection.onCrash(notify);
  engine.on((message) => results.receive(message));

  const session = useSession.getState();
  engine.setSpeed(session.speed);
  useSession.subscribe((state, prev) => {
    if (state.speed !== prev.speed) engine.setSpeed(state.speed);
  });
  scenarioStore.subscribe((state, prev) => {
    if (physicsChanged(prev.scenario, state.scenario)) engine.setScenario(state.scenario);
  });
  const flush = startAutosave(
    storage,
    (listener) => scenarioStore.subscribe((state, prev) => state.scenario !== prev.scenario && listener(state.scenario)),
    notify,
  );
  addEventListener('pagehide', flush);

  const restart = () => {
    results.clear();
    engine.sendNow(scenarioStore.getState().scenario, true);
  };
  // src/main.tsx started the default scenario in the worker while this bundle loaded: keep that run when the page opens
  // on the default scenario, so its first samples may already be waiting.
  if (loaded.kind === 'ok' || !connection.adoptPrestartedRun()) engine.sendNow(scenarioStore.getState().scenario, true);
  // After the first run is sent: a link in the hash, once decoded, replaces it (or asks first).
  startSharedLinks({ storage, scenarioStore, engine, restart });
  return { scenarioStore, results, engine, notices, restart };
}
