import { lazy, Suspense, useEffect, useState } from 'react';
import { CommandToolbar } from '../commands/CommandToolbar';
import { useEditor, useUi, useDocument } from '../editor/editor-context';
import { useClipboardEvents } from '../commands/use-clipboard-events';
import { useCommandKeys } from '../commands/use-command-keys';
import { useTheme } from './use-theme';
import { Inspector } from '../panels/inspector/Inspector';
import { Notices } from '../panels/Notices';
import { RequestsPanel } from '../panels/RequestsPanel';
import { ExamplesGallery } from '../panels/ExamplesGallery';
import { GlossaryButton } from '../panels/help/GlossaryButton';
import { useSession } from '../store/session-store';
import { TimeControls } from '../panels/TimeControls';
import { TeacherDialog } from '../panels/teacher/TeacherDialog';
import { ShareAndFiles } from '../share/ShareAndFiles';
import { LiveCharts } from '../panels/charts/LiveCharts';
import { loadCanvasModule, loadedCanvasModule } from './canvas-module';
import { useLoaded } from '../panels/use-loaded';

// Only a started lesson shows the band; its steps and the examples load with it, not before the first chart sample.
const ClassroomBar = lazy(() => import('../panels/classroom/ClassroomBar').then((m) => ({ default: m.ClassroomBar })));
// The optimiser's panel (and, in its own worker, the solver) load only when asked for.
// The shortcuts list loads the first time it is asked for (the ? key or the toolbar's button).
const ShortcutsDialog = lazy(() => import('../panels/ShortcutsDialog').then((m) => ({ default: m.ShortcutsDialog })));
const OptimisePanel = lazy(() => import('../panels/optimise/OptimisePanel').then((m) => ({ default: m.OptimisePanel })));

type CanvasModule = Awaited<ReturnType<typeof loadCanvasModule>>;

/** The distance chart and the results below the charts: drawn after the first frame, so their code loads then, not up front. */
const loadLaterPanels = () =>
  Promise.all([import('../panels/charts/DistanceChart'), import('../panels/ResultsSummary')]).then(([distance, results]) => ({
    DistanceChart: distance.DistanceChart,
    ResultsSummary: results.ResultsSummary,
  }));

/**
 * The canvas (React Flow, d3-zoom and our nodes, about a third of the app's code) loads beside the rest and appears a
 * moment after the panels, so the side panel's live numbers do not wait for it to be parsed and mounted. A page
 * opening a design someone drew asked for it before the first render: if it has arrived, that render draws the canvas.
 */
function useCanvasModule(): CanvasModule | 'failed' | null {
  return useLoaded(loadCanvasModule, true, loadedCanvasModule);
}

/** From this many nodes a design opens canvas first: its side panel (hundreds of result cards) waits a frame for it. */
const CANVAS_FIRST_MIN_NODES = 500;

/** Whether the side panel may render: at once, or for a big design once the canvas has been mounted and painted. */
function useSidePanelShown(canvasMounted: boolean): boolean {
  const editor = useEditor();
  const [bigAtOpen] = useState(() => editor.document.getState().scenario.nodes.length >= CANVAS_FIRST_MIN_NODES);
  const [shown, setShown] = useState(!bigAtOpen);
  useEffect(() => {
    if (shown || !canvasMounted) return;
    // Two frames: the canvas commits and paints in the first.
    let second = 0;
    const first = requestAnimationFrame(() => (second = requestAnimationFrame(() => setShown(true))));
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
    };
  }, [shown, canvasMounted]);
  return shown;
}

/**
 * False until the page's first frame has painted. That frame holds what the first screen shows down to the key-rate
 * chart, which draws its first samples in it; the eight charts follow in the next render, and the distance chart and
 * results once their code has loaded after it (rendering them first put the first sample ~0.1 s later in a 9-run
 * comparison at a load of 3–5).
 */
function useFirstFramePainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A task queued from the frame's callbacks runs after that frame has painted.
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setPainted(true))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}

export function App() {
  const name = useDocument((s) => s.scenario.name);
  const editor = useEditor();
  // The one keyboard handler: every shortcut comes from the command registry (src/commands).
  useCommandKeys(editor);
  useClipboardEvents(editor);
  useTheme();
  const presentation = useUi((s) => s.presentation);
  const inLesson = useSession((s) => s.lesson !== null);
  const hidden = useSession((s) => s.hiddenTools);
  const canvas = useCanvasModule();
  const sideShown = useSidePanelShown(canvas !== null);
  const painted = useFirstFramePainted();
  const later = useLoaded(loadLaterPanels, painted);
  const [optimiseOpen, setOptimiseOpen] = useState(false);
  const helpOpen = useUi((s) => s.helpOpen);
  // Once loaded the dialog stays mounted, so closing it returns focus as a modal dialog does.
  const [helpAsked, setHelpAsked] = useState(false);
  if (helpOpen && !helpAsked) setHelpAsked(true);

  return (
    <div className={`app${presentation ? ' app--presentation' : ''}`}>
      <header className="app__header">
        <h1>QNet Designer</h1>
        <span className="app__scenario-name" data-testid="scenario-name">{name}</span>
        <TimeControls />
        <ShareAndFiles />
        {!hidden.includes('examples') && (
          <>
            <ExamplesGallery />
            <TeacherDialog />
          </>
        )}
        <GlossaryButton />
      </header>
      <CommandToolbar />
      <Notices />
      {inLesson && (
        <Suspense fallback={null}>
          <ClassroomBar />
        </Suspense>
      )}
      <main className="app__main">
        {canvas && canvas !== 'failed' ? (
          <canvas.NetworkCanvas />
        ) : (
          <div className="canvas canvas--loading" data-testid="canvas-loading" aria-busy={canvas === null}>
            {canvas === 'failed' && <p className="error-box">The canvas could not be loaded (the connection may have dropped). Reload the page; your scenario is saved.</p>}
          </div>
        )}
        <aside className="app__side" aria-busy={!sideShown}>
          {sideShown && (
            <>
              <button type="button" className="app__optimise-toggle" aria-expanded={optimiseOpen} onClick={() => setOptimiseOpen((open) => !open)} title="Choose which candidate trusted nodes and repeaters to keep to meet key-rate and fidelity targets">
                {optimiseOpen ? '▾' : '▸'} Optimise relays
              </button>
              {optimiseOpen && (
                <Suspense fallback={null}>
                  <OptimisePanel />
                </Suspense>
              )}
              <RequestsPanel />
              {!hidden.includes('inspector') && <Inspector />}
              <LiveCharts firstOnly={!painted} />
              {later === 'failed' && <p className="error-box">The results panel could not be loaded (the connection may have dropped). Reload the page; your scenario is saved.</p>}
              {later !== null && later !== 'failed' && (
                <>
                  <later.DistanceChart />
                  <later.ResultsSummary />
                </>
              )}
            </>
          )}
        </aside>
      </main>
      {helpAsked && (
        <Suspense fallback={null}>
          <ShortcutsDialog />
        </Suspense>
      )}
    </div>
  );
}
