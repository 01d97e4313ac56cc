import type { Scenario } from '../scenario/schema';
import { networkAt } from './evaluate';
import { evaluateRequestOnPath } from './requests/evaluate-request';
import { choosePaths } from './requests/network-index';
import type { RequestOutcome } from './results';

/** Alternatives shown for a request; Yen's algorithm costs one path search per hop of each path found. */
export const MAX_BEST_PATHS = 5;

/** One candidate route of a request, with what the request would get on it alone. */
export type PathAlternative = Pick<
  RequestOutcome,
  'path' | 'keyRateBitsPerSecond' | 'qber' | 'latencySeconds' | 'fidelity' | 'entanglementRatePairsPerSecond' | 'noKeyReason'
> & { linkIds: string[] };

export type BestPaths = { ok: true; requestId: string; paths: PathAlternative[] } | { ok: false; error: string };

/**
 * The `k` best loopless paths of one request at time 0, by its own routing metric and relay rule (Yen's algorithm),
 * each evaluated with the request's protocol as if it had its links to itself. The first is the path the engine uses,
 * except for an entanglement request with minFidelity, which takes the first that reaches it (evaluate-request.ts).
 */
export function bestPaths(scenario: Scenario, requestId: string, k: number): BestPaths {
  const request = scenario.requests.find((r) => r.id === requestId);
  if (!request) return { ok: false, error: `no request "${requestId}"` };
  if (!Number.isInteger(k) || k < 1 || k > MAX_BEST_PATHS) return { ok: false, error: `ask for 1 to ${MAX_BEST_PATHS} paths` };
  const { index } = networkAt(scenario);
  const found = choosePaths(index, request, k);
  if (!found.ok) return { ok: false, error: found.reason };
  return {
    ok: true,
    requestId,
    paths: found.paths.map((path) => {
      const outcome = evaluateRequestOnPath(index, request, path);
      return {
        path: outcome.path, linkIds: path.linkIds, keyRateBitsPerSecond: outcome.keyRateBitsPerSecond, qber: outcome.qber, latencySeconds: outcome.latencySeconds,
        fidelity: outcome.fidelity, entanglementRatePairsPerSecond: outcome.entanglementRatePairsPerSecond, noKeyReason: outcome.noKeyReason,
      };
    }),
  };
}
