import highsLoader from 'highs';
import highsWasmUrl from 'highs/runtime?url';
import { highsSolve } from '../engine/optimise/highs-solve';
import { optimisePlacement } from '../engine/optimise/optimise-placement';
import type { OptimiseRequest, OptimiseWorkerMessage } from './optimise-protocol';

// Its own worker, started for one optimisation and terminated after it: HiGHS solves synchronously, so the engine's
// worker keeps streaming the simulation meanwhile, and Cancel ends the search at once wherever it is.
const post = (message: OptimiseWorkerMessage) => (self as unknown as { postMessage(m: OptimiseWorkerMessage): void }).postMessage(message);

self.onmessage = async (event: MessageEvent<OptimiseRequest>) => {
  try {
    const { scenario, options } = event.data;
    post({ type: 'progress', stage: 'solver', fraction: 0 });
    const highs = await highsLoader({ locateFile: () => highsWasmUrl });
    const outcome = optimisePlacement(scenario, highsSolve(highs), { ...options, now: () => performance.now() / 1000, onProgress: (p) => post({ type: 'progress', ...p }) });
    post({ type: 'done', outcome });
  } catch (e) {
    post({ type: 'failed', message: (e as Error).message ?? String(e) });
  }
};
