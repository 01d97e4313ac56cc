import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { AppContext } from './app/app-context';
import { createAppState } from './app/app-state';
import './app/app.css';

const state = createAppState(localStorage);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppContext.Provider value={state}>
      <App />
    </AppContext.Provider>
  </StrictMode>,
);
