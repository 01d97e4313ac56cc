/**
 * Incremental re-evaluation (src/engine/incremental): one edit on a large network, timed against a whole evaluation of
 * the same edited network, in the engine and through the worker's EngineService (which also parses what the page sends).
 * Run alone with `npx tsx bench/edit-bench.ts [--quick]`.
 */
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
  /** EngineService.start with the edited scenario, run on: parse, evaluate, the 'started' message. */
  serviceWholeMs: number;
  /** EngineService.startEdit with the patch the page sends after the edit, while the design before it runs. */
  serviceIncrementalMs: number;
}

export interface EditReport {
  nodes: number;
  links: number;
  requests: number;
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

/** Times one edit both ways; the incremental result is checked equal to the whole one before it counts. */
function timeEdit(label: string, base: EvaluationState, edited: Scenario, repeats: number): EditRow {
  const whole = evaluateState(edited, 0);
  const incremental = reevaluateState(base, edited, 0);
  if (JSON.stringify(whole.evaluation) !== JSON.stringify(incremental.evaluation)) throw new Error(`${label}: incremental result differs from a whole evaluation`);
  const changedRequests = incremental.evaluation.requests.filter((r, i) => r !== base.evaluation.requests[i]).length;
  const wholeMs = medianMs(() => evaluateState(edited, 0), repeats);
  const incrementalMs = medianMs(() => reevaluateState(base, edited, 0), repeats);
  const patch = scenarioPatch(base.scenario, edited);
  if (!patch) throw new Error(`${label}: the edit cannot be sent as a patch`);
  const options = { speed: 1, playing: false, resume: { timeSeconds: 0, secretKeyBits: {} } };
  // structuredClone stands for postMessage: the worker receives copies, not the page's objects.
  const serviceWhole = () => {
    const engine = new EngineService();
    engine.subscribe(() => {});
    return timeMs(() => engine.start(structuredClone(edited), { runId: 1, ...options }));
  };
  const serviceIncremental = () => {
    const engine = new EngineService();
    engine.subscribe(() => {});
    engine.run(base.scenario, { runId: 1, speed: 1, playing: false });
    return timeMs(() => engine.startEdit(structuredClone(patch), { runId: 2, ...options }));
  };
  return { edit: label, changedRequests, wholeMs, incrementalMs, serviceWholeMs: serviceWhole(), serviceIncrementalMs: serviceIncremental() };
}

export function editLatency(nodes: number, repeats = 3): EditReport {
  const parsed = parseScenario(generateNetworkInput({ nodes }));
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  const scenario = parsed.scenario;
  const base = evaluateState(scenario, 0);
  const users = new Map<string, number>();
  for (const r of base.evaluation.requests) for (const h of r.hops) users.set(h.linkId, (users.get(h.linkId) ?? 0) + 1);
  const busiest = scenario.links.reduce((best, l, i) => ((users.get(l.id) ?? 0) > (users.get(scenario.links[best]!.id) ?? 0) ? i : best), 0);
  const quiet = scenario.links.findIndex((l) => !users.has(l.id));
  const busyUsers = users.get(scenario.links[busiest]!.id) ?? 0;
  const rows = [
    timeEdit(`misalignment of the busiest link (${busyUsers} requests) 1 % → 2 %`, base, withLink(scenario, busiest, (l) => ({ ...l, params: { ...l.params, misalignmentError: 0.02 } }) as ScenarioLink), repeats),
    timeEdit('busiest link 10 % longer', base, withLink(scenario, busiest, (l) => scaleLength(l, 1.1)), repeats),
    timeEdit('busiest link 10 % shorter', base, withLink(scenario, busiest, (l) => scaleLength(l, 0.9)), repeats),
    timeEdit('an unused link 10 % shorter', base, withLink(scenario, quiet, (l) => scaleLength(l, 0.9)), repeats),
    timeEdit('an unused link 10 % longer', base, withLink(scenario, quiet, (l) => scaleLength(l, 1.1)), repeats),
  ];
  return { nodes: scenario.nodes.length, links: scenario.links.length, requests: scenario.requests.length, rows };
}

export function editTable(report: EditReport): string {
  return [
    `Network: ${report.nodes.toLocaleString('en-US')} nodes, ${report.links.toLocaleString('en-US')} links, ${report.requests.toLocaleString('en-US')} BB84 requests (bench/generate-scenario.ts). ` +
      'Engine: `evaluateState` (whole) against `reevaluateState` from the state before the edit, median of the runs, each incremental result first checked equal to the whole one. ' +
      'Service: what the worker does for the page, a structured clone standing for postMessage: whole, `EngineService.start` with the edited design (copy, check, evaluate, the started message); incremental, `EngineService.startEdit` with the patch the page now sends after an edit (src/scenario/scenario-patch.ts: only the changed elements are copied and checked) while the design before it runs.',
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
  console.log(editTable(editLatency(quick ? 1000 : 10_000, quick ? 1 : 3)));
}
