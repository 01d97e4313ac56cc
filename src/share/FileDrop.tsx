import { useEffect, useState } from 'react';
import { useEditor } from '../editor/editor-context';
import { importScenarioFile } from './import-scenario';

const carriesFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

/** Dropping a scenario file anywhere on the page opens it; a veil shows where it will land. */
export function FileDrop() {
  const editor = useEditor();
  const [over, setOver] = useState(false);
  useEffect(() => {
    const onDragOver = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      setOver(true);
    };
    const onDragLeave = (e: DragEvent) => {
      // relatedTarget is null only when the pointer leaves the window itself.
      if (e.relatedTarget === null) setOver(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      setOver(false);
      const file = e.dataTransfer?.files[0];
      // Still prevented above, so the browser never leaves the page for the file.
      if (file) void importScenarioFile(file, editor);
    };
    addEventListener('dragover', onDragOver);
    addEventListener('dragleave', onDragLeave);
    addEventListener('drop', onDrop);
    return () => {
      removeEventListener('dragover', onDragOver);
      removeEventListener('dragleave', onDragLeave);
      removeEventListener('drop', onDrop);
    };
  }, [editor]);
  return over ? <div className="file-drop" aria-hidden="true"><p>Drop a scenario file to open it</p></div> : null;
}
