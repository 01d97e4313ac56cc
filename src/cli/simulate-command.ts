import { chshValueOf, concurrenceOf, visibilitiesOf, type EntanglementDelivery } from '../engine/entanglement/delivered-pair';
import { Simulation } from '../engine/simulation';
import type { Scenario } from '../scenario/schema';
import { CliError } from './cli-error';
import { requestTgwBitsPerSecond } from './request-metrics';
import type { CliIo } from './cli-io';
import { parseCommandArgs } from './command-args';
import { progressBar, type ProgressBar } from './progress-bar';
import { readScenarioFile } from './read-scenario-file';
import { seriesHeader, seriesRows } from './series-csv';
import { REQUEST_SERIES, seriesOffset, type SampleBlock } from './series-layout';

/**
 * JSON has no Infinity: a lossless path (η = 1) has an infinite PLOB bound, −log2(1 − η) → ∞, i.e. no repeaterless
 * limit at all. The report then gives null with the reason beside it, so null never stands for a number silently.
 */
function bound(value: number): { value: number | null; note: string | null } {
  if (Number.isFinite(value)) return { value, note: null };
  if (value === Infinity) return { value: null, note: 'no repeaterless bound: the path is lossless (η = 1), where −log2(1 − η) is infinite' };
  return { value: null, note: 'no repeaterless bound applies to this result' };
}

/** A number, or null when the engine has none (NaN): JSON cannot say NaN. */
const orNull = (value: number) => (Number.isFinite(value) ? value : null);

/** The delivered pair of an entanglement request, with what a researcher reads off it; null for other protocols. */
function deliveredPair(entanglement: EntanglementDelivery | undefined) {
  if (!entanglement) return null;
  const state = entanglement.deliveredState;
  return {
    /** Bell-diagonal weights of the mean delivered state; null when no pair was delivered. */
    bellDiagonalState: state,
    /** Largest CHSH value over all settings (Horodecki criterion); above 2 violates local realism, at most 2√2. */
    chshValue: state ? chshValueOf(state) : null,
    /** Two-photon fringe visibility measuring both qubits along x, y, z: |T_ii|. */
    visibility: state ? visibilitiesOf(state) : null,
    concurrence: state ? concurrenceOf(state) : null,
    fidelityStdDev: orNull(entanglement.fidelityStdDev),
    /** Mean time from request to delivered pair: the Monte Carlo's, and the closed-form estimates beside it. */
    meanDeliverySeconds: {
      monteCarlo: orNull(entanglement.monteCarloMeanDeliverySeconds),
      monteCarloStdError: orNull(entanglement.monteCarloStdErrorSeconds),
      exponentialApproximation: orNull(entanglement.analyticMeanDeliverySeconds),
      sangouardThreeHalves: entanglement.sangouardMeanDeliverySeconds,
    },
    /** Mean fidelity after each elementary link, wait, swap and purification round, ending with the delivered pair. */
    fidelityStages: entanglement.stages,
  };
}

/** The CLI's JSON report: the same numbers the app shows, for scripts and grading. */
export function simulationReport(scenario: Scenario, limit: RunBound = {}) {
  return runSimulation(scenario, limit).report;
}

export type SimulationReport = ReturnType<typeof runSimulation>['report'];

/** How long a run may take on the wall clock, read from `now` (milliseconds) between steps; no limit when left out. */
export interface RunBound {
  timeLimitSeconds?: number;
  now?: () => number;
  /** Called between steps with the steps done and the steps the whole run takes. */
  onStep?: (done: number, total: number) => void;
}

/** Wall-clock milliseconds between clock readings that a run aims for: cheap steps go in batches, costly ones singly. */
const CHECK_EVERY_MS = 10;

/**
 * Steps the simulation into one preallocated block, reading the clock between batches of steps (one step at a time
 * while a step costs more than CHECK_EVERY_MS); at the limit it stops there, so the block holds every step taken.
 */
function stepWithin(simulation: Simulation, limit: RunBound): SampleBlock {
  const total = simulation.totalSteps;
  const width = simulation.requestIds.length * REQUEST_SERIES.length;
  const timeSeconds = new Float64Array(total);
  const values = new Float64Array(total * width);
  const now = limit.now ?? (() => performance.now());
  let before = now();
  const deadline = limit.timeLimitSeconds === undefined ? Infinity : before + limit.timeLimitSeconds * 1000;
  let rows = 0;
  let batch = 1;
  while (!simulation.done && before < deadline) {
    const step = simulation.advance(batch, REQUEST_SERIES);
    timeSeconds.set(step.timeSeconds, rows);
    values.set(step.values, rows * width);
    rows += step.timeSeconds.length;
    limit.onStep?.(rows, total);
    const after = now();
    batch = after - before < CHECK_EVERY_MS / 2 ? Math.min(batch * 2, 4096) : Math.max(1, Math.floor(batch / 2));
    before = after;
  }
  return { requestIds: simulation.requestIds, timeSeconds: timeSeconds.subarray(0, rows), values: values.subarray(0, rows * width) };
}

/** Runs the simulated span once (or as much of it as the time limit allows): the report and the time series it was read from. */
export function runSimulation(scenario: Scenario, limit: RunBound = {}) {
  const simulation = new Simulation(scenario);
  const atStart = simulation.evaluation;
  const block = stepWithin(simulation, limit);
  const rows = block.timeSeconds.length;
  const width = block.values.length / Math.max(rows, 1);
  const last = (i: number, series: 'secretKeyBits' | 'storedKeyBits') => (rows > 0 ? block.values[(rows - 1) * width + seriesOffset(i, series)]! : 0);
  const report = {
    scenario: scenario.name,
    version: scenario.version,
    /** False when the time limit stopped the run early: the totals below then cover simulatedSeconds only. */
    complete: simulation.done,
    durationSeconds: scenario.settings.durationSeconds,
    simulatedSeconds: simulation.timeSeconds,
    /** Per request: the state at t = 0, and what the whole run delivered (satellite passes, failures and attacks included). */
    requests: atStart.requests.map((r, i) => ({
      id: r.id,
      protocol: r.protocol,
      path: r.path,
      keyRateBitsPerSecond: r.keyRateBitsPerSecond,
      qber: Number.isNaN(r.qber) ? null : r.qber,
      latencySeconds: r.latencySeconds,
      plobBitsPerSecond: bound(r.plobBitsPerSecond).value,
      plobNote: bound(r.plobBitsPerSecond).note,
      fidelity: Number.isNaN(r.fidelity) ? null : r.fidelity,
      entanglementRatePairsPerSecond: r.entanglementRatePairsPerSecond,
      linkShare: r.linkShare,
      secretKeyBits: last(i, 'secretKeyBits'),
      meanKeyRateBitsPerSecond: simulation.timeSeconds > 0 ? last(i, 'secretKeyBits') / simulation.timeSeconds : 0,
      storedKeyBits: last(i, 'storedKeyBits'),
      noKeyReason: r.noKeyReason,
      notes: r.notes,
      deliveredPair: deliveredPair(r.entanglement),
      hops: r.hops.map((h) => ({ ...h, qber: Number.isNaN(h.qber) ? null : h.qber, plobBitsPerSecond: bound(h.plobBitsPerSecond).value, plobNote: bound(h.plobBitsPerSecond).note })),
    })),
    links: atStart.links.map((l) => ({
      id: l.id,
      transmittance: l.transmittance,
      lossDb: Number.isFinite(l.lossDb) ? l.lossDb : null,
      latencySeconds: l.latencySeconds,
      plobBitsPerPulse: bound(l.plobBitsPerPulse).value,
      plobNote: bound(l.plobBitsPerPulse).note,
      unavailableReason: l.unavailableReason,
    })),
  };
  return { report, block };
}

/** Wall-clock seconds a simulate run (or one sweep point) may take unless --time-limit says otherwise. */
export const DEFAULT_TIME_LIMIT_SECONDS = 300;

/** Exit code of a run the time limit stopped: its partial report was still written. */
export const TIME_LIMIT_EXIT_CODE = 3;

export const SIMULATE_USAGE = `usage: qnet simulate FILE.json [--compact | --series] [--time-limit SECONDS]
  Evaluates the scenario in FILE.json over its whole simulated span.
  (default)   the results as JSON: per request and per link, at t = 0 and over the run
  --compact   the same JSON on one line
  --series    the time series as CSV instead: timeSeconds, then for every request
              ${REQUEST_SERIES.join(', ')} (columns named REQUEST.SERIES)
  --time-limit SECONDS
              stop after this much wall-clock time (default ${DEFAULT_TIME_LIMIT_SECONDS}; 0 for none) and print what
              was simulated so far ("complete": false), then exit with code ${TIME_LIMIT_EXIT_CODE}
  -h, --help  this help`;

/** Seconds from --time-limit: a non-negative number, 0 meaning no limit. */
export function timeLimitOption(text: string | undefined): number | undefined {
  if (text === undefined) return DEFAULT_TIME_LIMIT_SECONDS;
  const seconds = Number(text);
  if (text.trim() === '' || !Number.isFinite(seconds) || seconds < 0) throw new CliError(`--time-limit must be a number of seconds (0 for no limit), not "${text}"`);
  return seconds === 0 ? undefined : seconds;
}

/** `qnet simulate`: the JSON report, or with --series the time series as CSV. */
export async function simulateCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('simulate', args, { compact: { type: 'boolean' }, series: { type: 'boolean' }, 'time-limit': { type: 'string' } });
  if (values.help) {
    await io.stdout(SIMULATE_USAGE + '\n');
    return 0;
  }
  if (positionals.length !== 1) throw new CliError(`simulate needs exactly one scenario file, got ${positionals.length} (see qnet simulate --help)`);
  if (values.compact && values.series) throw new CliError('simulate: --compact and --series do not go together');
  const timeLimitSeconds = timeLimitOption(values['time-limit']);
  const scenario = await readScenarioFile(positionals[0]!);
  // The step count is known once the simulation is built, so the bar starts with the first step.
  const progress: { bar?: ProgressBar } = {};
  const { report, block } = runSimulation(scenario, {
    timeLimitSeconds,
    now: io.now,
    onStep: (done, total) => (progress.bar ??= progressBar(total, (text) => io.stderr(text), io.stderrIsTerminal === true, 'qnet simulate', 'steps')).tick(done),
  });
  progress.bar?.end();
  if (!values.series) {
    // The TGW bound beside PLOB, as the sweep reports it (null where there is no bound).
    const transmittanceOf = new Map(report.links.map((l) => [l.id, l.transmittance]));
    const withTgw = { ...report, requests: report.requests.map((r) => ({ ...r, tgwBitsPerSecond: orNull(requestTgwBitsPerSecond(r, transmittanceOf)) })) };
    await io.stdout(JSON.stringify(withTgw, null, values.compact ? undefined : 2) + '\n');
  } else {
    await io.stdout(seriesHeader(block.requestIds));
    for (const chunk of seriesRows(block)) await io.stdout(chunk);
  }
  if (report.complete) return 0;
  io.stderr(`qnet: simulate stopped at the ${timeLimitSeconds} s time limit at t = ${report.simulatedSeconds} s of ${report.durationSeconds} s; the output covers that much (raise --time-limit, or 0 for none)\n`);
  return TIME_LIMIT_EXIT_CODE;
}
