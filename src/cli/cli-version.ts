import { readFileSync } from 'node:fs';

let version: string | undefined;

/** The version in package.json: printed by --version and written into every shard manifest. */
export function qnetVersion(): string {
  return (version ??= (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version);
}
