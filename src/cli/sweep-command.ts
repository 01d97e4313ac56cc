import { availableParallelism } from 'node:os';
import { readFile } from 'node:fs/promises';
import { jsonSyntaxError } from '../scenario/json-syntax-error';
import { CliError } from './cli-error';
import type { CliIo } from './cli-io';
import { qnetVersion } from './cli-version';
import { integerOption, parseCommandArgs } from './command-args';
import { progressBar } from './progress-bar';
import { readFailure, readScenarioFile } from './read-scenario-file';
import { REQUEST_METRICS } from './request-metrics';
import { DEFAULT_TIME_LIMIT_SECONDS, TIME_LIMIT_EXIT_CODE, timeLimitOption } from './simulate-command';
import { openShardPart } from './shard-files';
import { shardRange, shardSelection } from './shard-selection';
import { buildSweepPlan, specHash, SWEEP_FORMATS, type SweepFormat } from './sweep-plan';
import { sweepHeader, sweepRow } from './sweep-point';
import { runPoints } from './sweep-runner';
import { parseSetOption, parseSpec, type SweepAsk } from './sweep-values';

export const SWEEP_USAGE = `usage: qnet sweep FILE.json (--set PATH=VALUES)... [--spec SPEC.json] [options]
  Evaluates the scenario once per point of a grid of parameter values, as qnet simulate does, and prints one row per point.
  --set PATH=VALUES   PATH: nodes.ID.params.NAME, links.ID.params.NAME, requests.ID.params.NAME, requests.ID.FIELD,
                      settings.NAME or seed; VALUES: start:stop:count (inclusive, evenly spaced) or a list a,b,c.
                      Repeat --set for a cartesian grid (the first parameter varies slowest).
  --spec SPEC.json    parameters from a file: {"parameters": [{"path": ..., "values": [...]}
                      or {"path": ..., "start": 0, "stop": 300, "count": 61}]}
  --format csv|ndjson output format (default csv); columns: the parameters, then per request ID.METRIC with METRIC in
                      ${REQUEST_METRICS.join(', ')}; missing values are empty (CSV) or null
  --threads K         points evaluated in parallel (default: all cores, here ${availableParallelism()}, unless the sweep is too
                      small to repay starting worker threads); output order is by point
  --out DIR           write this shard's part and manifest into DIR (join them with qnet merge DIR)
  --shard-index I --shard-count N
                      compute only shard I of N (contiguous point ranges); without them, with --out, the shard comes
                      from SLURM_ARRAY_TASK_ID/_COUNT/_MIN, JOB_COMPLETION_INDEX with QNET_SHARD_COUNT, or
                      AWS_BATCH_JOB_ARRAY_INDEX with AWS_BATCH_JOB_ARRAY_SIZE
  --time-limit SECONDS
                      wall-clock time each point may take (default ${DEFAULT_TIME_LIMIT_SECONDS}; 0 for none); a point that runs
                      past it stops the sweep after the rows before it, with exit code ${TIME_LIMIT_EXIT_CODE}
  Each point's random seed comes from the scenario's seed and the point's index, so sharding never changes results.`;

const OPTIONS = {
  set: { type: 'string', multiple: true },
  spec: { type: 'string' },
  format: { type: 'string' },
  threads: { type: 'string' },
  out: { type: 'string' },
  'shard-index': { type: 'string' },
  'shard-count': { type: 'string' },
  'time-limit': { type: 'string' },
} as const;

async function readSpec(file: string): Promise<SweepAsk[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new CliError(`cannot read ${file}: ${readFailure(e)}`, 1);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new CliError(`${file} is not valid JSON at ${jsonSyntaxError(text)}`);
  }
  return parseSpec(raw, file);
}

/** `qnet sweep`: a grid of points to stdout, or one shard of it to --out DIR. */
export async function sweepCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('sweep', args, OPTIONS);
  if (values.help) {
    await io.stdout(SWEEP_USAGE + '\n');
    return 0;
  }
  if (positionals.length !== 1) throw new CliError(`sweep needs exactly one scenario file, got ${positionals.length} (see qnet sweep --help)`);
  const format = (values.format ?? 'csv') as SweepFormat;
  if (!SWEEP_FORMATS.includes(format)) throw new CliError(`--format must be ${SWEEP_FORMATS.join(' or ')}, not "${values.format}"`);
  const threads = integerOption('--threads', values.threads, 1) ?? 'auto';
  const timeLimitSeconds = timeLimitOption(values['time-limit']);
  const sharded = values['shard-index'] !== undefined || values['shard-count'] !== undefined;
  if (sharded && values.out === undefined) throw new CliError('--shard-index and --shard-count need --out DIR for the shard\'s part and manifest');

  const base = await readScenarioFile(positionals[0]!);
  const asks = [...(values.spec !== undefined ? await readSpec(values.spec) : []), ...(values.set ?? []).map(parseSetOption)];
  const plan = { ...buildSweepPlan(base, asks, format), timeLimitSeconds };

  const selection = values.out !== undefined ? shardSelection({ shardIndex: values['shard-index'], shardCount: values['shard-count'] }, io.env ?? {}) : { index: 0, count: 1, source: 'default' };
  const range = shardRange(plan.pointCount, selection.index, selection.count);
  const progress = progressBar(range.end - range.start, (text) => io.stderr(text), io.stderrIsTerminal === true);

  if (values.out === undefined) {
    await io.stdout(sweepHeader(plan));
    try {
      await runPoints(plan, range, threads, async (index, cells) => {
        await io.stdout(sweepRow(plan, cells));
        progress.tick(index - range.start + 1);
      });
    } finally {
      // Cleared on failure too, so the message after it starts a clean line.
      progress.end();
    }
    return 0;
  }
  const part = await openShardPart(values.out, {
    kind: 'qnet-sweep-shard',
    qnetVersion: qnetVersion(),
    specHash: specHash(plan),
    format,
    header: sweepHeader(plan),
    pointCount: plan.pointCount,
    shardIndex: selection.index,
    shardCount: selection.count,
    pointStart: range.start,
    pointEnd: range.end,
  });
  try {
    await runPoints(plan, range, threads, async (index, cells) => {
      await part.write(sweepRow(plan, cells));
      progress.tick(index - range.start + 1);
    });
  } catch (e) {
    progress.end();
    await part.abandon();
    throw e;
  }
  progress.end();
  await part.finish();
  return 0;
}
