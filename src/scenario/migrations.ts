import { SCENARIO_VERSION } from './schema';

type Migrated = { ok: true; value: unknown } | { ok: false; errors: string[] };

/** Each entry lifts a document from version N to N + 1. Add one whenever the schema changes shape. */
const MIGRATIONS: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {};

export function migrate(raw: unknown): Migrated {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, errors: ['a scenario must be a JSON object'] };
  }
  let doc = raw as Record<string, unknown>;
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, errors: ['version: must be a whole number (this app writes version ' + SCENARIO_VERSION + ')'] };
  }
  if (version > SCENARIO_VERSION) {
    return { ok: false, errors: [`version: ${version} was written by a newer QNet Designer; this one reads up to version ${SCENARIO_VERSION}`] };
  }
  for (let v = version; v < SCENARIO_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, errors: [`version: no migration from version ${v}`] };
    doc = { ...step(doc), version: v + 1 };
  }
  return { ok: true, value: doc };
}
