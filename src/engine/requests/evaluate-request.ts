import type { ScenarioRequest } from '../../scenario/schema';
import type { RequestOutcome } from '../results';
import { evaluateBb84Request } from './bb84-request';
import { evaluateEntanglementRequest } from './entanglement-request';
import { choosePath, type NetworkIndex } from './network-index';
import { evaluateBbm92Request, evaluateTwinFieldRequest } from './optical-path-request';

export function evaluateRequest(index: NetworkIndex, request: ScenarioRequest): RequestOutcome & { id: string; protocol: string } {
  const choice = choosePath(index, request);
  const head = { id: request.id, protocol: request.protocol };
  if (!choice.ok) {
    return {
      ...head, path: [], hops: [], keyRateBitsPerSecond: 0, qber: NaN, latencySeconds: 0, plobBitsPerSecond: 0,
      fidelity: NaN, entanglementRatePairsPerSecond: 0, noKeyReason: choice.reason, notes: [],
    };
  }
  switch (request.protocol) {
    case 'bb84-decoy':
      return { ...head, ...evaluateBb84Request(index, request, choice.path) };
    case 'bbm92':
      return { ...head, ...evaluateBbm92Request(index, request, choice.path) };
    case 'tf-qkd':
      return { ...head, ...evaluateTwinFieldRequest(index, request, choice.path) };
    case 'entanglement':
      return { ...head, ...evaluateEntanglementRequest(index, request, choice.path) };
  }
}
