import { chshValueOf, concurrenceOf, visibilitiesOf, type EntanglementDelivery } from '../engine/entanglement/delivered-pair';
import { Simulation } from '../engine/simulation';
import type { Scenario } from '../scenario/schema';
import { CliError } from './cli-error';
import { requestTgwBitsPerSecond } from './request-metrics';
import type { CliIo } from './cli-io';
import { parseCommandArgs } from './command-args';
import { readScenarioFile } from './read-scenario-file';
import { seriesHeader, seriesRows } from './series-csv';
import { REQUEST_SERIES, seriesOffset } from './series-layout';

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
export function simulationReport(scenario: Scenario) {
  return runSimulation(scenario).report;
}

export type SimulationReport = ReturnType<typeof runSimulation>['report'];

/** Runs the whole simulated span once: the report and the time series it was read from. */
export function runSimulation(scenario: Scenario) {
  const simulation = new Simulation(scenario);
  const atStart = simulation.evaluation;
  const block = simulation.advance(simulation.totalSteps, REQUEST_SERIES);
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
    // The TGW bound beside PLOB, as the sweep reports it (null where there is no bound).
    const transmittanceOf = new Map(report.links.map((l) => [l.id, l.transmittance]));
    const withTgw = { ...report, requests: report.requests.map((r) => ({ ...r, tgwBitsPerSecond: orNull(requestTgwBitsPerSecond(r, transmittanceOf)) })) };
    await io.stdout(JSON.stringify(withTgw, null, values.compact ? undefined : 2) + '\n');
    return 0;
  }
  await io.stdout(seriesHeader(block.requestIds));
  for (const chunk of seriesRows(block)) await io.stdout(chunk);
  return 0;
}
