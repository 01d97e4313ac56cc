import { deepEqual } from '../../scenario/deep-equal';
import type { Scenario, ScenarioNode } from '../../scenario/schema';

/** What an edit changed, as far as the physics can tell; `whole` when the network's shape or the run's rules changed. */
export type ScenarioChanges =
  | { whole: true }
  | {
      whole: false;
      /** Links whose own definition changed (same id, ends and kind). */
      linkIds: Set<string>;
      /** Nodes whose physics changed (same id and kind; position and label carry no physics). */
      nodeIds: Set<string>;
      /** Requests added or changed. */
      requestIds: Set<string>;
      /** Requests that are gone. */
      removedRequestIds: Set<string>;
      /** Links and nodes added or removed: the routing graph is rebuilt, the rest of it kept in the same order. */
      addedLinkIds: Set<string>;
      removedLinkIds: Set<string>;
      removedNodeIds: Set<string>;
    };

function physicsOf(node: ScenarioNode): unknown {
  return { ...node, position: undefined, label: undefined };
}

function sameIdsInOrder<T extends { id: string }>(before: readonly T[], after: readonly T[]): boolean {
  for (let i = 0; i < after.length; i++) if (before[i] !== after[i] && before[i]!.id !== after[i]!.id) return false;
  return true;
}

/**
 * Elements of `after` matched by id with `before`: which are added and which removed, or null when the ones kept
 * are in another order (path searches break exact ties by the order of links and nodes, so it must not move).
 */
function matchById<T extends { id: string }>(before: readonly T[], after: readonly T[], changed: (a: T, b: T) => 'same' | 'changed' | 'whole', out: Set<string>): { added: Set<string>; removed: Set<string> } | null {
  const added = new Set<string>();
  if (before.length === after.length && sameIdsInOrder(before, after)) {
    // The usual edit (a value changed in place): only the elements that are new objects are compared.
    for (let i = 0; i < after.length; i++) {
      if (before[i] === after[i]) continue;
      const verdict = changed(before[i]!, after[i]!);
      if (verdict === 'whole') return null;
      if (verdict === 'changed') out.add(after[i]!.id);
    }
    return { added, removed: new Set() };
  }
  const at = new Map(before.map((b, i) => [b.id, i]));
  let last = -1;
  for (let i = 0; i < after.length; i++) {
    const b = after[i]!;
    const j = at.get(b.id);
    if (j === undefined) {
      added.add(b.id);
      continue;
    }
    if (j < last) return null;
    last = j;
    const a = before[j]!;
    if (a === b) continue;
    const verdict = changed(a, b);
    if (verdict === 'whole') return null;
    if (verdict === 'changed') out.add(b.id);
  }
  const kept = new Set(after.map((b) => b.id));
  return { added, removed: new Set(before.filter((a) => !kept.has(a.id)).map((a) => a.id)) };
}

/**
 * Compares two validated scenarios element by element, matching nodes, links and requests by id. Anything that
 * reorders or rewires the routing graph (nodes or links kept but moved in the list, a link with other ends or kind, a
 * node changing kind) or changes the run's seed, start time or events asks for a whole evaluation.
 */
export function scenarioChanges(before: Scenario, after: Scenario): ScenarioChanges {
  // The start time places real orbits (and the Sun) at t = 0.
  if (before.seed !== after.seed || before.settings.startTimeUtc !== after.settings.startTimeUtc || !deepEqual(before.events, after.events)) return { whole: true };
  const nodeIds = new Set<string>();
  const nodes = matchById(before.nodes, after.nodes, (a, b) => (a.kind !== b.kind ? 'whole' : deepEqual(physicsOf(a), physicsOf(b)) ? 'same' : 'changed'), nodeIds);
  if (!nodes) return { whole: true };
  const linkIds = new Set<string>();
  const links = matchById(before.links, after.links, (a, b) =>
    a.kind !== b.kind || a.source !== b.source || a.target !== b.target ? 'whole' : deepEqual({ ...a, label: undefined }, { ...b, label: undefined }) ? 'same' : 'changed',
  linkIds);
  if (!links) return { whole: true };
  // The requests untouched (an edit of a link or node keeps the very array): nothing to compare.
  if (before.requests === after.requests) return { whole: false, linkIds, nodeIds, requestIds: new Set(), removedRequestIds: new Set(), addedLinkIds: links.added, removedLinkIds: links.removed, removedNodeIds: nodes.removed };
  const earlier = new Map(before.requests.map((r) => [r.id, r]));
  const requestIds = new Set<string>();
  for (const r of after.requests) {
    const old = earlier.get(r.id);
    if (old !== r && !(old && deepEqual({ ...old, label: undefined }, { ...r, label: undefined }))) requestIds.add(r.id);
  }
  const remaining = new Set(after.requests.map((r) => r.id));
  const removedRequestIds = new Set(before.requests.filter((r) => !remaining.has(r.id)).map((r) => r.id));
  return { whole: false, linkIds, nodeIds, requestIds, removedRequestIds, addedLinkIds: links.added, removedLinkIds: links.removed, removedNodeIds: nodes.removed };
}
