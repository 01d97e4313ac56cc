import type { Evaluation } from '../../engine/results';
import type { NodeKind } from '../../scenario/schema';

/** Node kinds that hold a key store: trusted relays keep key for the requests through them, ground stations for their own. */
export function keepsKey(kind: NodeKind): boolean {
  return kind === 'trusted-node' || kind === 'ground-station';
}

/**
 * Stored key at a node, bits: the sum of the latest stored key of each request whose current path ends at the node or,
 * for a trusted node, passes through it. Null when no request's path touches the node (no badge then).
 */
export function storedKeyAtNode(nodeId: string, kind: NodeKind, evaluation: Evaluation | null, requestIds: readonly string[], latestStoredBits: (requestIndex: number) => number): number | null {
  if (!evaluation || !keepsKey(kind)) return null;
  let total: number | null = null;
  evaluation.requests.forEach((request) => {
    const { path } = request;
    const ends = path[0] === nodeId || path.at(-1) === nodeId;
    if (!(ends || (kind === 'trusted-node' && path.includes(nodeId)))) return;
    const index = requestIds.indexOf(request.id);
    const bits = index < 0 ? NaN : latestStoredBits(index);
    total = (total ?? 0) + (Number.isFinite(bits) ? bits : 0);
  });
  return total;
}
