/**
 * Incremental re-evaluation (src/engine/incremental): one edit on a large network, timed against a whole evaluation of
 * the same edited network, in the engine and through the worker's EngineService (which also parses what the page sends).
 * Run alone with `npx tsx bench/edit-bench.ts [--quick]`.
 */
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { evaluateState, type EvaluationState } from '../src/engine/evaluate';
import { reevaluateState } from '../src/engine/incremental/reevaluate';
import type { Scenario, ScenarioLink } from '../src/scenario/schema';
import { scenarioPatch } from '../src/scenario/scenario-patch';
import { parseScenario } from '../src/scenario/validate';
import { EngineService } from '../src/worker/engine-service';
import { generateNetworkInput } from './generate-scenario';
import { fmt, medianMs, ms, timeMs } from './measure';

export interface EditRow {
  edit: string;
  /** Requests whose result the edit changed. */
  changedRequests: number;
  wholeMs: number;
  incrementalMs: number;
  /** EngineService.start with the edited scenario, until its 'started' message: parse, evaluate (in slices). */
  serviceWholeMs: number;
  /** What the page sends after the edit (a patch, or the whole design when elements come or go) while the design before it runs, until 'started'. */
  serviceIncrementalMs: number;
}

export interface EditReport {
  nodes: number;
  links: number;
  requests: number;
  /** One-minute load average when the edits were timed (the machine is shared). */
  loadAverage: number;
  rows: EditRow[];
}

function withLink(scenario: Scenario, index: number, change: (link: ScenarioLink) => ScenarioLink): Scenario {
  const links = scenario.links.slice();
  links[index] = change(links[index]!);
  return { ...scenario, links };
}

function scaleLength(link: ScenarioLink, factor: number): ScenarioLink {
  return { ...link, params: { ...link.params, lengthKm: link.params.lengthKm * factor } } as ScenarioLink;
}

/** Milliseconds from `send` until the service says the run has started (its first evaluation may take several slices). */
function untilStarted(engine: EngineService, runId: number, send: () => void): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    engine.subscribe((m) => {
      if (m.runId !== runId) return;
      if (m.type === 'started') resolve(performance.now() - start);
      else if (m.type === 'rejected' || m.type === 'failed') reject(new Error(m.type));
    });
    send();
  });
}

/** Times one edit both ways; the incremental result is checked equal to the whole one before it counts. */
async function timeEdit(label: string, base: EvaluationState, edited: Scenario, repeats: number): Promise<EditRow> {
  const whole = evaluateState(edited, 0);
  const incremental = reevaluateState(base, edited, 0);
  if (JSON.stringify(whole.evaluation) !== JSON.stringify(incremental.evaluation)) throw new Error(`${label}: incremental result differs from a whole evaluation`);
  const before = new Map(base.evaluation.requests.map((r) => [r.id, r]));
  const changedRequests = incremental.evaluation.requests.filter((r) => r !== before.get(r.id)).length;
  const wholeMs = medianMs(() => evaluateState(edited, 0), repeats);
  const incrementalMs = medianMs(() => reevaluateState(base, edited, 0), repeats);
  // What the page sends: a patch for an edit of existing elements, the whole design when elements come or go.
  const patch = scenarioPatch(base.scenario, edited);
  const options = { speed: 1, playing: false, resume: { timeSeconds: 0, secretKeyBits: {} } };
  // structuredClone stands for postMessage: the worker receives copies, not the page's objects.
  const serviceWhole = () => {
    const engine = new EngineService();
    return untilStarted(engine, 1, () => engine.start(structuredClone(edited), { runId: 1, ...options }));
  };
  const serviceIncremental = () => {
    const engine = new EngineService();
    engine.run(base.scenario, { runId: 1, speed: 1, playing: false });
    return untilStarted(engine, 2, () => (patch ? engine.startEdit(structuredClone(patch), { runId: 2, ...options }) : engine.start(structuredClone(edited), { runId: 2, ...options })));
  };
  return { edit: label, changedRequests, wholeMs, incrementalMs, serviceWholeMs: await serviceWhole(), serviceIncrementalMs: await serviceIncremental() };
}

/** Two trusted nodes with a common neighbour but no link of their own: where a user might add a shortcut. */
function shortcut(scenario: Scenario, through: string): [string, string] {
  const trusted = new Set(scenario.nodes.filter((n) => n.kind === 'trusted-node').map((n) => n.id));
  const linked = new Set(scenario.links.flatMap((l) => [`${l.source} ${l.target}`, `${l.target} ${l.source}`]));
  const neighbours = scenario.links.flatMap((l) => (l.source === through ? [l.target] : l.target === through ? [l.source] : [])).filter((n) => trusted.has(n));
  for (const a of neighbours) for (const b of neighbours) if (a < b && !linked.has(`${a} ${b}`)) return [a, b];
  throw new Error(`no shortcut around ${through}`);
}

export async function editLatency(nodes: number, repeats = 3): Promise<EditReport> {
  const parsed = parseScenario(generateNetworkInput({ nodes }));
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  const scenario = parsed.scenario;
  const base = evaluateState(scenario, 0);
  const users = new Map<string, number>();
  for (const r of base.evaluation.requests) for (const h of r.hops) users.set(h.linkId, (users.get(h.linkId) ?? 0) + 1);
  const busiest = scenario.links.reduce((best, l, i) => ((users.get(l.id) ?? 0) > (users.get(scenario.links[best]!.id) ?? 0) ? i : best), 0);
  const quiet = scenario.links.findIndex((l) => !users.has(l.id));
  const busyLink = scenario.links[busiest]!;
  const busyUsers = users.get(busyLink.id) ?? 0;
  const [a, b] = shortcut(scenario, busyLink.source);
  const added: ScenarioLink = { ...busyLink, id: 'bench-shortcut', label: undefined, source: a, target: b, params: { ...busyLink.params, lengthKm: 15 } } as ScenarioLink;
  const rows: EditRow[] = [];
  const edits: [string, Scenario][] = [
    [`misalignment of the busiest link (${busyUsers} requests) 1 % → 2 %`, withLink(scenario, busiest, (l) => ({ ...l, params: { ...l.params, misalignmentError: 0.02 } }) as ScenarioLink)],
    ['busiest link 10 % longer', withLink(scenario, busiest, (l) => scaleLength(l, 1.1))],
    ['busiest link 10 % shorter', withLink(scenario, busiest, (l) => scaleLength(l, 0.9))],
    ['an unused link 10 % shorter', withLink(scenario, quiet, (l) => scaleLength(l, 0.9))],
    ['an unused link 10 % longer', withLink(scenario, quiet, (l) => scaleLength(l, 1.1))],
    ['topology: an unused link deleted', { ...scenario, links: scenario.links.filter((_, i) => i !== quiet) }],
    ['topology: the busiest link deleted', { ...scenario, links: scenario.links.filter((_, i) => i !== busiest) }],
    ['topology: a 15 km link added beside the busiest link', { ...scenario, links: [...scenario.links, added] }],
  ];
  for (const [label, edited] of edits) rows.push(await timeEdit(label, base, edited, repeats));
  return { nodes: scenario.nodes.length, links: scenario.links.length, requests: scenario.requests.length, loadAverage: loadavg()[0]!, rows };
}

export function editTable(report: EditReport): string {
  return [
    `Network: ${report.nodes.toLocaleString('en-US')} nodes, ${report.links.toLocaleString('en-US')} links, ${report.requests.toLocaleString('en-US')} BB84 requests (bench/generate-scenario.ts). ` +
      `One-minute load average when timed: ${report.loadAverage.toFixed(1)} (2 cores, shared). ` +
      'Engine: `evaluateState` (whole) against `reevaluateState` from the state before the edit, median of the runs, each incremental result first checked equal to the whole one. ' +
      'Service: what the worker does for the page, a structured clone standing for postMessage: whole, `EngineService.start` with the edited design (copy, check, evaluate, the started message); incremental, `EngineService.startEdit` with the patch the page now sends after an edit (src/scenario/scenario-patch.ts: only the changed elements are copied and checked; a topology edit sends the whole design, checked against the running one) while the design before it runs; both timed until the run\'s started message, its first evaluation running in 100 ms slices.',
    '',
    '| Edit | Requests changed | Engine, whole | Engine, incremental | Speed-up | Service, whole | Service, incremental | Speed-up |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...report.rows.map(
      (r) =>
        `| ${r.edit} | ${r.changedRequests} | ${ms(r.wholeMs)} | ${ms(r.incrementalMs)} | **${fmt(r.wholeMs / r.incrementalMs)}×** | ${ms(r.serviceWholeMs)} | ${ms(r.serviceIncrementalMs)} | ${fmt(r.serviceWholeMs / r.serviceIncrementalMs)}× |`,
    ),
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const quick = process.argv.includes('--quick');
  console.log(editTable(await editLatency(quick ? 1000 : 10_000, quick ? 1 : 3)));
}
