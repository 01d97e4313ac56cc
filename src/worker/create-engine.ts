import * as Comlink from 'comlink';
import { EngineClient, type EngineClientOptions, type RemoteEngine } from './engine-client';
import type { EngineApi } from './protocol';
import { ENGINE_BUDGET_MS, RunWatchdog } from './run-watchdog';

export interface EngineConnection {
  client: EngineClient;
  /** Called with a message when the worker dies; the connection has already restarted it. */
  onCrash(listener: (message: string) => void): void;
}

/** Every call to the worker passes the watchdog, so it knows when an answer is owed. */
function watched(remote: RemoteEngine, dog: RunWatchdog): RemoteEngine {
  return {
    subscribe: (listener) => remote.subscribe(listener),
    start: (scenario, options) => (dog.started(options.playing), remote.start(scenario, options)),
    play: () => (dog.playing(true), remote.play()),
    pause: () => (dog.playing(false), remote.pause()),
    step: () => (dog.playing(false), remote.step()),
    setSpeed: (speed) => remote.setSpeed(speed),
    cancel: () => (dog.playing(false), remote.cancel()),
    sweepDistance: (...args) => remote.sweepDistance(...args),
    groundTrack: (...args) => remote.groundTrack(...args),
  };
}

function newWorker(): Worker {
  return new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'qnet-engine' });
}

/** A worker started before the app's bundle loaded, with any error it raised before the app could listen. */
let prestarted: { worker: Worker; error: ErrorEvent | null } | null = null;

/**
 * Start fetching and compiling the engine worker now, so it loads while the page's own bundle downloads and parses;
 * the next createEngineConnection adopts it. Messages sent to it before it is ready are queued by the browser.
 */
export function prestartEngineWorker(): void {
  if (prestarted) return;
  const early: { worker: Worker; error: ErrorEvent | null } = { worker: newWorker(), error: null };
  early.worker.addEventListener('error', (event) => {
    event.preventDefault();
    early.error ??= event;
  });
  prestarted = early;
}

function spawn(dog: RunWatchdog): { worker: Worker; remote: RemoteEngine; earlyError: ErrorEvent | null } {
  const early = prestarted;
  prestarted = null;
  const worker = early?.worker ?? newWorker();
  return { worker, remote: watched(Comlink.wrap<EngineApi>(worker) as unknown as RemoteEngine, dog), earlyError: early?.error ?? null };
}

/**
 * Start the engine worker. If it throws or dies, restart it and resend the latest scenario; if it overruns its time
 * budget, stop it and restart it idle (resending would only overrun again) until the scenario changes.
 */
export function createEngineConnection(options: Omit<EngineClientOptions, 'wrapListener'>, latestScenario: () => Parameters<EngineClient['sendNow']>[0]): EngineConnection {
  const dog = new RunWatchdog(() => performance.now());
  let current = spawn(dog);
  const crashListeners = new Set<(message: string) => void>();
  const client = new EngineClient(current.remote, { ...options, wrapListener: (l) => Comlink.proxy(l) });
  client.on(() => dog.heard());
  const notify = (message: string) => crashListeners.forEach((listener) => listener(message));
  setInterval(() => {
    if (!dog.overrun()) return;
    current.worker.terminate();
    current = spawn(dog);
    watch(current.worker);
    client.reconnect(current.remote, null);
    notify(`The engine took more than ${ENGINE_BUDGET_MS / 1000} s on this scenario and was stopped. Lower the Monte Carlo trials, the run length or the network size; it runs again on your next edit.`);
  }, 1000);
  const crashed = (worker: Worker, event: ErrorEvent) => {
    worker.terminate();
    const message = `The simulation engine stopped (${event.message || 'unknown error'}); it was restarted with your current scenario.`;
    current = spawn(dog);
    watch(current.worker);
    client.reconnect(current.remote, latestScenario());
    notify(message);
  };
  const watch = (worker: Worker) => {
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      crashed(worker, event);
    });
  };
  watch(current.worker);
  // A prestarted worker that failed before anyone listened is restarted once the page is ready to resend.
  const { earlyError } = current;
  if (earlyError) queueMicrotask(() => crashed(current.worker, earlyError));
  return { client, onCrash: (listener) => crashListeners.add(listener) };
}
