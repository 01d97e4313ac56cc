import type { ScenarioRequest } from '../../scenario/schema';
import { evaluateRequest } from './evaluate-request';
import { choosePathsFromOneSource, routingBasis, type NetworkIndex } from './network-index';
import type { Standalone } from './share-links';

/** Requests whose path one search finds together: same source, relay rule (protocol) and way of routing. */
function searchKey(request: ScenarioRequest): string | null {
  // A fidelity floor chooses among several candidate paths (its own searches), so it is evaluated alone.
  if (request.protocol === 'entanglement' && request.minFidelity !== undefined) return null;
  const { metric, kind } = routingBasis(request);
  return `${request.source}\u0000${request.protocol}\u0000${metric}\u0000${kind}`;
}

/**
 * Evaluates requests `which` (indices into `requests`) as if each were alone, into `out` at the same indices, with one
 * path search per source and way of routing instead of one per request. Yields the count done after each search, so a
 * caller can stop between searches (to stay responsive on a large network) and report progress.
 */
export function* evaluateRequestsBySource(index: NetworkIndex, requests: readonly ScenarioRequest[], which: Iterable<number>, out: Standalone[]): Generator<number, void> {
  const groups = new Map<string, number[]>();
  const alone: number[] = [];
  for (const i of which) {
    const key = searchKey(requests[i]!);
    if (key === null) alone.push(i);
    else {
      const group = groups.get(key);
      if (group) group.push(i);
      else groups.set(key, [i]);
    }
  }
  let done = 0;
  for (const i of alone) {
    out[i] = evaluateRequest(index, requests[i]!);
    yield ++done;
  }
  for (const members of groups.values()) {
    const choices = choosePathsFromOneSource(index, members.map((i) => requests[i]!));
    members.forEach((i, m) => {
      out[i] = evaluateRequest(index, requests[i]!, choices[m]);
    });
    yield (done += members.length);
  }
}
