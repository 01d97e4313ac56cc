import type { OptimiseOutcome, OptimiseRequest, OptimiseWorkerMessage } from './optimise-protocol';

export interface OptimiseRun {
  result: Promise<OptimiseOutcome>;
  /** Stops the search now (the worker is terminated); the result then rejects with a 'cancelled' error. */
  cancel(): void;
}

/** Share of the bar for finding the hops (the rest is the solver): the hop search is most of the time on small designs. */
const HOPS_SHARE = 0.5;

/** Runs one optimisation in a worker of its own, reporting progress from 0 to 1. */
export function startOptimise(request: OptimiseRequest, onProgress: (fraction: number, stage: string) => void): OptimiseRun {
  const worker = new Worker(new URL('./optimise.worker.ts', import.meta.url), { type: 'module', name: 'qnet-optimiser' });
  let settle: { resolve(o: OptimiseOutcome): void; reject(e: Error): void } | null = null;
  const result = new Promise<OptimiseOutcome>((resolve, reject) => (settle = { resolve, reject }));
  worker.onmessage = (event: MessageEvent<OptimiseWorkerMessage>) => {
    const message = event.data;
    if (message.type === 'progress') {
      const fraction = message.stage === 'hops' ? message.fraction * HOPS_SHARE : message.stage === 'solve' ? HOPS_SHARE + message.fraction * (1 - HOPS_SHARE) : message.stage === 'done' ? 1 : 0;
      onProgress(fraction, message.stage);
      return;
    }
    worker.terminate();
    if (message.type === 'done') settle!.resolve(message.outcome);
    else settle!.reject(new Error(message.message));
  };
  worker.onerror = (event) => {
    worker.terminate();
    settle!.reject(new Error(event.message || 'the optimiser could not start'));
  };
  worker.postMessage(request);
  return {
    result,
    cancel() {
      worker.terminate();
      settle!.reject(new Error('cancelled'));
    },
  };
}
