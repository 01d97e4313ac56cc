import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EditorContext } from '../editor/editor-context';
import { App } from './App';
import { pageStorage } from '../store/page-storage';
import { startApp } from './start-app';

const editor = startApp(pageStorage());
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <EditorContext.Provider value={editor}>
      <App />
    </EditorContext.Provider>
  </StrictMode>,
);
