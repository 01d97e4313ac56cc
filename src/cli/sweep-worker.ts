import { parentPort } from 'node:worker_threads';
import { CliError } from './cli-error';
import { evaluatePoint } from './sweep-point';
import type { SweepPlan } from './sweep-plan';
import type { WorkerReply, WorkerTask } from './sweep-runner';

// One thread of a sweep: receives the plan once, then point indices; answers each with its row's cells.
let plan: SweepPlan | null = null;
parentPort!.on('message', (task: WorkerTask) => {
  if ('plan' in task) {
    plan = task.plan;
    return;
  }
  let reply: WorkerReply;
  try {
    reply = { index: task.index, cells: evaluatePoint(plan!, task.index) };
  } catch (e) {
    reply = { index: task.index, error: (e as Error).message, exitCode: e instanceof CliError ? e.exitCode : 1 };
  }
  parentPort!.postMessage(reply);
});
