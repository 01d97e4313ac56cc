import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultScenario } from '../scenario/default-scenario-parsed';
import type { Scenario } from '../scenario/schema';
import type { ResumePoint } from '../engine/simulation';
import type { RemoteEngine } from './engine-client';
import { superviseEngine, type Spawned } from './create-engine';
import { HEARTBEAT_INTERVAL_MS, HEARTBEAT_TIMEOUT_MS, type Beat, type LockRequester } from './heartbeat';
import type { EngineMessage, RunOptions } from './protocol';
import { ENGINE_BUDGET_MS } from './run-watchdog';
import { recordingRemote } from './testing/recording-remote';

/** A worker as the page sees it: the test makes it beat, raise an error, or fall silent (closed) at will. */
class FakeWorker {
  terminated = false;
  private readonly listeners: Record<string, ((event: Event) => void)[]> = {};
  private readonly recorder = recordingRemote();
  readonly remote: RemoteEngine = this.recorder.remote;
  get starts(): RunOptions[] {
    return this.recorder.starts.map((s) => s.options);
  }
  get startedNames(): string[] {
    return this.recorder.starts.map((s) => (s.scenario as { name: string }).name);
  }

  postMessage(): void {}
  addEventListener(type: string, listener: (event: Event) => void): void {
    (this.listeners[type] ??= []).push(listener);
  }
  removeEventListener(): void {}
  terminate(): void {
    this.terminated = true;
  }
  beat(beat: Beat): void {
    this.listeners['message']?.forEach((l) => l({ data: { engineBeat: beat } } as unknown as Event));
  }
  /** The worker holds its life lock and says so. */
  announceLifeLock(name: string): void {
    this.listeners['message']?.forEach((l) => l({ data: { engineLifeLock: name } } as unknown as Event));
  }
  /** The engine says something, as the worker's message stream would carry it. */
  say(message: EngineMessage): void {
    this.recorder.push(message);
  }
  fail(message: string): void {
    this.listeners['error']?.forEach((l) => l({ message, preventDefault: () => {} } as unknown as Event));
  }
}

afterEach(() => vi.useRealTimers());

/** Stands in for navigator.locks: the page's request for a lock is granted when the test says its holder is gone. */
function fakeLocks() {
  const waiting = new Map<string, () => unknown>();
  const request: LockRequester = (name, callback) => (waiting.set(name, callback), Promise.resolve());
  return { request, release: (name: string) => waiting.get(name)?.() };
}

function supervise(restartAt: ResumePoint | null = { timeSeconds: 123, secretKeyBits: { 'key-1': 1e5 }, storedKeyBits: { 'key-1': 7e4 } }, latest: () => Scenario = defaultScenario) {
  vi.useFakeTimers();
  const workers: FakeWorker[] = [];
  const spawn = (): Spawned => {
    const worker = new FakeWorker();
    workers.push(worker);
    return { worker, remote: worker.remote, earlyError: null, prestartedRunId: null };
  };
  const locks = fakeLocks();
  const connection = superviseEngine({ spawn, now: () => Date.now(), locks: locks.request, restartPoint: () => restartAt ?? undefined, resumePoint: () => undefined }, latest);
  const notices: string[] = [];
  connection.onCrash((m) => notices.push(m));
  connection.client.setSpeed(20);
  connection.client.sendNow(defaultScenario(), true);
  /** The worker beats idle on time for `ms` (as a live one does between batches). */
  const live = (ms: number) => {
    for (let t = 0; t < ms; t += HEARTBEAT_INTERVAL_MS) {
      workers.at(-1)!.beat('idle');
      vi.advanceTimersByTime(HEARTBEAT_INTERVAL_MS);
    }
  };
  return { connection, workers, notices, live, locks };
}

describe('the engine supervisor', () => {
  it('replaces a worker that stops beating while running: same scenario, where the run stopped, still playing, and says so', () => {
    const { workers, notices, live } = supervise();
    live(5_000);
    expect(workers).toHaveLength(1);
    // Closed silently (no error event): nothing more arrives.
    vi.advanceTimersByTime(HEARTBEAT_TIMEOUT_MS + HEARTBEAT_INTERVAL_MS);
    expect(workers).toHaveLength(2);
    expect(workers[0]!.terminated).toBe(true);
    const restart = workers[1]!.starts[0]!;
    expect(restart).toMatchObject({ playing: true, speed: 20, resume: { timeSeconds: 123, storedKeyBits: { 'key-1': 7e4 } } });
    expect(notices).toEqual([expect.stringContaining('stopped unexpectedly')]);
    expect(notices[0]).toContain('restarted with your current scenario at t = 123 s');
    expect(notices[0]).not.toContain('took more than');
  });

  it('replaces a worker that dies while paused with a paused one at the same time; play then plays the new one', () => {
    const { connection, workers, live } = supervise();
    live(1_000);
    connection.client.pause();
    live(3_000);
    vi.advanceTimersByTime(HEARTBEAT_TIMEOUT_MS + HEARTBEAT_INTERVAL_MS);
    expect(workers).toHaveLength(2);
    expect(workers[1]!.starts[0]).toMatchObject({ playing: false, resume: { timeSeconds: 123 } });
    const play = vi.spyOn(workers[1]!.remote, 'play');
    connection.client.play();
    expect(play).toHaveBeenCalledOnce();
  });

  it('starts over from t = 0 when the worker dies before any sample arrived', () => {
    const { workers, notices, live } = supervise(null);
    live(1_000);
    vi.advanceTimersByTime(HEARTBEAT_TIMEOUT_MS + HEARTBEAT_INTERVAL_MS);
    expect(workers[1]!.starts[0]!.resume).toBeUndefined();
    expect(notices[0]).toContain('at t = 0 s');
  });

  it('leaves a worker silent inside a long computation alone until the run watchdog’s budget, then stops it idle', () => {
    const { workers, notices, live } = supervise();
    live(1_000);
    workers[0]!.beat('busy');
    vi.advanceTimersByTime(ENGINE_BUDGET_MS - 2_000);
    expect(workers).toHaveLength(1);
    vi.advanceTimersByTime(4_000);
    expect(workers).toHaveLength(2);
    expect(workers[1]!.starts).toEqual([]);
    expect(notices).toEqual([expect.stringContaining('took more than')]);
  });

  it('restarts with the latest edit when one was made while the engine was stuck on the run before it', () => {
    const slow = { ...defaultScenario(), name: 'ticked a slow option' };
    const undone = { ...defaultScenario(), name: 'undone' };
    let documentNow = defaultScenario();
    const { connection, workers, notices, live } = supervise(undefined, () => documentNow);
    live(1_000);
    workers[0]!.say({ type: 'finished', runId: 1, timeSeconds: 0 });
    documentNow = slow;
    connection.client.sendNow(slow);
    workers[0]!.beat('busy');
    vi.advanceTimersByTime(3_000);
    documentNow = undone;
    connection.client.sendNow(undone);
    vi.advanceTimersByTime(ENGINE_BUDGET_MS);
    expect(workers).toHaveLength(2);
    expect(workers[1]!.startedNames).toEqual(['undone']);
    expect(notices).toEqual([expect.stringContaining('restarted with your latest edit')]);
  });

  it('restarts with an edit made while a playing run was stuck in a batch of steps', () => {
    const edited = { ...defaultScenario(), name: 'edited' };
    let documentNow = defaultScenario();
    const { connection, workers, notices, live } = supervise(undefined, () => documentNow);
    live(1_000);
    workers[0]!.say({ type: 'samples', runId: 1, block: { rows: 0 } as never, timeSeconds: 1 });
    workers[0]!.beat('busy');
    vi.advanceTimersByTime(2_000);
    documentNow = edited;
    connection.client.sendNow(edited);
    vi.advanceTimersByTime(ENGINE_BUDGET_MS + 1_000);
    expect(workers[1]!.startedNames).toEqual(['edited']);
    expect(notices).toEqual([expect.stringContaining('restarted with your latest edit')]);
  });

  it('restarts idle when the run the engine is stuck on is the latest edit', () => {
    const { connection, workers, notices, live } = supervise();
    live(1_000);
    workers[0]!.say({ type: 'finished', runId: 1, timeSeconds: 0 });
    connection.client.sendNow({ ...defaultScenario(), name: 'ticked a slow option' });
    workers[0]!.beat('busy');
    vi.advanceTimersByTime(ENGINE_BUDGET_MS + 2_000);
    expect(workers).toHaveLength(2);
    expect(workers[1]!.starts).toEqual([]);
    expect(notices).toEqual([expect.stringContaining('runs again on your next edit')]);
  });

  it('never calls a worker dead that has not beaten yet (still loading its code)', () => {
    const { workers } = supervise();
    vi.advanceTimersByTime(10 * HEARTBEAT_TIMEOUT_MS);
    expect(workers).toHaveLength(1);
  });

  it('replaces a worker that raises an error, naming the error and the time it continues from', () => {
    const { workers, notices, live } = supervise();
    live(1_000);
    workers[0]!.fail('out of cheese');
    expect(workers).toHaveLength(2);
    expect(workers[1]!.starts[0]).toMatchObject({ playing: true, resume: { timeSeconds: 123 } });
    expect(notices).toEqual(['The simulation engine stopped (out of cheese); it was restarted with your current scenario at t = 123 s.']);
    // The replaced worker's silence is no second death.
    live(5_000);
    expect(workers).toHaveLength(2);
  });

  it('replaces at once a worker gone while busy (killed mid-computation), when the browser releases its life lock', () => {
    const { workers, notices, live, locks } = supervise();
    workers[0]!.announceLifeLock('life-1');
    live(1_000);
    workers[0]!.beat('busy');
    locks.release('life-1');
    expect(workers).toHaveLength(2);
    expect(workers[1]!.starts[0]).toMatchObject({ playing: true, resume: { timeSeconds: 123 } });
    expect(notices).toEqual([expect.stringContaining('stopped unexpectedly')]);
  });

  it('ignores the life lock of a worker it replaced itself', () => {
    const { workers, notices, live, locks } = supervise();
    workers[0]!.announceLifeLock('life-1');
    live(1_000);
    workers[0]!.fail('boom');
    locks.release('life-1');
    expect(workers).toHaveLength(2);
    expect(notices).toHaveLength(1);
  });

  it('trusts a worker’s life lock over its beats: a late beat on a loaded machine is no death while the lock is held', () => {
    const { workers, live } = supervise();
    workers[0]!.announceLifeLock('life-1');
    live(1_000);
    vi.advanceTimersByTime(6 * HEARTBEAT_TIMEOUT_MS);
    expect(workers).toHaveLength(1);
  });
});
