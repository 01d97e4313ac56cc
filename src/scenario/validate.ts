import type { z } from 'zod';
import { acceptedScenario } from './accepted-elements';
import { jsonSyntaxError, printable } from './json-syntax-error';
import { migrate } from './migrations';
import { schemas, type Scenario } from './schema';

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; errors: string[] };

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
  const migrated = migrate(raw);
  if (!migrated.ok) return migrated;
  // A design plain checks accept as it is needs no zod at all: building the schemas alone took 50–100 ms of a page.
  const accepted = acceptedScenario(migrated.value);
  if (accepted) return { ok: true, scenario: accepted };
  const result = schemas().scenario.safeParse(migrated.value);
  return result.success ? { ok: true, scenario: result.data } : { ok: false, errors: formatIssues(result.error) };
}

/**
 * Deepest nesting of arrays and objects a scenario document may have. Scenarios need 4 (document, nodes, node,
 * params); the limit only stops hostile input, which JSON.parse would spend about 2 µs per level on.
 */
export const MAX_JSON_DEPTH = 64;

/** Deepest array/object nesting in JSON text, by one pass that skips strings (and escapes within them). */
export function jsonNestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
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
