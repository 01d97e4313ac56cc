import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { AppContext } from './app-context';
import { createAppState } from './app-state';

const state = createAppState(localStorage);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppContext.Provider value={state}>
      <App />
    </AppContext.Provider>
  </StrictMode>,
);
