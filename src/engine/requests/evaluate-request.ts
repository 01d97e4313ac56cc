import type { ScenarioRequest } from '../../scenario/schema';
import type { RequestOutcome } from '../results';
import { evaluateBb84Request } from './bb84-request';
import { evaluateEntanglementRequest, evaluateEntanglementWithMinimumFidelity } from './entanglement-request';
import type { HopPath } from '../routing/hop-path';
import { choosePath, type NetworkIndex, type PathChoice } from './network-index';
import { evaluateBbm92Request, evaluateTwinFieldRequest } from './optical-path-request';

/** `chosen`, the request's path when already found (choosePathsFromOneSource), saves its search. */
export function evaluateRequest(index: NetworkIndex, request: ScenarioRequest, chosen?: PathChoice): RequestOutcome & { id: string; protocol: string } {
  const head = { id: request.id, protocol: request.protocol };
  // A minimum fidelity makes the route depend on what the chain delivers, not on the link weights alone.
  if (request.protocol === 'entanglement' && request.minFidelity !== undefined) return { ...head, ...evaluateEntanglementWithMinimumFidelity(index, request, request.minFidelity) };
  const choice = chosen ?? choosePath(index, request);
  if (!choice.ok) {
    return {
      ...head, path: [], hops: [], keyRateBitsPerSecond: 0, qber: NaN, latencySeconds: 0, plobBitsPerSecond: 0,
      fidelity: NaN, entanglementRatePairsPerSecond: 0, noKeyReason: choice.reason, notes: [],
    };
  }
  return { ...head, ...evaluateRequestOnPath(index, request, choice.path) };
}

/** The request's protocol run over one given path, as if the request were alone on its links. */
export function evaluateRequestOnPath(index: NetworkIndex, request: ScenarioRequest, path: HopPath): RequestOutcome {
  switch (request.protocol) {
    case 'bb84-decoy':
      return evaluateBb84Request(index, request, path);
    case 'bbm92':
      return evaluateBbm92Request(index, request, path);
    case 'tf-qkd':
      return evaluateTwinFieldRequest(index, request, path);
    case 'entanglement':
      return evaluateEntanglementRequest(index, request, path);
  }
}
