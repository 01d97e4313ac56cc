import * as Comlink from 'comlink';
import { EngineClient, type EngineClientOptions, type RemoteEngine } from './engine-client';
import type { EngineApi, EngineMessage } from './protocol';
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
  };
}

function newWorker(): Worker {
  return new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'qnet-engine' });
}

/**
 * The one subscription of a prestarted worker: holds what the worker says until the page attaches, then passes it on.
 * Keeping this single subscription (rather than subscribing again) keeps every message in order.
 */
export class Relay {
  private buffer: EngineMessage[] = [];
  private listener: ((message: EngineMessage) => void) | null = null;

  readonly receive = (message: EngineMessage) => {
    if (this.listener) this.listener(message);
    else this.buffer.push(message);
  };

  /** Later, not now: the page registers its own listeners right after it attaches. */
  attach(listener: (message: EngineMessage) => void): void {
    queueMicrotask(() => {
      this.listener = listener;
      const held = this.buffer;
      this.buffer = [];
      held.forEach(listener);
    });
  }
}

/**
 * The session's default speed (DEFAULT_SPEED, pinned by a test), written out so the entry need not load the session
 * store and with it React; the app sets the session's speed as soon as it starts anyway.
 */
export const PRESTART_SPEED = 20;

/** The first run's number when prestartEngineWorker started one. */
const PRESTARTED_RUN_ID = 1;

interface Prestarted {
  worker: Worker;
  /** Any error it raised before the app could listen. */
  error: ErrorEvent | null;
  relay: Relay;
  remote: Comlink.Remote<EngineApi>;
  runStarted: boolean;
}

let prestarted: Prestarted | null = null;

/**
 * Start fetching and compiling the engine worker now, so it loads while the page's own bundle downloads and parses;
 * the next createEngineConnection adopts it. With `run`, also start the page's most likely first run (run 1), which
 * the app keeps if its scenario turns out to be that one (adoptPrestartedRun). Calls wait in the worker's queue.
 */
export function prestartEngineWorker(run?: { scenario: unknown; speed: number }): void {
  if (prestarted) return;
  const worker = newWorker();
  const remote = Comlink.wrap<EngineApi>(worker);
  const early: Prestarted = { worker, error: null, relay: new Relay(), remote, runStarted: run !== undefined };
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    early.error ??= event;
  });
  void remote.subscribe(Comlink.proxy(early.relay.receive));
  if (run) void remote.start(run.scenario, { runId: PRESTARTED_RUN_ID, speed: run.speed, playing: true });
  prestarted = early;
}

interface Spawned {
  worker: Worker;
  remote: RemoteEngine;
  earlyError: ErrorEvent | null;
  prestartedRunId: number | null;
}

function spawn(dog: RunWatchdog): Spawned {
  const early = prestarted;
  prestarted = null;
  if (!early) {
    const worker = newWorker();
    return { worker, remote: watched(Comlink.wrap<EngineApi>(worker) as unknown as RemoteEngine, dog), earlyError: null, prestartedRunId: null };
  }
  const remote = watched(early.remote as unknown as RemoteEngine, dog);
  // The worker already talks to the relay: the page's subscription attaches there.
  remote.subscribe = (listener) => early.relay.attach(listener);
  if (early.runStarted) dog.started(true);
  return { worker: early.worker, remote, earlyError: early.error, prestartedRunId: early.runStarted ? PRESTARTED_RUN_ID : null };
}

/**
 * Start the engine worker. If it throws or dies, restart it and resend the latest scenario; if it overruns its time
 * budget, stop it and restart it idle (resending would only overrun again) until the scenario changes.
 */
export function createEngineConnection(options: Omit<EngineClientOptions, 'wrapListener'>, latestScenario: () => Parameters<EngineClient['sendNow']>[0]): EngineConnection {
  const dog = new RunWatchdog(() => performance.now());
  let current = spawn(dog);
  const crashListeners = new Set<(message: string) => void>();
  const { prestartedRunId } = current;
  const client = new EngineClient(current.remote, { ...options, wrapListener: (l) => Comlink.proxy(l), runsStarted: prestartedRunId ?? 0 });
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
