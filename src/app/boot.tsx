import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EditorContext } from '../editor/editor-context';
import { App } from './App';
import { openPageStorage } from '../store/page-storage';
import { startApp } from './start-app';

/** How long a page that draws no frame (a background tab) holds back the run its opening asked for. */
const BACKGROUND_TAB_WAIT_MS = 1000;

/** The entry script runs as soon as it arrives (vite.config.ts asyncEntry), possibly before #root has been parsed. */
const documentParsed = document.readyState === 'loading' ? new Promise((parsed) => document.addEventListener('DOMContentLoaded', parsed, { once: true })) : null;

// Nothing renders until the saved design is read: the default scenario never flashes, nor is it saved over the design.
void Promise.all([openPageStorage().then(startApp), documentParsed])
  .then(([{ editor, firstPainted }]) => {
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <EditorContext.Provider value={editor}>
          <App />
        </EditorContext.Provider>
      </StrictMode>,
    );
    // The render runs in a task of its own before the next frame; a task after that frame's callbacks follows its paint.
    // A tab opened in the background draws no frames until shown: its run starts anyway, a second on.
    requestAnimationFrame(() => setTimeout(firstPainted));
    setTimeout(firstPainted, BACKGROUND_TAB_WAIT_MS);
  });
