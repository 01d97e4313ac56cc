import { acceptedLink, acceptedNode, acceptedRequest } from './accepted-elements';
import { applyPatch, isRecord, PATCH_COLLECTIONS as COLLECTIONS, sameReferences, type Collection, type ScenarioPatch } from './scenario-patch';
import { schemas, SCENARIO_VERSION, type Scenario } from './schema';
import { parseScenario, type ParseResult } from './validate';

/** Structural equality in which a key holding undefined still counts (zod's strict objects refuse such a key). */
function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((v, i) => sameValue(v, (b as unknown[])[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** A changed element checked by its own schema, or null when it fails or is renamed or rewired. */
function checkedElement(collection: Collection, item: unknown, before: unknown): unknown {
  if (!isRecord(item) || !sameReferences(item, before)) return null;
  // The plain checks first: they give what zod would, and an edit then builds no schema (20–50 ms of a first edit).
  const accepted = collection === 'nodes' ? acceptedNode(item) : collection === 'links' ? acceptedLink(item) : acceptedRequest(item);
  if (accepted) return accepted;
  const schema = collection === 'nodes' ? schemas().node : collection === 'links' ? schemas().link : schemas().request;
  const checked = schema.safeParse(item);
  return checked.success ? checked.data : null;
}

/**
 * parseScenario for a document that may differ from an already validated one only inside some elements (an edit
 * while the design runs): equal elements are taken as they were validated, changed ones are checked by their own
 * schema, and anything else (elements added, removed, renamed or rewired, other fields changed, or a changed element
 * that fails) goes through parseScenario whole, so the answer and its messages are always parseScenario's.
 */
export function parseScenarioAgainst(previous: Scenario, raw: unknown): ParseResult {
  const whole = () => parseScenario(raw);
  if (!isRecord(raw) || raw.version !== SCENARIO_VERSION) return whole();
  const keys = Object.keys(raw);
  if (keys.length !== Object.keys(previous).length || keys.some((k) => !(k in previous))) return whole();
  for (const key of keys) if (!COLLECTIONS.includes(key as Collection) && !sameValue(raw[key], previous[key as keyof Scenario])) return whole();
  const next: Record<string, unknown> = { ...previous };
  for (const collection of COLLECTIONS) {
    const items = raw[collection];
    const before = previous[collection] as unknown as Record<string, unknown>[];
    if (!Array.isArray(items) || items.length !== before.length) return whole();
    let copy: unknown[] | null = null;
    for (let i = 0; i < items.length; i++) {
      const item: unknown = items[i];
      if (sameValue(item, before[i])) continue;
      const checked = checkedElement(collection, item, before[i]);
      if (checked === null) return whole();
      (copy ??= before.slice())[i] = checked;
    }
    if (copy) next[collection] = copy;
  }
  return { ok: true, scenario: next as Scenario };
}

/**
 * parseScenario of `previous` with `patch` applied, where `previous` is validated: only the patched elements are
 * checked (nothing is compared), and anything the element checks cannot answer goes through parseScenario whole.
 */
export function parsePatched(previous: Scenario, patch: ScenarioPatch): ParseResult {
  const whole = () => parseScenario(applyPatch(previous as unknown as Record<string, unknown>, patch));
  if (Object.keys(patch.fields).length > 0) return whole();
  const next: Record<string, unknown> = { ...previous };
  for (const collection of COLLECTIONS) {
    if (patch[collection].length === 0) continue;
    const items = (previous[collection] as unknown[]).slice();
    for (const [index, item] of patch[collection]) {
      if (!Number.isInteger(index) || index < 0 || index >= items.length) return whole();
      const checked = checkedElement(collection, item, items[index]);
      if (checked === null) return whole();
      items[index] = checked;
    }
    next[collection] = items;
  }
  return { ok: true, scenario: next as Scenario };
}
