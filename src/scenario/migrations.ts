import { SCENARIO_VERSION } from './schema-constants';

type Migrated = { ok: true; value: unknown } | { ok: false; errors: string[] };
export type MigrationTable = Readonly<Record<number, (doc: Record<string, unknown>) => Record<string, unknown>>>;

/**
 * Version 1 → 2: an entanglement request's `params.minimumFidelity` (0 = none) became the request field `minFidelity`,
 * which routing now honours. Everything else added in version 2 is optional or has a default that reproduces version 1.
 */
function liftMinimumFidelity(doc: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(doc.requests)) return doc;
  const requests = doc.requests.map((request: unknown) => {
    if (typeof request !== 'object' || request === null || Array.isArray(request)) return request;
    const r = request as Record<string, unknown>;
    const params = r.params;
    if (r.protocol !== 'entanglement' || typeof params !== 'object' || params === null || Array.isArray(params) || !('minimumFidelity' in params)) return r;
    const { minimumFidelity, ...rest } = params as Record<string, unknown>;
    // 0 meant "no minimum"; anything else (even a bad value, which validation then reports) moves across unchanged.
    return minimumFidelity === 0 ? { ...r, params: rest } : { ...r, minFidelity: minimumFidelity, params: rest };
  });
  return { ...doc, requests };
}

/** Each entry lifts a document from version N to N + 1. Add one whenever the schema changes shape. */
export const MIGRATIONS: MigrationTable = { 1: liftMinimumFidelity };

/** Lift a document to `targetVersion` through the table, one version at a time; refuse what cannot be read. */
export function migrateWith(raw: unknown, migrations: MigrationTable, targetVersion: number): Migrated {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, errors: ['a scenario must be a JSON object'] };
  }
  let doc = raw as Record<string, unknown>;
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, errors: [`version: must be a whole number (this app writes version ${targetVersion})`] };
  }
  if (version > targetVersion) {
    return { ok: false, errors: [`version: ${version} was written by a newer QNet Designer; this one reads up to version ${targetVersion}`] };
  }
  for (let v = version; v < targetVersion; v++) {
    const step = migrations[v];
    if (!step) return { ok: false, errors: [`version: no migration from version ${v}`] };
    doc = { ...step(doc), version: v + 1 };
  }
  return { ok: true, value: doc };
}

export function migrate(raw: unknown): Migrated {
  return migrateWith(raw, MIGRATIONS, SCENARIO_VERSION);
}
