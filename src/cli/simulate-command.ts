import { Simulation } from '../engine/simulation';
import type { Scenario } from '../scenario/schema';
import { CliError } from './cli-error';
import type { CliIo } from './cli-io';
import { parseCommandArgs } from './command-args';
import { readScenarioFile } from './read-scenario-file';
import { seriesHeader, seriesRows } from './series-csv';
import { REQUEST_SERIES, seriesOffset } from './series-layout';

/** The CLI's JSON report: the same numbers the app shows, for scripts and grading. */
export function simulationReport(scenario: Scenario) {
  return runSimulation(scenario).report;
}

export type SimulationReport = ReturnType<typeof runSimulation>['report'];

/** Runs the whole simulated span once: the report and the time series it was read from. */
export function runSimulation(scenario: Scenario) {
  const simulation = new Simulation(scenario);
  const atStart = simulation.evaluation;
  const block = simulation.advance(simulation.totalSteps);
  const rows = block.timeSeconds.length;
  const width = block.values.length / Math.max(rows, 1);
  const last = (i: number, series: 'secretKeyBits' | 'storedKeyBits') => (rows > 0 ? block.values[(rows - 1) * width + seriesOffset(i, series)]! : 0);
  const report = {
    scenario: scenario.name,
    version: scenario.version,
    durationSeconds: simulation.timeSeconds,
    /** Per request: the state at t = 0, and what the whole run delivered (satellite passes, failures and attacks included). */
    requests: atStart.requests.map((r, i) => ({
      id: r.id,
      protocol: r.protocol,
      path: r.path,
      keyRateBitsPerSecond: r.keyRateBitsPerSecond,
      qber: Number.isNaN(r.qber) ? null : r.qber,
      latencySeconds: r.latencySeconds,
      plobBitsPerSecond: r.plobBitsPerSecond,
      fidelity: Number.isNaN(r.fidelity) ? null : r.fidelity,
      entanglementRatePairsPerSecond: r.entanglementRatePairsPerSecond,
      linkShare: r.linkShare,
      secretKeyBits: last(i, 'secretKeyBits'),
      meanKeyRateBitsPerSecond: simulation.timeSeconds > 0 ? last(i, 'secretKeyBits') / simulation.timeSeconds : 0,
      storedKeyBits: last(i, 'storedKeyBits'),
      noKeyReason: r.noKeyReason,
      notes: r.notes,
      hops: r.hops,
    })),
    links: atStart.links.map((l) => ({
      id: l.id,
      transmittance: l.transmittance,
      lossDb: Number.isFinite(l.lossDb) ? l.lossDb : null,
      latencySeconds: l.latencySeconds,
      plobBitsPerPulse: l.plobBitsPerPulse,
      unavailableReason: l.unavailableReason,
    })),
  };
  return { report, block };
}

export const SIMULATE_USAGE = `usage: qnet simulate FILE.json [--compact | --series]
  Evaluates the scenario in FILE.json over its whole simulated span.
  (default)   the results as JSON: per request and per link, at t = 0 and over the run
  --compact   the same JSON on one line
  --series    the time series as CSV instead: timeSeconds, then for every request
              ${REQUEST_SERIES.join(', ')} (columns named REQUEST.SERIES)
  -h, --help  this help`;

/** `qnet simulate`: the JSON report, or with --series the time series as CSV. */
export async function simulateCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('simulate', args, { compact: { type: 'boolean' }, series: { type: 'boolean' } });
  if (values.help) {
    await io.stdout(SIMULATE_USAGE + '\n');
    return 0;
  }
  if (positionals.length !== 1) throw new CliError(`simulate needs exactly one scenario file, got ${positionals.length} (see qnet simulate --help)`);
  if (values.compact && values.series) throw new CliError('simulate: --compact and --series do not go together');
  const scenario = await readScenarioFile(positionals[0]!);
  const { report, block } = runSimulation(scenario);
  if (!values.series) {
    await io.stdout(JSON.stringify(report, null, values.compact ? undefined : 2) + '\n');
    return 0;
  }
  await io.stdout(seriesHeader(block.requestIds));
  for (const chunk of seriesRows(block)) await io.stdout(chunk);
  return 0;
}
