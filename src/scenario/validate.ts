import type { z } from 'zod';
import { markChecked } from './checked-designs';
import { jsonSyntaxError, printable } from './json-syntax-error';
import { jsonNestingDepth, MAX_JSON_DEPTH, plainParse, type ParseResult } from './plain-parse';
import { schemas } from './schema';

export { jsonNestingDepth, MAX_JSON_DEPTH, type ParseResult } from './plain-parse';

/** "nodes[1].params.detectorEfficiency" from zod's path array. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

export function formatIssues(error: z.ZodError, max = 20): string[] {
  const lines = error.issues.slice(0, max).map((issue) => {
    const where = formatPath(issue.path);
    // A key may hold a newline or other control character; a message stays one line.
    return printable(where ? `${where}: ${issue.message}` : issue.message);
  });
  if (error.issues.length > max) lines.push(`…and ${error.issues.length - max} more problems`);
  return lines;
}

/** The one door into the app: URL, file, local storage, worker and CLI all come through here. */
export function parseScenario(raw: unknown): ParseResult {
  // A design plain checks accept as it is needs no zod at all: building the schemas alone took 50–100 ms of a page.
  const plain = plainParse(raw);
  return 'result' in plain ? plain.result : parseWithSchema(plain.needsSchema);
}

/** parseScenario's second half: zod's check of a migrated document the plain checks did not accept, which words every message. */
export function parseWithSchema(migrated: unknown): ParseResult {
  const result = schemas().scenario.safeParse(migrated);
  return result.success ? { ok: true, scenario: markChecked(result.data) } : { ok: false, errors: formatIssues(result.error) };
}

export function parseScenarioJson(withBom: string): ParseResult {
  // A UTF-8 byte-order mark (some editors write one) is not JSON; a browser's File.text() drops it, so drop it here too.
  const text = withBom.charCodeAt(0) === 0xfeff ? withBom.slice(1) : withBom;
  const depth = jsonNestingDepth(text);
  if (depth > MAX_JSON_DEPTH) return { ok: false, errors: [`document is nested ${depth} levels deep (limit ${MAX_JSON_DEPTH})`] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, errors: [`not valid JSON at ${jsonSyntaxError(text)}`] };
  }
  return parseScenario(raw);
}
