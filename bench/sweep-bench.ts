/**
 * Sweep throughput of the CLI's runner (src/cli/sweep-runner.ts): points per second in this thread, on one worker
 * thread and on two, with and without the worker start-up (each worker loads the engine through tsx).
 * Alone: `npx tsx bench/sweep-bench.ts [points]`.
 */
import os from 'node:os';
import { parseScenario } from '../src/scenario/validate';
import { buildSweepPlan, type SweepPlan } from '../src/cli/sweep-plan';
import { runPoints } from '../src/cli/sweep-runner';
import { parseSetOption } from '../src/cli/sweep-values';
import { fmt, ms } from './measure';

export interface SweepBenchRow {
  label: string;
  threads: number;
  points: number;
  wallMs: number;
  /** From the start to the first row: worker start-up plus one point. */
  firstRowMs: number;
  /** CPU time of the whole process (every thread), user + system: what a core delivers however busy the machine is. */
  cpuMs: number;
}

/** A 4-segment repeater chain (2,000 Monte Carlo trials) and a BB84 link: a point costs a few ms, like a real study's. */
function benchPlan(points: number): SweepPlan {
  const parsed = parseScenario({
    version: 1,
    seed: 3,
    settings: { durationSeconds: 60, timeStepSeconds: 1 },
    nodes: [
      { id: 'a', kind: 'ground-station', position: { x: 0, y: 0 }, params: {} },
      ...[1, 2, 3].map((i) => ({ id: `r${i}`, kind: 'repeater' as const, position: { x: i, y: 0 }, params: {} })),
      { id: 'b', kind: 'ground-station', position: { x: 4, y: 0 }, params: {} },
    ],
    links: [
      ...[0, 1, 2, 3].map((i) => ({ id: `f${i}`, source: i === 0 ? 'a' : `r${i}`, target: i === 3 ? 'b' : `r${i + 1}`, kind: 'fiber' as const, params: { lengthKm: 40 } })),
      { id: 'direct', source: 'a', target: 'b', kind: 'fiber' as const, params: { lengthKm: 160 } },
    ],
    requests: [
      { id: 'pairs', source: 'a', target: 'b', protocol: 'entanglement' as const, routingMetric: 'fewest-hops' as const, params: { monteCarloTrials: 2000 } },
      { id: 'key', source: 'a', target: 'b', protocol: 'bb84-decoy' as const, routingMetric: 'lowest-latency' as const, params: {} },
    ],
  });
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return buildSweepPlan(parsed.scenario, [parseSetOption(`links.f0.params.lengthKm=10:80:${points}`)], 'csv');
}

async function timeRun(plan: SweepPlan, threads: number, alwaysWorkers: boolean) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  let firstRowMs = 0;
  await runPoints(plan, { start: 0, end: plan.pointCount }, threads, () => {
    if (firstRowMs === 0) firstRowMs = performance.now() - start;
  }, { alwaysWorkers });
  const used = process.cpuUsage(cpu);
  return { wallMs: performance.now() - start, firstRowMs, cpuMs: (used.user + used.system) / 1000 };
}

export async function sweepThroughput(points: number): Promise<SweepBenchRow[]> {
  const plan = benchPlan(points);
  await timeRun(buildSweepPlan(plan.base, [parseSetOption('links.f0.params.lengthKm=10:80:8')], 'csv'), 1, false); // JIT warm-up
  const rows: SweepBenchRow[] = [];
  for (const [label, threads, alwaysWorkers] of [['this thread (--threads 1)', 1, false], ['1 worker thread', 1, true], ['2 worker threads (--threads 2)', 2, true]] as const) {
    rows.push({ label, threads, points, ...(await timeRun(plan, threads, alwaysWorkers)) });
  }
  return rows;
}

export function sweepTable(rows: SweepBenchRow[]): string {
  const perSecond = (r: SweepBenchRow) => (r.points / r.wallMs) * 1000;
  // Past the first row: workers are up and the engine is compiled, what a long sweep sees.
  const steady = (r: SweepBenchRow) => ((r.points - r.threads) / (r.wallMs - r.firstRowMs)) * 1000;
  const oneWorker = rows.find((r) => r.label === '1 worker thread');
  const twoWorkers = rows.find((r) => r.threads === 2);
  const lines = [
    '| Runner | Points | Wall time | First row | Points/s | Points/s per thread | Points/s after the first row | CPU time (all threads) | Points per CPU-second |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.label} | ${r.points} | ${ms(r.wallMs)} | ${ms(r.firstRowMs)} | ${fmt(perSecond(r))} | ${fmt(perSecond(r) / r.threads)} | ${fmt(steady(r))} | ${ms(r.cpuMs)} | ${fmt((r.points / r.cpuMs) * 1000)} |`),
  ];
  if (oneWorker && twoWorkers) {
    lines.push(
      '',
      `Speed-up from 1 to 2 worker threads: **${(perSecond(twoWorkers) / perSecond(oneWorker)).toFixed(2)}×** wall clock, ${(steady(twoWorkers) / steady(oneWorker)).toFixed(2)}× after the first row ` +
        `(${os.availableParallelism()} cores, shared with whatever else the load average above counts). Points per CPU-second on 2 workers are ${((twoWorkers.points / twoWorkers.cpuMs) / (oneWorker.points / oneWorker.cpuMs)).toFixed(2)}× those on 1: ` +
        'the most two free cores could give is twice that ratio.',
    );
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const points = Number(process.argv[2] ?? 3000);
  sweepThroughput(points).then((rows) => console.log(sweepTable(rows)));
}
