import type { Scenario } from '../scenario/schema';

/**
 * Whether an edit can change any result. Moving or renaming a node cannot, so a drag never restarts the engine.
 * Edits replace only what they touch, so reference comparison is exact and O(nodes).
 */
export function physicsChanged(prev: Scenario, next: Scenario): boolean {
  if (prev === next) return false;
  if (prev.links !== next.links || prev.requests !== next.requests || prev.settings !== next.settings || prev.seed !== next.seed) return true;
  if (prev.nodes.length !== next.nodes.length) return true;
  return next.nodes.some((n, i) => {
    const p = prev.nodes[i]!;
    return p.id !== n.id || p.kind !== n.kind || p.params !== n.params || p.location !== n.location;
  });
}
