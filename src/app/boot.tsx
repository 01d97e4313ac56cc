import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EditorContext } from '../editor/editor-context';
import { App } from './App';
import { openPageStorage } from '../store/page-storage';
import { startApp } from './start-app';

// Nothing renders until the saved design is read: the default scenario never flashes, nor is it saved over the design.
void openPageStorage()
  .then(startApp)
  .then(({ editor, firstPainted }) => {
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <EditorContext.Provider value={editor}>
          <App />
        </EditorContext.Provider>
      </StrictMode>,
    );
    // The render runs in a task of its own before the next frame; a task after that frame's callbacks follows its paint.
    requestAnimationFrame(() => setTimeout(firstPainted));
  });
