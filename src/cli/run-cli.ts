import { readFile, stat } from 'node:fs/promises';
import { parseScenarioJson } from '../scenario/validate';
import { simulationReport } from './simulate-command';

/** Files bigger than this are refused before reading: no scenario within the schema's limits comes close. */
export const MAX_SCENARIO_FILE_BYTES = 20 * 1024 * 1024;

export const USAGE = `usage: qnet simulate FILE.json [--compact]
  simulate   evaluate the scenario in FILE.json and print the results as JSON`;

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Runs one CLI invocation; returns the process exit code. */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE + '\n');
    return 0;
  }
  if (command !== 'simulate') {
    io.stderr(`qnet: ${command ? `unknown command "${command}"` : 'missing command'}\n${USAGE}\n`);
    return 2;
  }
  const compact = rest.includes('--compact');
  const files = rest.filter((a) => !a.startsWith('--'));
  if (files.length !== 1) {
    io.stderr(`qnet: simulate needs exactly one scenario file\n${USAGE}\n`);
    return 2;
  }
  const file = files[0]!;
  let text: string;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    if (info.size > MAX_SCENARIO_FILE_BYTES) {
      io.stderr(`qnet: ${file} is ${(info.size / 1048576).toFixed(1)} MB; scenario files are limited to ${MAX_SCENARIO_FILE_BYTES / 1048576} MB\n`);
      return 1;
    }
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a file' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    io.stderr(`qnet: cannot read ${file}: ${reason}\n`);
    return 1;
  }
  const parsed = parseScenarioJson(text);
  if (!parsed.ok) {
    io.stderr(`qnet: ${file} is not a valid scenario: ${parsed.errors.join('; ')}\n`);
    return 1;
  }
  const report = simulationReport(parsed.scenario);
  io.stdout(JSON.stringify(report, null, compact ? undefined : 2) + '\n');
  return 0;
}
