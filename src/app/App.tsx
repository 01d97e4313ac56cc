import { lazy, Suspense } from 'react';
import { CommandToolbar } from '../commands/CommandToolbar';
import { useCommandApp, useUi } from '../commands/use-command-app';
import { useCommandKeys } from '../commands/use-command-keys';
import { useTheme } from '../commands/use-theme';
import { Inspector } from '../panels/inspector/Inspector';
import { Notices } from '../panels/Notices';
import { RequestsPanel } from '../panels/RequestsPanel';
import { ShortcutsDialog } from '../panels/ShortcutsDialog';
import { ExamplesGallery } from '../panels/ExamplesGallery';
import { useClassroom } from '../panels/classroom/classroom-store';
import { ResultsSummary } from '../panels/ResultsSummary';
import { TimeControls } from '../panels/TimeControls';
import { ShareAndFiles } from '../share/ShareAndFiles';
import { DistanceChart } from '../panels/charts/DistanceChart';
import { LiveCharts } from '../panels/charts/LiveCharts';
import { useScenarioState } from './app-context';

// The canvas (React Flow, d3-zoom and our nodes, about a third of the app's code) loads beside the rest and appears a
// moment after the panels: the side panel's live numbers do not wait for it to be parsed and mounted.
const NetworkCanvas = lazy(() => import('../canvas/NetworkCanvas').then((m) => ({ default: m.NetworkCanvas })));
// Only a started lesson shows the band; its steps and the examples load with it, not before the first chart sample.
const ClassroomBar = lazy(() => import('../panels/classroom/ClassroomBar').then((m) => ({ default: m.ClassroomBar })));

export function App() {
  const name = useScenarioState((s) => s.scenario.name);
  const commandApp = useCommandApp();
  // The one keyboard handler: every shortcut comes from the command registry (src/commands).
  useCommandKeys(commandApp);
  useTheme();
  const presentation = useUi((s) => s.presentation);
  const inLesson = useClassroom((s) => s.lesson !== null);

  return (
    <div className={`app${presentation ? ' app--presentation' : ''}`}>
      <header className="app__header">
        <h1>QNet Designer</h1>
        <span className="app__scenario-name" data-testid="scenario-name">{name}</span>
        <TimeControls />
        <ShareAndFiles />
        <ExamplesGallery />
      </header>
      <CommandToolbar />
      <Notices />
      {inLesson && (
        <Suspense fallback={null}>
          <ClassroomBar />
        </Suspense>
      )}
      <main className="app__main">
        <Suspense fallback={<div className="canvas" data-testid="canvas-loading" aria-busy="true" aria-label="Loading the canvas" />}>
          <NetworkCanvas />
        </Suspense>
        <aside className="app__side">
          <RequestsPanel />
          <Inspector />
          <LiveCharts />
          <DistanceChart />
          <ResultsSummary />
        </aside>
      </main>
      <ShortcutsDialog />
    </div>
  );
}
