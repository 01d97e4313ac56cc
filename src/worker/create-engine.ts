import type * as Comlink from 'comlink';
import { EngineClient, type EngineClientOptions, type RemoteEngine } from './engine-client';
import { connectEngine, listenForLife, listenForLifeLock } from './engine-stream';
import { awaitLifeLock, browserLocks, HEARTBEAT_INTERVAL_MS, Liveness, type LockRequester } from './heartbeat';
import { PRESTART_WORKER_NAME, PRESTARTED_RUN_ID } from './protocol';
import { ENGINE_BUDGET_MS, RunWatchdog, WATCHDOG_CHECK_MS } from './run-watchdog';

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

/** What the connection needs of a Worker (a fake one in tests). */
export type WorkerLike = Comlink.Endpoint & Pick<Worker, 'terminate'>;

/** What the supervisor hears of the calls and messages that pass between page and worker. */
interface Traffic {
  runAsked(): void;
  engineSpoke(): void;
}

/** Every call to the worker passes the watchdog, so it knows when an answer is owed. */
function watched(remote: RemoteEngine, dog: RunWatchdog, traffic: Traffic): RemoteEngine {
  return {
    subscribe: (listener) => remote.subscribe((message) => (traffic.engineSpoke(), listener(message))),
    start: (scenario, options) => (traffic.runAsked(), dog.started(options.playing), remote.start(scenario, options)),
    startEdit: (patch, options) => (traffic.runAsked(), dog.started(options.playing), remote.startEdit(patch, options)),
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

export interface Spawned {
  worker: WorkerLike;
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

/** The prestarted worker if there is one (once), else a new idle one. */
function takeWorker(): Spawned {
  const spawned = prestarted ?? spawnWorker(false);
  prestarted = null;
  return spawned;
}

/** Start the engine worker (the prestarted one first) and supervise it: see superviseEngine. */
export function createEngineConnection(options: EngineClientOptions, latestScenario: () => Parameters<EngineClient['sendNow']>[0]): EngineConnection {
  return superviseEngine({ ...options, spawn: takeWorker }, latestScenario);
}

export interface SupervisorOptions extends EngineClientOptions {
  /** A new worker (the first call may return one already running its own run). */
  spawn: () => Spawned;
  now?: () => number;
  setInterval?: (fn: () => void, ms: number) => unknown;
  /** The Web Locks API's request, to hear at once of a worker gone while busy; without it only beats and errors tell. */
  locks?: LockRequester;
}

/** "t = 123 s", to a tenth of a second below 100 s. */
function atTime(timeSeconds: number): string {
  return `t = ${timeSeconds >= 100 ? Math.round(timeSeconds) : Math.round(timeSeconds * 10) / 10} s`;
}

/**
 * Run the engine in a worker and keep it running. A worker that raises an error, whose life lock the browser lets go,
 * or (where there are no Web Locks, e.g. a page served over plain http) that misses its heartbeat while not inside a
 * piece of work, is dead (closed by the browser, say for memory): it is replaced by a new one that continues the
 * latest scenario where the run stopped, playing or paused as it was. A worker that overruns its time budget inside
 * a piece of work is stopped and replaced idle (resending would only overrun again) until the scenario changes.
 */
export function superviseEngine(options: SupervisorOptions, latestScenario: () => Parameters<EngineClient['sendNow']>[0]): EngineConnection {
  const now = options.now ?? (() => performance.now());
  const every = options.setInterval ?? ((fn: () => void, ms: number) => setInterval(fn, ms));
  const locks = 'locks' in options ? options.locks : browserLocks();
  const dog = new RunWatchdog(now);
  const crashListeners = new Set<(message: string) => void>();
  const notify = (message: string) => crashListeners.forEach((listener) => listener(message));

  /** The current worker's heartbeat, judged only until its life lock is watched (the lock is exact, beats can be late on a loaded machine). */
  let liveness: Liveness | null = null;
  /** Whether the current worker is inside a piece of work (its last beat said 'busy'). */
  let workerBusy = false;
  /**
   * A run asked for while the worker was already inside a piece of work, and the engine silent since: that edit (an
   * undo of what made it slow, say) waits behind the stuck work and is sent again if the worker is stopped.
   */
  let editWaiting = false;
  const traffic: Traffic = {
    runAsked: () => void (editWaiting ||= workerBusy),
    engineSpoke: () => void (editWaiting = false),
  };
  const adopt = (spawned: Spawned): Spawned & { engine: RemoteEngine } => {
    if (spawned.prestartedRunId !== null) dog.started(true);
    const heart = new Liveness(now);
    liveness = heart;
    workerBusy = false;
    listenForLife(spawned.worker, (beat) => {
      heart.heard(beat);
      if (current?.worker === spawned.worker) workerBusy = beat === 'busy';
    });
    listenForLifeLock(spawned.worker, (name) => {
      if (!locks) return;
      if (liveness === heart) liveness = null;
      awaitLifeLock(locks, name, () => current.worker === spawned.worker && died());
    });
    spawned.worker.addEventListener('error', (event) => {
      event.preventDefault();
      if (current.worker === spawned.worker) crashed(event as ErrorEvent);
    });
    return { ...spawned, engine: watched(spawned.remote, dog, traffic) };
  };
  /** Replace the worker; with `resend`, continue the latest scenario where the run stopped and say where. */
  const replace = (resend: boolean): string | null => {
    current.worker.terminate();
    current = adopt(options.spawn());
    const continuesAt = client.reconnect(current.engine, resend ? latestScenario() : null);
    return continuesAt === null ? null : atTime(continuesAt);
  };
  const died = () => {
    const at = replace(true);
    notify(`The simulation engine stopped unexpectedly (the browser may have closed it, for example to free memory); it was restarted with your current scenario at ${at}.`);
  };
  const crashed = (event: ErrorEvent) => {
    const at = replace(true);
    notify(`The simulation engine stopped (${event.message || 'unknown error'}); it was restarted with your current scenario at ${at}.`);
  };

  let current = adopt(options.spawn());
  const { prestartedRunId } = current;
  const client = new EngineClient(current.engine, { ...options, runsStarted: prestartedRunId ?? 0 });
  client.on((message) => {
    if (message.type === 'finished' || message.type === 'rejected' || message.type === 'failed') dog.ended();
    else if (message.type === 'progress') dog.progressed();
    else dog.heard();
  });
  every(() => liveness?.dead() && died(), HEARTBEAT_INTERVAL_MS);
  every(() => {
    if (!dog.overrun()) return;
    const edited = editWaiting;
    editWaiting = false;
    const at = replace(edited);
    if (edited) notify(`The engine took more than ${ENGINE_BUDGET_MS / 1000} s on a scenario you have since changed and was stopped; it was restarted with your latest edit at ${at}.`);
    else notify(`The engine took more than ${ENGINE_BUDGET_MS / 1000} s on this scenario and was stopped. Lower the Monte Carlo trials, the run length or the network size; it runs again on your next edit.`);
  }, WATCHDOG_CHECK_MS);
  // A prestarted worker that failed before anyone listened is restarted once the page is ready to resend.
  const { earlyError } = current;
  if (earlyError) queueMicrotask(() => crashed(earlyError));
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
