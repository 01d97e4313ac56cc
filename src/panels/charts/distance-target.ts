import type { Evaluation } from '../../engine/results';
import type { Scenario } from '../../scenario/schema';
import type { Selection } from '../../store/session-store';
import { firstRequestOver } from '../../format/link-overlay';

export interface DistanceTarget {
  linkId: string;
  requestId: string;
  lengthKm: number;
}

export type DistanceTargetResult = { ok: true; target: DistanceTarget } | { ok: false; reason: string };

/**
 * Which link and request the distance chart shows: the selected link (with the first request routed over it), the
 * selected request's first hop, or else the first request that has a path.
 */
export function distanceTarget(scenario: Scenario, evaluation: Evaluation | null, selection: Selection): DistanceTargetResult {
  if (!evaluation) return { ok: false, reason: 'Waiting for the engine…' };
  const withLength = (linkId: string, requestId: string): DistanceTargetResult => {
    const link = scenario.links.find((l) => l.id === linkId);
    return link ? { ok: true, target: { linkId, requestId, lengthKm: link.params.lengthKm } } : { ok: false, reason: `Link ${linkId} is gone.` };
  };
  if (selection?.kind === 'link') {
    const first = firstRequestOver(evaluation, selection.id);
    return first >= 0 ? withLength(selection.id, evaluation.requests[first]!.id) : { ok: false, reason: `No request is routed over link ${selection.id}.` };
  }
  if (selection?.kind === 'request') {
    const hop = evaluation.requests.find((r) => r.id === selection.id)?.hops[0];
    return hop ? withLength(hop.linkId, selection.id) : { ok: false, reason: `Request ${selection.id} has no path.` };
  }
  const request = evaluation.requests.find((r) => r.hops.length > 0);
  return request ? withLength(request.hops[0]!.linkId, request.id) : { ok: false, reason: 'No request has a path yet.' };
}
