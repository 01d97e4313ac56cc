import { readFile, stat } from 'node:fs/promises';
import type { Scenario } from '../scenario/schema';
import { parseScenarioJson } from '../scenario/validate';
import { CliError } from './cli-error';

/** Files bigger than this are refused before reading: no scenario within the schema's limits comes close. */
export const MAX_SCENARIO_FILE_BYTES = 20 * 1024 * 1024;

/** Reads and validates a scenario file; a missing, huge or invalid file is a CliError with exit code 1. */
export async function readScenarioFile(file: string): Promise<Scenario> {
  let text: string;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    if (!info.isFile()) throw new CliError(`cannot read ${file}: not a regular file (a device, pipe or socket)`, 1);
    if (info.size > MAX_SCENARIO_FILE_BYTES) {
      throw new CliError(`${file} is ${(info.size / 1048576).toFixed(1)} MB; scenario files are limited to ${MAX_SCENARIO_FILE_BYTES / 1048576} MB`, 1);
    }
    text = await readFile(file, 'utf8');
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`cannot read ${file}: ${readFailure(e)}`, 1);
  }
  const parsed = parseScenarioJson(text);
  if (!parsed.ok) {
    const [first] = parsed.errors;
    throw new CliError(first?.startsWith('not valid JSON') ? `${file} is ${first}` : `${file} is not a valid scenario: ${parsed.errors.join('; ')}`, 1);
  }
  return parsed.scenario;
}

/** A file-system error in a few words. */
export function readFailure(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a file' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
}
