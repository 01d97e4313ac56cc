import type { Scenario, ScenarioLink, ScenarioNode, ScenarioRequest } from '../../scenario/schema';
import { networkAt } from '../evaluate';
import { evaluateBb84Hop } from '../requests/bb84-request';

export type Bb84Request = Extract<ScenarioRequest, { protocol: 'bb84-decoy' }>;

/**
 * The key rate one BB84 session would give over one link from `sender` to `receiver`, computed by the engine itself
 * (the same evaluateBb84Hop the simulation runs) on a two-node network, so the optimiser and the simulation agree.
 */
export function hopKeyRateBitsPerSecond(request: Bb84Request, sender: ScenarioNode, receiver: ScenarioNode, link: Pick<ScenarioLink, 'kind' | 'params'>): number {
  const mini = {
    version: 2, name: 'hop', seed: 1, settings: { durationSeconds: 1, timeStepSeconds: 1 },
    nodes: [sender, receiver],
    links: [{ ...link, id: 'hop', source: sender.id, target: receiver.id }],
    requests: [],
    events: [],
  } as unknown as Scenario;
  const { index } = networkAt(mini, 0);
  return evaluateBb84Hop(index, request, 'hop', sender.id, receiver.id).keyRateBitsPerSecond;
}

/** The largest fibre loss (dB) at which the hop still gives at least `minimumBitsPerSecond`, by bisection (key falls with loss). */
export function reachLossDb(request: Bb84Request, sender: ScenarioNode, receiver: ScenarioNode, misalignmentError: number, minimumBitsPerSecond: number): number {
  const rateAt = (lossDb: number) =>
    hopKeyRateBitsPerSecond(request, sender, receiver, {
      kind: 'fiber',
      params: { lengthKm: 1, attenuationDbPerKm: 0, insertionLossDb: lossDb, groupIndex: 1.468, misalignmentError, interceptedFraction: 0 },
    });
  if (!(rateAt(0) >= minimumBitsPerSecond)) return -Infinity;
  let low = 0;
  let high = 100;
  if (rateAt(high) >= minimumBitsPerSecond) return Infinity;
  for (let i = 0; i < 50; i++) {
    const mid = (low + high) / 2;
    if (rateAt(mid) >= minimumBitsPerSecond) low = mid;
    else high = mid;
  }
  return high;
}
