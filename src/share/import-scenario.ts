import type { ScenarioStore } from '../store/scenario-store';
import { useSession } from '../store/session-store';
import { readScenarioFile } from './scenario-file';
import { useShareLink } from './share-link-store';

/** Open a chosen or dropped file as one undoable edit (Ctrl+Z brings the previous drawing back). */
export async function importScenarioFile(file: File, scenarioStore: ScenarioStore, restart: () => void): Promise<void> {
  if (useSession.getState().readOnly) {
    useShareLink.setState({ notice: { kind: 'error', message: 'This shared scenario is read-only. Choose “Edit a copy” first, then open the file.' } });
    return;
  }
  const read = await readScenarioFile(file);
  if (!read.ok) {
    useShareLink.setState({ notice: { kind: 'error', message: `${read.message} Nothing was changed.` } });
    return;
  }
  useSession.getState().select(null);
  scenarioStore.getState().apply(() => read.scenario, 'record');
  restart();
  useShareLink.setState({ notice: { kind: 'info', message: `Opened “${read.scenario.name}” from ${file.name}. Press Ctrl+Z to go back to your previous drawing.` } });
}
