import { ENGINE_CALLS, type EngineApi } from './protocol';

/**
 * How often an idle worker says it is alive. Twice a second costs nothing and lets a dead worker be noticed within
 * about 1.5 s, well inside the 2 s a user waits before a frozen clock looks broken.
 */
export const HEARTBEAT_INTERVAL_MS = 500;
/** Silence after which a worker that is not inside a piece of work is dead: three beats, so one late beat is no death. */
export const HEARTBEAT_TIMEOUT_MS = 3 * HEARTBEAT_INTERVAL_MS;

/**
 * What a beat says. The worker's event loop cannot beat while it computes, so it says 'busy' as it starts each piece of
 * work (a call from the page, a batch of steps) and 'idle' as it ends it; silence after 'busy' is a long computation
 * (the run watchdog's business), silence after 'idle' is a dead worker.
 */
export type Beat = 'busy' | 'idle';

/** The page's view of one worker's heartbeat. */
export class Liveness {
  /** Null until the first beat: a worker still loading its code is not dead (a load failure raises an error event). */
  private lastHeardAt: number | null = null;
  private busy = false;
  private lastCheckedAt: number;

  constructor(
    private readonly now: () => number,
    private readonly timeoutMs = HEARTBEAT_TIMEOUT_MS,
  ) {
    this.lastCheckedAt = now();
  }

  /** Anything from the worker (a beat, samples, an answer) shows it alive; a beat also says whether it is at work. */
  heard(beat?: Beat): void {
    this.lastHeardAt = this.now();
    if (beat) this.busy = beat === 'busy';
  }

  /** Whether the worker is dead: silent past the timeout while not inside a piece of work. Call it periodically. */
  dead(): boolean {
    const t = this.now();
    // The page itself was asleep (a background tab, a suspended laptop): beats may still be queued, so no verdict yet.
    if (t - this.lastCheckedAt > this.timeoutMs && this.lastHeardAt !== null) this.lastHeardAt = t;
    this.lastCheckedAt = t;
    return this.lastHeardAt !== null && !this.busy && t - this.lastHeardAt > this.timeoutMs;
  }
}


/** Worker side: every call of `api` is bracketed by a 'busy' and an 'idle' beat (even when it throws). */
export function beatingApi(api: EngineApi, beat: (beat: Beat) => void): EngineApi {
  const bracketed: Partial<Record<keyof EngineApi, unknown>> = {};
  for (const name of Object.keys(ENGINE_CALLS) as (keyof EngineApi)[]) {
    bracketed[name] = (...args: unknown[]) => {
      beat('busy');
      try {
        return (api[name] as (...a: unknown[]) => unknown).apply(api, args);
      } finally {
        beat('idle');
      }
    };
  }
  return bracketed as EngineApi;
}

/** Worker side: a timer whose every callback (each batch of steps) is bracketed by a 'busy' and an 'idle' beat. */
export function beatingTimer(beat: (beat: Beat) => void): (fn: () => void, ms: number) => unknown {
  return (fn, ms) =>
    setTimeout(() => {
      beat('busy');
      try {
        fn();
      } finally {
        beat('idle');
      }
    }, ms);
}

/** What the heartbeat needs of the Web Locks API (navigator.locks), so tests can stand in for it. */
export type LockRequester = (name: string, callback: () => Promise<void> | void) => Promise<unknown>;

/**
 * Worker side: hold a lock named for this worker until it is gone, and tell `announce` its name once held. The browser
 * releases a lock when its holder's context is destroyed, however that happened (closed, killed mid-computation for
 * memory), so the page, queued for the same lock, learns at once; beats cannot tell a worker killed while busy.
 */
export function holdLifeLock(request: LockRequester | undefined, announce: (name: string) => void): void {
  const name = `qnet-engine-life-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  // A page whose storage is blocked (embedded cross-site) is denied locks: the beats alone watch the worker then.
  void request?.(name, () => {
    announce(name);
    return new Promise<void>(() => {});
  }).catch(() => undefined);
}

/** Page side: call `gone` when the worker holding lock `name` is gone (the page is granted the lock then, and lets go). */
export function awaitLifeLock(request: LockRequester | undefined, name: string, gone: () => void): void {
  void request?.(name, () => gone()).catch(() => undefined);
}

/** The browser's lock requester, where it has one (secure pages in current browsers; not Node). */
export function browserLocks(): LockRequester | undefined {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  return locks ? (name, callback) => locks.request(name, callback) : undefined;
}
