import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { CliError } from './cli-error';
import type { Cell } from './csv-cells';
import { evaluatePoint } from './sweep-point';
import type { SweepPlan } from './sweep-plan';
import { SWEEP_WORKER_ROLE, SWEEP_WORKER_URL, type WorkerReply, type WorkerTask } from './sweep-worker';

/** Batches each thread holds at once: one running, one waiting, so a thread never idles on a round trip. */
const IN_FLIGHT_PER_WORKER = 2;

/** Points per message: enough to amortise a round trip on sub-millisecond points, few enough to keep threads balanced. */
function batchSize(points: number, workers: number): number {
  return Math.max(1, Math.min(32, Math.floor(points / (workers * 16))));
}

/** Below this much estimated work an automatic sweep stays in this thread: a worker takes about half a second to start. */
const WORKERS_WORTHWHILE_MS = 2000;

async function runHere(plan: SweepPlan, start: number, end: number, onRow: (index: number, cells: Cell[]) => void | Promise<void>): Promise<void> {
  for (let index = start; index < end; index++) {
    await onRow(index, evaluatePoint(plan, index));
    // Let I/O events (a closed pipe, a drained buffer) through between points.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/**
 * Evaluates points start … end − 1 and hands each row to `onRow` in index order, whatever order threads finish in.
 * One thread runs in this thread; more start worker threads (under tsx too: the worker is loaded with tsx's loader).
 * 'auto' takes every core, but first times one point here and stays here when the rest would not repay starting workers.
 */
export async function runPoints(
  plan: SweepPlan,
  range: { start: number; end: number },
  threads: number | 'auto',
  onRow: (index: number, cells: Cell[]) => void | Promise<void>,
  /** Use worker threads even for one thread (the benchmark compares 1 and 2 worker threads). */
  options: { alwaysWorkers?: boolean } = {},
): Promise<void> {
  let first = range.start;
  let threadCount = threads === 'auto' ? availableParallelism() : threads;
  if (threads === 'auto' && first < range.end) {
    const startedMs = performance.now();
    await runHere(plan, first, first + 1, onRow);
    first++;
    if ((performance.now() - startedMs) * (range.end - first) < WORKERS_WORTHWHILE_MS) threadCount = 1;
  }
  const count = range.end - first;
  if (count <= 0) return;
  if (!options.alwaysWorkers && (threadCount <= 1 || count === 1)) return runHere(plan, first, range.end, onRow);
  range = { start: first, end: range.end };
  const workers = Array.from({ length: Math.min(threadCount, count) }, () => startWorker());
  const done = new Map<number, Cell[]>();
  const batch = batchSize(count, workers.length);
  let nextToSend = range.start;
  let nextToEmit = range.start;
  try {
    await new Promise<void>((resolve, reject) => {
      let emitting = Promise.resolve();
      const feed = (worker: Worker) => {
        if (nextToSend >= range.end) return;
        const end = Math.min(range.end, nextToSend + batch);
        worker.postMessage({ start: nextToSend, end } satisfies WorkerTask);
        nextToSend = end;
      };
      for (const worker of workers) {
        worker.postMessage({ plan } satisfies WorkerTask);
        for (let k = 0; k < IN_FLIGHT_PER_WORKER; k++) feed(worker);
        worker.on('error', (e) => reject(new CliError(`sweep: a worker thread failed: ${e.message}`, 1)));
        worker.on('exit', (code) => {
          if (nextToEmit < range.end) reject(new CliError(`sweep: a worker thread stopped (exit code ${code}) before the sweep was done`, 1));
        });
        worker.on('message', (reply: WorkerReply) => {
          if ('error' in reply) {
            reject(new CliError(reply.error, reply.exitCode));
            return;
          }
          reply.rows.forEach((cells, k) => done.set(reply.start + k, cells));
          feed(worker);
          emitting = emitting.then(async () => {
            while (done.has(nextToEmit)) {
              const cells = done.get(nextToEmit)!;
              done.delete(nextToEmit);
              await onRow(nextToEmit++, cells);
            }
            if (nextToEmit >= range.end) resolve();
          }).catch(reject);
        });
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

function startWorker(): Worker {
  const options = { workerData: { role: SWEEP_WORKER_ROLE } };
  if (!SWEEP_WORKER_URL.endsWith('.ts')) return new Worker(new URL(SWEEP_WORKER_URL), options);
  // Run from source (npm run qnet): Node 20 does not pass tsx's loader to workers, so the worker loads its module through tsx's API.
  const api = import.meta.resolve('tsx/esm/api');
  const url = JSON.stringify(SWEEP_WORKER_URL);
  return new Worker(`import(${JSON.stringify(api)}).then((tsx) => tsx.tsImport(${url}, ${url}))`, { ...options, eval: true });
}
