import { defaultScenario } from '../scenario/default-scenario-parsed';
import { Editor } from '../editor/editor';
import type { ResumePoint } from '../engine/simulation';
import { loadAutosave, startAutosave, unreadableNotice, type StorageLike } from '../store/autosave';
import { connectKeptCopies } from '../store/kept-copies-store';
import type { PageStorage } from '../store/page-storage';
import { physicsChanged } from '../store/physics-changed';
import { ResultsStore } from '../store/results-store';
import type { Theme } from '../store/ui-store';
import { startSharedLinks } from '../share/shared-link-controller';
import { createEngineConnection } from '../worker/create-engine';
import { loadCanvasModule } from './canvas-module';
import { RunsBeforePaint } from './runs-before-paint';

export const THEME_KEY = 'qnet-designer.theme';

/** A theme already on <html> (a shared link's) wins; else the one this browser last chose. */
function initialTheme(storage: StorageLike): Theme | null {
  const shown = document.documentElement.dataset.theme;
  if (shown === 'light' || shown === 'dark') return shown;
  try {
    const value = storage.getItem(THEME_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null;
  }
}

/** Where a replaced engine worker continues: the last sample's time, key and key stores, even at the run's end. */
function restartPoint(results: ResultsStore): ResumePoint | undefined {
  const last = results.rowCount - 1;
  if (last < 0) return undefined;
  const at = (series: 'secretKeyBits' | 'storedKeyBits') => Object.fromEntries(results.requestIds.map((id, i) => [id, results.value(last, i, series)]));
  return { timeSeconds: results.timeSeconds, secretKeyBits: at('secretKeyBits'), storedKeyBits: at('storedKeyBits') };
}

export interface StartedApp {
  editor: Editor;
  /** Call once the page has painted its first frame: a run the opening asked for goes to the worker then. */
  firstPainted(): void;
}

/**
 * Make the page's editor once the saved design is read (so the default never shows first or overwrites it), and wire it
 * to the engine worker, autosave and shared links for the page's lifetime.
 */
export async function startApp({ storage, designs, problem: storageProblem }: PageStorage): Promise<StartedApp> {
  const loaded = await loadAutosave(designs);
  const initial = loaded.kind === 'ok' ? loaded.scenario : defaultScenario();
  if (loaded.kind === 'ok') void loadCanvasModule();
  const results = new ResultsStore();
  let editor: Editor | null = null;
  const connection = createEngineConnection({ resumePoint: () => results.resumePoint(), restartPoint: () => restartPoint(results) }, () => editor!.scenario);
  const engine = connection.client;
  const runs = new RunsBeforePaint(engine);
  editor = new Editor({
    scenario: initial,
    results,
    theme: initialTheme(storage),
    engine: {
      play: () => engine.play(),
      pause: () => engine.pause(),
      step: () => engine.step(),
      setSpeed: (speed) => engine.setSpeed(speed),
      restart: (scenario) => runs.restart(scenario),
    },
    queries: engine,
    writeSystemClipboard: (text) => void navigator.clipboard?.writeText(text).catch(() => {}),
    systemTheme: () => (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'),
  });
  const app = editor;
  if (loaded.kind === 'unreadable') app.notify(unreadableNotice(loaded));
  connectKeptCopies(designs, loaded);
  if (storageProblem) app.notify(storageProblem);
  connection.onCrash((message) => app.notify(message));
  engine.on((message) => results.receive(message));
  engine.setSpeed(app.session.getState().speed);

  app.document.subscribe((state, prev) => {
    if (physicsChanged(prev.scenario, state.scenario)) runs.edited(state.scenario);
  });
  const autosave = startAutosave(
    designs,
    (listener) => app.document.subscribe((state, prev) => state.scenario !== prev.scenario && listener(state.scenario)),
    (message) => app.notify(message),
    loaded.kind === 'unreadable' && !loaded.kept,
  );
  // Local storage is the last-chance copy only when designs live elsewhere (IndexedDB), where a write may not finish.
  addEventListener('pagehide', () => autosave.flushOnExit(designs.kind === 'indexeddb' ? storage : null));

  // A link in the hash, once decoded, replaces the design (or asks first) before the page renders; its run then waits
  // in `runs` for the first paint, and is the page's first.
  await startSharedLinks({ storage, editor: app });
  // src/main.tsx started the default scenario in the worker while this bundle loaded: keep that run when the page opens
  // on the default scenario, so its first samples may already be waiting.
  if (!runs.holding && (loaded.kind === 'ok' || !connection.adoptPrestartedRun())) engine.sendNow(app.scenario, true);
  return { editor: app, firstPainted: () => runs.firstPainted() };
}
