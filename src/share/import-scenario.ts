import type { Editor } from '../editor/editor';
import { useShareLink } from '../store/share-link-store';
import { readScenarioFile } from './scenario-file';

/** Open a chosen or dropped file as one undoable edit (Ctrl+Z brings the previous drawing back). */
export async function importScenarioFile(file: File, editor: Editor): Promise<boolean> {
  const refused = editor.whyNot('file');
  if (refused !== null) {
    useShareLink.setState({ notice: { kind: 'error', message: refused } });
    return false;
  }
  const read = await readScenarioFile(file);
  if (!read.ok) {
    useShareLink.setState({ notice: { kind: 'error', message: `${read.message} Nothing was changed.` } });
    return false;
  }
  if (!editor.replace(read.scenario, 'file')) return false;
  editor.restart();
  useShareLink.setState({ notice: { kind: 'info', message: `Opened “${read.scenario.name}” from ${file.name}. Press Ctrl+Z to go back to your previous drawing.` } });
  return true;
}
