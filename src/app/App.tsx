import { useEffect } from 'react';
import { NetworkCanvas } from '../canvas/NetworkCanvas';
import { Inspector } from '../panels/inspector/Inspector';
import { Notices } from '../panels/Notices';
import { ResultsSummary } from '../panels/ResultsSummary';
import { TimeControls } from '../panels/TimeControls';
import { ShareAndFiles } from '../share/ShareAndFiles';
import { DistanceChart } from '../panels/charts/DistanceChart';
import { LiveCharts } from '../panels/charts/LiveCharts';
import { useApp, useScenarioState } from './app-context';

export function App() {
  const { scenarioStore } = useApp();
  const name = useScenarioState((s) => s.scenario.name);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT')) return;
      const mod = e.ctrlKey || e.metaKey;
      if (mod && e.key.toLowerCase() === 'z') {
        e.preventDefault();
        if (e.shiftKey) scenarioStore.getState().redo();
        else scenarioStore.getState().undo();
      } else if (mod && e.key.toLowerCase() === 'y') {
        e.preventDefault();
        scenarioStore.getState().redo();
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [scenarioStore]);

  return (
    <div className="app">
      <header className="app__header">
        <h1>QNet Designer</h1>
        <span className="app__scenario-name" data-testid="scenario-name">{name}</span>
        <TimeControls />
        <ShareAndFiles />
      </header>
      <Notices />
      <main className="app__main">
        <NetworkCanvas />
        <aside className="app__side">
          <Inspector />
          <LiveCharts />
          <DistanceChart />
          <ResultsSummary />
        </aside>
      </main>
    </div>
  );
}
