import { passReport } from '../engine/pass-report';
import { CliError } from './cli-error';
import type { CliIo } from './cli-io';
import { parseCommandArgs } from './command-args';
import { readScenarioFile } from './read-scenario-file';

export const PASSES_USAGE = `usage: qnet passes FILE.json [--hours H]
  Lists every pass of every satellite over every located station as JSON: start and end (UTC and simulated seconds),
  maximum elevation, minimum slant range, time above the station's minimum elevation, and whether it is usable
  (elevation; night, when the station sets a highest Sun elevation and the scenario has a date).
  --hours H   how long to search from t = 0 (default: the run's duration; at most 31 days)`;

/** Longest search: SGP4 elements drift by kilometres a day, so a month of passes is already a forecast. */
const MAX_HOURS = 31 * 24;

export async function passesCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('passes', args, { hours: { type: 'string' } });
  if (values.help) {
    await io.stdout(PASSES_USAGE + '\n');
    return 0;
  }
  if (positionals.length !== 1) throw new CliError(`passes: expected one scenario file, got ${positionals.length} (see qnet passes --help)`);
  let spanSeconds: number | undefined;
  if (values.hours !== undefined) {
    const hours = Number(values.hours);
    if (!Number.isFinite(hours) || hours <= 0 || hours > MAX_HOURS) throw new CliError(`passes: --hours must be a number above 0 and at most ${MAX_HOURS}, not "${values.hours}"`);
    spanSeconds = hours * 3600;
  }
  const scenario = await readScenarioFile(positionals[0]!);
  if (!scenario.nodes.some((n) => n.kind === 'satellite')) throw new CliError(`${positionals[0]} has no satellite, so there are no passes`, 1);
  if (!scenario.nodes.some((n) => n.kind !== 'satellite' && n.location)) throw new CliError(`${positionals[0]} has no station with a geographic location to pass over`, 1);
  const report = passReport(scenario, spanSeconds ?? Math.min(scenario.settings.durationSeconds, MAX_HOURS * 3600));
  // Milliseconds, metres and thousandths of a degree are finer than the model: round for reading.
  await io.stdout(JSON.stringify(report, (_, v: unknown) => (typeof v === 'number' ? Math.round(v * 1000) / 1000 : v), 2) + '\n');
  return 0;
}
