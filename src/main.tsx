import { prestartEngineWorker } from './worker/create-engine';
import './app/app.css';
import { loadCanvasModule } from './app/canvas-module';

const sharedLink = /(^#|&)s=/.test(location.hash);
// The worker loads, compiles and starts the default scenario by itself while the app's bundle (preloaded by
// index.html) downloads and parses; the app keeps that run when it opens on the default scenario. A page opening a
// shared link starts it with the app instead: compiling the engine now took a core from decoding the link (measured).
if (!sharedLink) prestartEngineWorker();
void import('./app/boot');
// A shared link opens a design someone drew: fetch the canvas beside the boot code rather than after the panels, and
// decode the link while that code downloads and compiles (the main thread would mostly wait for it).
if (sharedLink) {
  void loadCanvasModule();
  void import('./share/opening-link').then((link) => link.decodeOpeningLink(location.hash));
}
