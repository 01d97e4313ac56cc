import { printable } from '../scenario/json-syntax-error';
import { CliError } from './cli-error';
import type { CliIo } from './cli-io';
import { qnetVersion } from './cli-version';
import { exportCommand, importCommand } from './convert-commands';
import { mergeCommand } from './merge-command';
import { optimiseCommand } from './optimise-command';
import { passesCommand } from './passes-command';
import { simulateCommand } from './simulate-command';
import { sweepCommand } from './sweep-command';

export type { CliIo } from './cli-io';
export { MAX_SCENARIO_FILE_BYTES } from './read-scenario-file';

export const USAGE = `usage: qnet <command> [options]   (qnet <command> --help for a command's options)
  simulate FILE.json                     evaluate a scenario; JSON results, or the time series as CSV with --series
  sweep FILE.json --set PATH=VALUES      evaluate a grid of parameter values; CSV or NDJSON, shardable over a cluster
  merge DIR                              join a sharded sweep's parts into the output of an unsharded run
  optimise FILE.json                     choose which candidate trusted nodes and repeaters to keep to meet key-rate and fidelity targets
  passes FILE.json [--hours H]           every satellite pass over every station (UTC, elevation, range, night) as JSON
  export --to sequence|quisp FILE.json   the network for SeQUeNCe (JSON) or QuISP (.ned + .ini)
  import --from sequence FILE.json       a scenario from a SeQUeNCe JSON topology
  --version                              print the version
  --help                                 this help`;

const COMMANDS: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  simulate: simulateCommand,
  sweep: sweepCommand,
  merge: mergeCommand,
  optimise: optimiseCommand,
  passes: passesCommand,
  export: exportCommand,
  import: importCommand,
};

/** Runs one CLI invocation; returns the process exit code. Every failure is one line on stderr. */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  if (command === '--help' || command === '-h' || command === 'help') {
    await io.stdout(USAGE + '\n');
    return 0;
  }
  if (command === '--version' || command === '-V') {
    await io.stdout(qnetVersion() + '\n');
    return 0;
  }
  const run = command === undefined ? undefined : COMMANDS[command];
  if (!run) {
    io.stderr(`qnet: ${command ? `unknown command "${command}"` : 'missing command'}; commands: ${Object.keys(COMMANDS).join(', ')} (see qnet --help)\n`);
    return 2;
  }
  try {
    return await run(rest, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr(`qnet: ${oneLine(e.message)}\n`);
      return e.exitCode;
    }
    io.stderr(`qnet: internal error: ${oneLine((e as Error).message ?? String(e))}\n`);
    return 1;
  }
}

/** A message's lines joined, and any other control character (a file name may hold one) escaped. */
function oneLine(text: string): string {
  return printable(text.replace(/\s*\n\s*/g, ' '));
}
