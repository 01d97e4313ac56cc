import type { Evaluation } from '../../engine/results';
import type { NodeKind } from '../../scenario/schema';

/** Node kinds that hold a key store: trusted relays keep key for the requests through them, ground stations for their own. */
export function keepsKey(kind: NodeKind): boolean {
  return kind === 'trusted-node' || kind === 'ground-station';
}

/**
 * Stored key per node, bits: the sum of the latest stored key of each request whose current path ends at the node or,
 * for a trusted node, passes through it. Nodes no request's path touches are absent (no badge then). One pass over
 * every path, so the canvas refreshes all badges at once instead of each node scanning every request.
 */
export function storedKeyByNode(
  evaluation: Evaluation | null,
  requestIds: readonly string[],
  kindOf: (nodeId: string) => NodeKind | undefined,
  latestStoredBits: (requestIndex: number) => number,
): Map<string, number> {
  const totals = new Map<string, number>();
  if (!evaluation) return totals;
  const indexOf = new Map(requestIds.map((id, i) => [id, i]));
  for (const request of evaluation.requests) {
    const { path } = request;
    if (path.length === 0) continue;
    const index = indexOf.get(request.id);
    const latest = index === undefined ? NaN : latestStoredBits(index);
    // Before the first sample the store exists but is empty: show 0 rather than hiding it.
    const bits = Number.isFinite(latest) ? latest : 0;
    const last = path.length - 1;
    path.forEach((nodeId, i) => {
      const kind = kindOf(nodeId);
      if (kind === undefined || !keepsKey(kind)) return;
      if (i !== 0 && i !== last && kind !== 'trusted-node') return;
      totals.set(nodeId, (totals.get(nodeId) ?? 0) + bits);
    });
  }
  return totals;
}
