import { defaultScenarioInput } from './scenario/default-scenario';
import { PRESTART_SPEED, prestartEngineWorker } from './worker/create-engine';
import './app/app.css';

// The worker loads, compiles and starts the default scenario while the app's bundle (preloaded by index.html)
// downloads and parses; the app keeps that run when it opens on the default scenario.
prestartEngineWorker({ scenario: defaultScenarioInput, speed: PRESTART_SPEED });
void import('./app/boot');
