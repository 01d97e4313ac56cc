import { EngineClient, type EngineClientOptions, type RemoteEngine } from './engine-client';
import { connectEngine } from './engine-stream';
import { PRESTART_WORKER_NAME, PRESTARTED_RUN_ID } from './protocol';
import { ENGINE_BUDGET_MS, RunWatchdog } from './run-watchdog';

export interface EngineConnection {
  client: EngineClient;
  /** Called with a message when the worker dies; the connection has already restarted it. */
  onCrash(listener: (message: string) => void): void;
  /**
   * Keep the run prestartEngineWorker started (its scenario is the page's first one): true if there is one to keep,
   * else false and the caller starts its own. Either way the client numbers its runs after the prestarted one.
   */
  adoptPrestartedRun(): boolean;
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
    bestPaths: (...args) => remote.bestPaths(...args),
    satellitePasses: (...args) => remote.satellitePasses(...args),
  };
}

function newWorker(startsDefaultRun: boolean): Worker {
  return new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: startsDefaultRun ? PRESTART_WORKER_NAME : 'qnet-engine' });
}

interface Spawned {
  worker: Worker;
  remote: RemoteEngine;
  /** Any error it raised before the page could listen. */
  earlyError: ErrorEvent | null;
  /** The run it started by itself, if it did. */
  prestartedRunId: number | null;
}

function spawnWorker(startsDefaultRun: boolean): Spawned {
  const worker = newWorker(startsDefaultRun);
  const spawned: Spawned = { worker, remote: connectEngine(worker), earlyError: null, prestartedRunId: startsDefaultRun ? PRESTARTED_RUN_ID : null };
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    spawned.earlyError ??= event;
  });
  return spawned;
}

let prestarted: Spawned | null = null;

/**
 * Start the engine worker now, so it loads while the page's own bundle downloads and parses; the next
 * createEngineConnection adopts it. The worker also starts the default scenario by itself as run 1 (engine.worker.ts),
 * which the app keeps if its scenario turns out to be that one (adoptPrestartedRun).
 */
export function prestartEngineWorker(): void {
  prestarted ??= spawnWorker(true);
}

/** The prestarted worker if there is one (once), else a new idle one; its calls pass the connection's watchdog. */
function spawn(dog: RunWatchdog): Spawned & { engine: RemoteEngine } {
  const spawned = prestarted ?? spawnWorker(false);
  prestarted = null;
  if (spawned.prestartedRunId !== null) dog.started(true);
  return { ...spawned, engine: watched(spawned.remote, dog) };
}

/**
 * Start the engine worker. If it throws or dies, restart it and resend the latest scenario; if it overruns its time
 * budget, stop it and restart it idle (resending would only overrun again) until the scenario changes.
 */
export function createEngineConnection(options: EngineClientOptions, latestScenario: () => Parameters<EngineClient['sendNow']>[0]): EngineConnection {
  const dog = new RunWatchdog(() => performance.now());
  let current = spawn(dog);
  const crashListeners = new Set<(message: string) => void>();
  const { prestartedRunId } = current;
  const client = new EngineClient(current.engine, { ...options, runsStarted: prestartedRunId ?? 0 });
  client.on((message) => {
    if (message.type === 'finished' || message.type === 'rejected' || message.type === 'failed') dog.ended();
    else dog.heard();
  });
  const notify = (message: string) => crashListeners.forEach((listener) => listener(message));
  setInterval(() => {
    if (!dog.overrun()) return;
    current.worker.terminate();
    current = spawn(dog);
    watch(current.worker);
    client.reconnect(current.engine, null);
    notify(`The engine took more than ${ENGINE_BUDGET_MS / 1000} s on this scenario and was stopped. Lower the Monte Carlo trials, the run length or the network size; it runs again on your next edit.`);
  }, 1000);
  const crashed = (worker: Worker, event: ErrorEvent) => {
    worker.terminate();
    const message = `The simulation engine stopped (${event.message || 'unknown error'}); it was restarted with your current scenario.`;
    current = spawn(dog);
    watch(current.worker);
    client.reconnect(current.engine, latestScenario());
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
  let adoptable = prestartedRunId !== null && !earlyError;
  return {
    client,
    onCrash: (listener) => crashListeners.add(listener),
    adoptPrestartedRun: () => {
      // Only the first worker's first run, and only while nothing has been sent since.
      const adopted = adoptable && current.prestartedRunId === client.currentRunId;
      adoptable = false;
      return adopted;
    },
  };
}
