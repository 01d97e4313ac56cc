import type { Evaluation } from '../../engine/results';
import type { NodeKind } from '../../scenario/schema';

/** Node kinds that hold a key store: trusted relays keep key for the requests through them, ground stations for their own, a satellite on board. */
export function keepsKey(kind: NodeKind): boolean {
  return kind === 'trusted-node' || kind === 'ground-station' || kind === 'satellite';
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
  latestHeldBits: (requestIndex: number) => number = () => 0,
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
    const held = index === undefined ? 0 : latestHeldBits(index);
    const last = path.length - 1;
    path.forEach((nodeId, i) => {
      const kind = kindOf(nodeId);
      if (kind === undefined || !keepsKey(kind)) return;
      const relay = i !== 0 && i !== last;
      if (relay && kind === 'ground-station') return;
      // A satellite keeps no end-to-end store: what it holds is key from one pass waiting for the next.
      const add = kind === 'satellite' ? (relay && Number.isFinite(held) ? held : 0) : bits;
      totals.set(nodeId, (totals.get(nodeId) ?? 0) + add);
    });
  }
  return totals;
}
