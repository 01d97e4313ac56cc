import { ENGINE_CALLS, type EngineApi } from './protocol';

/**
 * `api` with the page's calls held until `ready` settles and then made in the order they came (each waits on the same
 * promise, so their callbacks run in that order, before any later message); once ready, calls go straight through. If
 * `ready` fails, held and later calls fail with its error, which Comlink hands to the page.
 */
export function heldUntil(api: EngineApi, ready: Promise<unknown>): EngineApi {
  let state: 'waiting' | 'ready' | { failed: unknown } = 'waiting';
  ready.then(
    () => (state = 'ready'),
    (error: unknown) => (state = { failed: error }),
  );
  const held: Partial<Record<keyof EngineApi, unknown>> = {};
  for (const name of Object.keys(ENGINE_CALLS) as (keyof EngineApi)[]) {
    const call = (args: unknown[]) => (api[name] as (...a: unknown[]) => unknown).apply(api, args);
    held[name] = (...args: unknown[]) => {
      if (state === 'ready') return call(args);
      if (state !== 'waiting') throw state.failed;
      return ready.then(() => call(args));
    };
  }
  return held as EngineApi;
}
