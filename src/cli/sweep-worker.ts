import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { CliError } from './cli-error';
import type { Cell } from './csv-cells';
import { evaluatePoint } from './sweep-point';
import type { SweepPlan } from './sweep-plan';

export type WorkerTask = { plan: SweepPlan } | { start: number; end: number };
export type WorkerReply = { start: number; rows: Cell[][] } | { start: number; error: string; exitCode: number };

/** This module's own URL: sweep-runner.ts starts workers on it (imported, so the file is part of the CLI's import graph). */
export const SWEEP_WORKER_URL = import.meta.url;
export const SWEEP_WORKER_ROLE = 'qnet-sweep-worker';

/** One thread of a sweep: receives the plan once, then batches of point indices; answers each batch with its rows. */
function serveSweepPoints(port: NonNullable<typeof parentPort>): void {
  let plan: SweepPlan | null = null;
  port.on('message', (task: WorkerTask) => {
    if ('plan' in task) {
      plan = task.plan;
      return;
    }
    let reply: WorkerReply;
    try {
      const rows = [];
      for (let index = task.start; index < task.end; index++) rows.push(evaluatePoint(plan!, index));
      reply = { start: task.start, rows };
    } catch (e) {
      reply = { start: task.start, error: (e as Error).message, exitCode: e instanceof CliError ? e.exitCode : 1 };
    }
    port.postMessage(reply);
  });
}

// Imported by the main thread too (for the URL); only a worker started by the runner serves points.
if (!isMainThread && parentPort && (workerData as { role?: string } | null)?.role === SWEEP_WORKER_ROLE) serveSweepPoints(parentPort);
