import { prestartEngineWorker } from './worker/create-engine';
import './app/app.css';
import { loadCanvasModule } from './app/canvas-module';

const sharedLink = /(^#|&)s=/.test(location.hash);
// A shared link opens a design someone drew: decode it while the app's code downloads and compiles (the main thread
// would mostly wait for it). Its small chunk is asked for first: over HTTP/1.1 a browser fetches six files at a time,
// and behind the canvas's chunks it arrived only with the app's (~0.1 s later, measured).
if (sharedLink) void import('./share/opening-link').then((link) => link.decodeOpeningLink(location.hash));
// The worker loads, compiles and starts the default scenario by itself while the app's bundle (preloaded by
// index.html) downloads and parses; the app keeps that run when it opens on the default scenario. A page opening a
// shared link starts it with the app instead: compiling the engine now took a core from decoding the link (measured).
if (!sharedLink) prestartEngineWorker();
void import('./app/boot');
// Opening a shared link, the canvas's code comes beside the boot code rather than after the panels.
if (sharedLink) void loadCanvasModule();
