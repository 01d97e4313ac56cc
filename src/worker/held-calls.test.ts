import { describe, expect, it } from 'vitest';
import { heldUntil } from './held-calls';
import { ENGINE_CALLS, type EngineApi } from './protocol';

/** An API that records each call by name and first argument. */
function recordingApi(calls: string[]): EngineApi {
  const api: Partial<Record<keyof EngineApi, unknown>> = {};
  for (const name of Object.keys(ENGINE_CALLS) as (keyof EngineApi)[]) api[name] = (...args: unknown[]) => (calls.push(`${name}:${String(args[0])}`), `${name} done`);
  return api as EngineApi;
}

function deferred(): { promise: Promise<void>; resolve: () => void; reject: (e: unknown) => void } {
  let resolve!: () => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('heldUntil (the worker holds the page calls until its checks have loaded)', () => {
  it('holds calls made while loading, then makes them in the order they came, with their answers', async () => {
    const calls: string[] = [];
    const ready = deferred();
    const api = heldUntil(recordingApi(calls), ready.promise);
    const started = api.start('design', { runId: 2, speed: 1, playing: false }) as unknown as Promise<string>;
    const played = api.play() as unknown as Promise<string>;
    api.setSpeed(10);
    expect(calls).toEqual([]);
    ready.resolve();
    expect(await started).toBe('start done');
    expect(await played).toBe('play done');
    expect(calls).toEqual(['start:design', 'play:undefined', 'setSpeed:10']);
  });

  it('makes calls at once, not later, once loaded', async () => {
    const calls: string[] = [];
    const api = heldUntil(recordingApi(calls), Promise.resolve());
    await Promise.resolve();
    expect(api.pause()).toBe('pause done');
    expect(calls).toEqual(['pause:undefined']);
  });

  it('a call made after loading never overtakes one held before it', async () => {
    const calls: string[] = [];
    const ready = deferred();
    const api = heldUntil(recordingApi(calls), ready.promise);
    void api.cancel();
    ready.resolve();
    await ready.promise;
    api.step();
    expect(calls).toEqual(['cancel:undefined', 'step:undefined']);
  });

  it('fails held and later calls with the loading error', async () => {
    const ready = deferred();
    const api = heldUntil(recordingApi([]), ready.promise);
    const held = api.step() as unknown as Promise<void>;
    ready.reject(new Error('chunk failed'));
    await expect(held).rejects.toThrow('chunk failed');
    expect(() => api.play()).toThrow('chunk failed');
  });
});
