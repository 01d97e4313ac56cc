import type { Scenario } from './schema';

/** The element lists of a scenario. */
export type Collection = 'nodes' | 'links' | 'requests';
export const PATCH_COLLECTIONS: readonly Collection[] = ['nodes', 'links', 'requests'];

/** An element replaced at its place: [index, the new element]. */
export type ElementChange = [index: number, element: unknown];

/**
 * What an edit changed in a design whose elements keep their places, ids and ends: what the page posts to the engine
 * instead of the whole design, so an edit on 10,000 nodes copies a few elements across the worker boundary, not all.
 */
export interface ScenarioPatch {
  /** Top-level fields other than the element lists that changed (name, settings, …), whole. */
  fields: Record<string, unknown>;
  nodes: ElementChange[];
  links: ElementChange[];
  requests: ElementChange[];
}

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Ids and ends: what the scenario's cross-checks (unique ids, ends that exist, events naming them) read. */
export function sameReferences(a: unknown, b: unknown): boolean {
  if (!isRecord(a) || !isRecord(b)) return false;
  return a.id === b.id && a.kind === b.kind && a.source === b.source && a.target === b.target;
}

/**
 * The patch taking `before` to `after`, or null when the edit added, removed, reordered, renamed or rewired elements
 * (then the whole design is sent). Elements are compared by reference: the editor's updates share what they leave.
 */
export function scenarioPatch(before: Scenario, after: Scenario): ScenarioPatch | null {
  const keys = Object.keys(after);
  if (keys.length !== Object.keys(before).length || keys.some((k) => !(k in before))) return null;
  const patch: ScenarioPatch = { fields: {}, nodes: [], links: [], requests: [] };
  for (const key of keys as (keyof Scenario)[]) {
    if (PATCH_COLLECTIONS.includes(key as Collection) || after[key] === before[key]) continue;
    patch.fields[key] = after[key];
  }
  for (const collection of PATCH_COLLECTIONS) {
    const was: readonly unknown[] = before[collection];
    const now: readonly unknown[] = after[collection];
    if (was === now) continue;
    if (was.length !== now.length) return null;
    for (let i = 0; i < now.length; i++) {
      if (now[i] === was[i]) continue;
      if (!sameReferences(now[i], was[i])) return null;
      patch[collection].push([i, now[i]]);
    }
  }
  return patch;
}

/** The design `base` becomes under `patch` (not validated); `base` is left as it was. */
export function applyPatch(base: Record<string, unknown>, patch: ScenarioPatch): Record<string, unknown> {
  const next: Record<string, unknown> = { ...base, ...patch.fields };
  for (const collection of PATCH_COLLECTIONS) {
    if (patch[collection].length === 0) continue;
    const items = Array.isArray(base[collection]) ? (base[collection] as unknown[]).slice() : [];
    for (const [index, element] of patch[collection]) items[index] = element;
    next[collection] = items;
  }
  return next;
}

/** Elements the patch carries, for deciding whether it is worth sending instead of the design. */
export function patchSize(patch: ScenarioPatch): number {
  return Object.keys(patch.fields).length + patch.nodes.length + patch.links.length + patch.requests.length;
}
