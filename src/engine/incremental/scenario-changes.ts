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
    };

function physicsOf(node: ScenarioNode): unknown {
  return { ...node, position: undefined, label: undefined };
}

/**
 * Compares two validated scenarios element by element. Anything that moves the routing graph (nodes or links added,
 * removed, reordered or rewired, a node changing kind) or the run's seed, start time or events asks for a whole evaluation.
 */
export function scenarioChanges(before: Scenario, after: Scenario): ScenarioChanges {
  // The start time places real orbits (and the Sun) at t = 0.
  if (before.seed !== after.seed || before.settings.startTimeUtc !== after.settings.startTimeUtc || !deepEqual(before.events, after.events)) return { whole: true };
  if (before.nodes.length !== after.nodes.length || before.links.length !== after.links.length) return { whole: true };
  const nodeIds = new Set<string>();
  for (let i = 0; i < after.nodes.length; i++) {
    const a = before.nodes[i]!;
    const b = after.nodes[i]!;
    if (a === b) continue;
    if (a.id !== b.id || a.kind !== b.kind) return { whole: true };
    if (!deepEqual(physicsOf(a), physicsOf(b))) nodeIds.add(b.id);
  }
  const linkIds = new Set<string>();
  for (let i = 0; i < after.links.length; i++) {
    const a = before.links[i]!;
    const b = after.links[i]!;
    if (a === b) continue;
    if (a.id !== b.id || a.kind !== b.kind || a.source !== b.source || a.target !== b.target) return { whole: true };
    if (!deepEqual({ ...a, label: undefined }, { ...b, label: undefined })) linkIds.add(b.id);
  }
  const earlier = new Map(before.requests.map((r) => [r.id, r]));
  const requestIds = new Set<string>();
  for (const r of after.requests) {
    const old = earlier.get(r.id);
    if (old !== r && !(old && deepEqual({ ...old, label: undefined }, { ...r, label: undefined }))) requestIds.add(r.id);
  }
  const remaining = new Set(after.requests.map((r) => r.id));
  const removedRequestIds = new Set(before.requests.filter((r) => !remaining.has(r.id)).map((r) => r.id));
  return { whole: false, linkIds, nodeIds, requestIds, removedRequestIds };
}
