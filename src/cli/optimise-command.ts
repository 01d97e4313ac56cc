import highsLoader from 'highs';
import { writeFile } from 'node:fs/promises';
import { highsSolve } from '../engine/optimise/highs-solve';
import { OBJECTIVES, optimisePlacement, type Objective } from '../engine/optimise/optimise-placement';
import { CliError } from './cli-error';
import type { CliIo } from './cli-io';
import { parseCommandArgs } from './command-args';
import { readFailure, readScenarioFile } from './read-scenario-file';

export const OPTIMISE_USAGE = `usage: qnet optimise FILE.json [options]
  Chooses which candidate sites ("candidate": true on a trusted node or repeater) to keep so every decoy-BB84 request
  meets its key-rate target (minKeyRateBitsPerSecond) and every entanglement request its delivered fidelity
  (minFidelity, and its key rate if set) over a repeater chain; a site not kept becomes a fibre junction. Prints JSON.
  --min-key-rate BITS_PER_S   key-rate target for every planned request (overrides each request's own)
  --min-fidelity F            delivered-fidelity floor for every entanglement request (overrides each one's own)
  --disjoint-routes K         each planned request needs K node-disjoint routes, each meeting its targets (default 1)
  --objective fewest-relays|lowest-cost|max-min-rate   what to optimise (default fewest-relays)
  --budget COST_UNITS         for max-min-rate: the most the kept sites' costUnits may add up to
  --time-limit SECONDS        stop the exact search after this long and report the gap (default 60)
  --write OUT.json            write the optimised scenario
  --compact                   one line of JSON`;

function positiveNumber(name: string, text: string | undefined, allowZero = false): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < 0 || (!allowZero && value === 0)) {
    throw new CliError(`${name} must be a number ${allowZero ? 'of at least 0' : 'greater than 0'}, not "${text}"`);
  }
  return value;
}

/** `qnet optimise`: relay placement by a mixed-integer program (HiGHS), the engine's physics judging every hop. */
export async function optimiseCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('optimise', args, {
    'min-key-rate': { type: 'string' },
    'min-fidelity': { type: 'string' },
    'disjoint-routes': { type: 'string' },
    objective: { type: 'string' },
    budget: { type: 'string' },
    'time-limit': { type: 'string' },
    write: { type: 'string' },
    compact: { type: 'boolean' },
  });
  if (values.help) {
    await io.stdout(OPTIMISE_USAGE + '\n');
    return 0;
  }
  if (positionals.length !== 1) throw new CliError(`optimise needs exactly one scenario file, got ${positionals.length} (see qnet optimise --help)`);
  const objective = (values.objective ?? 'fewest-relays') as Objective;
  if (!OBJECTIVES.includes(objective)) throw new CliError(`--objective must be one of ${OBJECTIVES.join(', ')}, not "${values.objective}"`);
  const minFidelity = positiveNumber('--min-fidelity', values['min-fidelity']);
  if (minFidelity !== undefined && minFidelity > 1) throw new CliError(`--min-fidelity must be at most 1, not "${values['min-fidelity']}"`);
  const routes = positiveNumber('--disjoint-routes', values['disjoint-routes']) ?? 1;
  if (!Number.isInteger(routes) || routes > 10) throw new CliError(`--disjoint-routes must be a whole number from 1 to 10, not "${values['disjoint-routes']}"`);
  const minKeyRate = positiveNumber('--min-key-rate', values['min-key-rate']);
  const budget = positiveNumber('--budget', values.budget, true);
  const timeLimit = positiveNumber('--time-limit', values['time-limit']) ?? 60;
  if (budget !== undefined && objective !== 'max-min-rate') throw new CliError('--budget goes with --objective max-min-rate');
  const scenario = await readScenarioFile(positionals[0]!);
  const solve = highsSolve(await highsLoader());
  const outcome = optimisePlacement(scenario, solve, {
    objective, minKeyRateBitsPerSecond: minKeyRate, minFidelity, disjointRoutes: routes, budgetCostUnits: budget, timeLimitSeconds: timeLimit, now: () => performance.now() / 1000,
  });
  if (!outcome.ok) throw new CliError(`optimise: ${outcome.message}`, 1);
  if (values.write !== undefined) {
    try {
      await writeFile(values.write, JSON.stringify(outcome.scenario, null, 2) + '\n');
    } catch (e) {
      throw new CliError(`cannot write ${values.write}: ${readFailure(e)}`, 1);
    }
  }
  const report = {
    objective: outcome.objective,
    chosen: outcome.chosen,
    removed: outcome.removed,
    objectiveValue: outcome.objectiveValue,
    optimal: outcome.optimal,
    bound: outcome.bound,
    gap: outcome.gap,
    method: outcome.method,
    seconds: outcome.seconds,
    requests: outcome.requests,
  };
  await io.stdout(JSON.stringify(report, null, values.compact ? undefined : 2) + '\n');
  return 0;
}
