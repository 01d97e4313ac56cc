import type { Scenario } from '../scenario/schema';

/**
 * Whether an edit can change any result. Moving or renaming a node cannot, so a drag never restarts the engine.
 * Edits replace only what they touch, so reference comparison is exact and O(nodes).
 */
export function physicsChanged(prev: Scenario, next: Scenario): boolean {
  if (prev === next) return false;
  if (prev.links !== next.links || prev.requests !== next.requests || prev.settings !== next.settings || prev.seed !== next.seed || prev.events !== next.events) return true;
  if (prev.nodes.length !== next.nodes.length) return true;
  return next.nodes.some((n, i) => nodePhysicsChanged(prev.nodes[i]!, n));
}

/** Fields of a node that only place or name it on the canvas. */
const LAYOUT_FIELDS = new Set(['position', 'label']);

/** Any field but the layout ones replaced (params, location, memory model, orbit, …), or one added or removed. */
function nodePhysicsChanged(prev: Scenario['nodes'][number], next: Scenario['nodes'][number]): boolean {
  if (prev === next) return false;
  const before = prev as unknown as Record<string, unknown>;
  const after = next as unknown as Record<string, unknown>;
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) if (!LAYOUT_FIELDS.has(key) && before[key] !== after[key]) return true;
  return false;
}
