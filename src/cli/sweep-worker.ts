import { parentPort } from 'node:worker_threads';
import { CliError } from './cli-error';
import { evaluatePoint } from './sweep-point';
import type { SweepPlan } from './sweep-plan';
import type { WorkerReply, WorkerTask } from './sweep-runner';

// One thread of a sweep: receives the plan once, then batches of point indices; answers each batch with its rows.
let plan: SweepPlan | null = null;
parentPort!.on('message', (task: WorkerTask) => {
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
  parentPort!.postMessage(reply);
});
