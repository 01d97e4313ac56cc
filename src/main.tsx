import { prestartEngineWorker } from './worker/create-engine';
import './app/app.css';

// The worker loads and compiles while the app's bundle (preloaded by index.html) downloads and parses.
prestartEngineWorker();
void import('./app/boot');
