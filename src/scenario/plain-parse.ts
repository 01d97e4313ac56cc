import { acceptedScenario } from './accepted-elements';
import { markChecked } from './checked-designs';
import { migrate } from './migrations';
import type { Scenario } from './schema';

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; errors: string[] };

/** What parsing can settle without the schema (zod): a migration's refusal or a design plain checks accept; else the migrated document. */
export type PlainParse = { result: ParseResult } | { needsSchema: unknown };

/**
 * parseScenario's first half, free of zod so a page can open a design before the schema's code arrives: a design the
 * plain checks accept as it is (src/scenario/accepted-elements.ts) is the one zod would give back.
 */
export function plainParse(raw: unknown): PlainParse {
  const migrated = migrate(raw);
  if (!migrated.ok) return { result: migrated };
  const accepted = acceptedScenario(migrated.value);
  return accepted ? { result: { ok: true, scenario: markChecked(accepted) } } : { needsSchema: migrated.value };
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
