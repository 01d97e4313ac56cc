/**
 * Incremental re-evaluation (src/engine/incremental): one edit on a large network, timed against a whole evaluation of
 * the same edited network, in the engine and through the worker's EngineService (which also parses what the page sends).
 * Run alone with `npx tsx bench/edit-bench.ts [--quick] [--once]` (--once: one timing per row instead of the median of 3).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { evaluateState, type EvaluationState } from '../src/engine/evaluate';
import { reevaluateState } from '../src/engine/incremental/reevaluate';
import type { Scenario, ScenarioLink } from '../src/scenario/schema';
import { scenarioPatch } from '../src/scenario/scenario-patch';
import { parseScenario } from '../src/scenario/validate';
import { EngineService, realClock } from '../src/worker/engine-service';
import { scenarioChecks } from '../src/scenario/scenario-checks';
import { generateNetworkInput } from './generate-scenario';
import { fmt, medianMs, ms } from './measure';

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
    const engine = new EngineService(realClock, scenarioChecks);
    return untilStarted(engine, 1, () => engine.start(structuredClone(edited), { runId: 1, ...options }));
  };
  const serviceIncremental = async () => {
    const engine = new EngineService(realClock, scenarioChecks);
    // The design before the edit has finished its first evaluation, as it has in the page by the time a user edits.
    await untilStarted(engine, 1, () => engine.run(base.scenario, { runId: 1, speed: 1, playing: false }));
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

export interface FirstEvaluationReport {
  nodes: number;
  links: number;
  requests: number;
  /** EngineService.start with the whole design (as the page sends it on opening) to its 'started' message. */
  startedMs: number;
  progressMessages: number;
  /** Longest silence from the start to the first progress message, between two, or from the last to 'started'. */
  longestSilenceMs: number;
  loadAverage: number;
}

/** The schema's largest network opened in the worker service: how long to the first sample, and how often it says how far it has come. */
export function firstEvaluation(nodes: number): Promise<FirstEvaluationReport> {
  const input = generateNetworkInput({ nodes });
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  const engine = new EngineService(realClock, scenarioChecks);
  return new Promise((resolve, reject) => {
    const start = performance.now();
    let last = start;
    let longest = 0;
    let progressMessages = 0;
    engine.subscribe((m) => {
      const now = performance.now();
      if (m.type === 'progress' || m.type === 'started') {
        longest = Math.max(longest, now - last);
        last = now;
      }
      if (m.type === 'progress') progressMessages++;
      else if (m.type === 'started') {
        engine.cancel();
        resolve({ nodes, links: parsed.scenario.links.length, requests: parsed.scenario.requests.length, startedMs: now - start, progressMessages, longestSilenceMs: longest, loadAverage: loadavg()[0]! });
      } else if (m.type === 'rejected' || m.type === 'failed') reject(new Error(m.type));
    });
    engine.start(structuredClone(input), { runId: 1, speed: 1, playing: true });
  });
}

export function firstEvaluationLine(r: FirstEvaluationReport): string {
  return (
    `Opening the schema's largest network (${r.nodes.toLocaleString('en-US')} nodes, ${r.links.toLocaleString('en-US')} links, ${r.requests.toLocaleString('en-US')} requests) in the worker service ` +
    `(\`EngineService.start\` with the whole design, as the page sends it): started after **${(r.startedMs / 1000).toFixed(1)} s**, with ${r.progressMessages} progress messages on the way and ` +
    `at most ${(r.longestSilenceMs / 1000).toFixed(1)} s without one (the page's watchdog stops an engine silent for 15 s); load average ${r.loadAverage.toFixed(1)}.`
  );
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

/** The heading of this benchmark's section in bench/RESULTS.md (bench/run.ts writes the same). */
export const EDIT_SECTION = '## One edit: incremental against whole re-evaluation (issue 21)';

/** Replaces this benchmark's section of bench/RESULTS.md, or puts it before the routing section. */
function writeEditSection(section: string): void {
  const file = new URL('./RESULTS.md', import.meta.url);
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(EDIT_SECTION);
  const next = start < 0 ? text.indexOf('## Routing vs graphology') : text.indexOf('\n## ', start + EDIT_SECTION.length) + 1;
  const at = start < 0 ? next : start;
  writeFileSync(file, text.slice(0, at) + section + '\n' + text.slice(next > 0 ? next : text.length));
}


if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const quick = process.argv.includes('--quick');
  const section = [
    EDIT_SECTION,
    '',
    `Written by \`npx tsx bench/edit-bench.ts${process.argv.slice(2).map((a) => ` ${a}`).join('')}\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC (a full \`npm run bench\` rewrites it with the rest).`,
    '',
    editTable(await editLatency(quick ? 1000 : 10_000, quick || process.argv.includes('--once') ? 1 : 3)),
    '',
    firstEvaluationLine(await firstEvaluation(quick ? 2000 : 20_000)),
    '',
  ].join('\n');
  console.log(section);
  if (!quick) writeEditSection(section);
}

