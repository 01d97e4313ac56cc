import type { z } from 'zod';
import { migrate } from './migrations';
import { scenarioSchema, type Scenario } from './schema';

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; errors: string[] };

/** "nodes[1].params.detectorEfficiency" from zod's path array. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

export function formatIssues(error: z.ZodError, max = 20): string[] {
  const lines = error.issues.slice(0, max).map((issue) => {
    const where = formatPath(issue.path);
    return where ? `${where}: ${issue.message}` : issue.message;
  });
  if (error.issues.length > max) lines.push(`…and ${error.issues.length - max} more problems`);
  return lines;
}

/** The one door into the app: URL, file, local storage, worker and CLI all come through here. */
export function parseScenario(raw: unknown): ParseResult {
  const migrated = migrate(raw);
  if (!migrated.ok) return migrated;
  const result = scenarioSchema.safeParse(migrated.value);
  return result.success ? { ok: true, scenario: result.data } : { ok: false, errors: formatIssues(result.error) };
}

export function parseScenarioJson(text: string): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`not valid JSON: ${(e as Error).message}`] };
  }
  return parseScenario(raw);
}
