import { afterEach, describe, expect, it, vi } from 'vitest';
import { awaitLifeLock, beatingApi, beatingTimer, HEARTBEAT_INTERVAL_MS, HEARTBEAT_TIMEOUT_MS, holdLifeLock, Liveness, type LockRequester } from './heartbeat';
import { EngineService, realClock } from './engine-service';
import { scenarioChecks } from '../scenario/scenario-checks';

afterEach(() => vi.useRealTimers());

function heart() {
  let now = 0;
  const liveness = new Liveness(() => now);
  /** Advance the page's clock, checking every beat interval as the page does. */
  const wait = (ms: number) => {
    let dead = false;
    for (let t = 0; t < ms; t += HEARTBEAT_INTERVAL_MS) {
      now += Math.min(HEARTBEAT_INTERVAL_MS, ms - t);
      dead ||= liveness.dead();
    }
    return dead;
  };
  return { liveness, wait, jump: (ms: number) => void (now += ms) };
}

describe('Liveness', () => {
  it('calls a worker dead once it has been silent past the timeout after an idle beat, not before', () => {
    const { liveness, wait } = heart();
    liveness.heard('idle');
    expect(wait(HEARTBEAT_TIMEOUT_MS)).toBe(false);
    expect(wait(HEARTBEAT_INTERVAL_MS)).toBe(true);
  });

  it('keeps a beating worker alive however long it runs', () => {
    const { liveness, wait } = heart();
    for (let i = 0; i < 100; i++) {
      liveness.heard('idle');
      expect(wait(HEARTBEAT_INTERVAL_MS)).toBe(false);
    }
  });

  it('never calls a worker dead before its first beat (it may still be loading its code)', () => {
    const { wait } = heart();
    expect(wait(60_000)).toBe(false);
  });

  it('leaves a worker silent inside a piece of work to the run watchdog, and judges it again once it says it is idle', () => {
    const { liveness, wait } = heart();
    liveness.heard('busy');
    expect(wait(10_000)).toBe(false);
    liveness.heard('idle');
    expect(wait(HEARTBEAT_TIMEOUT_MS + HEARTBEAT_INTERVAL_MS)).toBe(true);
  });

  it('counts any message (samples, an answer) as a sign of life without changing busy or idle', () => {
    const { liveness, wait } = heart();
    liveness.heard('busy');
    liveness.heard();
    expect(wait(10_000)).toBe(false);
  });

  it('gives no verdict right after the page itself slept (its checks stopped), since beats may still be queued', () => {
    const { liveness, wait, jump } = heart();
    liveness.heard('idle');
    jump(60_000);
    expect(liveness.dead()).toBe(false);
    expect(wait(HEARTBEAT_TIMEOUT_MS + HEARTBEAT_INTERVAL_MS)).toBe(true);
  });
});

describe('the worker’s beats', () => {
  it('bracket every call with busy and idle, even one that throws', () => {
    const beats: string[] = [];
    const service = new EngineService(realClock, scenarioChecks);
    const api = beatingApi(service, (b) => beats.push(b));
    api.setSpeed(3);
    expect(beats).toEqual(['busy', 'idle']);
    vi.spyOn(service, 'pause').mockImplementation(() => {
      beats.push('work');
      throw new Error('boom');
    });
    expect(() => api.pause()).toThrow('boom');
    expect(beats).toEqual(['busy', 'idle', 'busy', 'work', 'idle']);
  });

  it('bracket every timer callback (each batch of steps) with busy and idle', () => {
    vi.useFakeTimers();
    const beats: string[] = [];
    beatingTimer((b) => beats.push(b))(() => beats.push('work'), 16);
    expect(beats).toEqual([]);
    vi.advanceTimersByTime(16);
    expect(beats).toEqual(['busy', 'work', 'idle']);
  });

  it('hold a life lock for good and name it only once held; the page hears when it is let go', async () => {
    const granted: string[] = [];
    const held: Promise<void>[] = [];
    const request: LockRequester = async (name, callback) => {
      granted.push(name);
      const result = callback();
      if (result) held.push(result);
    };
    const announced: string[] = [];
    holdLifeLock(request, (name) => announced.push(name));
    await Promise.resolve();
    expect(announced).toEqual(granted);
    expect(announced[0]).toMatch(/^qnet-engine-life-/);
    let settled = false;
    void held[0]!.then(() => (settled = true));
    await new Promise((r) => setTimeout(r, 0));
    expect(settled).toBe(false);
    let gone = false;
    awaitLifeLock(request, announced[0]!, () => void (gone = true));
    expect(gone).toBe(true);
  });

  it('do without a lock where the browser has no Web Locks', () => {
    const announced: string[] = [];
    holdLifeLock(undefined, (name) => announced.push(name));
    awaitLifeLock(undefined, 'x', () => announced.push('gone'));
    expect(announced).toEqual([]);
  });
});
