import { SPEED_OF_LIGHT_KM_PER_S } from '../constants';

export interface FiberParams {
  lengthKm: number;
  attenuationDbPerKm: number;
  insertionLossDb: number;
  groupIndex: number;
}

/** Total loss: α·L plus fixed insertion losses (standard fiber budget, e.g. Agrawal, Fiber-Optic Communication Systems, §5.2). */
export function fiberLossDb(p: FiberParams): number {
  return p.attenuationDbPerKm * p.lengthKm + p.insertionLossDb;
}

/** η = 10^(−loss/10). */
export function transmittanceFromLossDb(lossDb: number): number {
  return Math.pow(10, -lossDb / 10);
}

/** One-way propagation delay: light in fiber travels at c / n_g. */
export function fiberLatencySeconds(p: Pick<FiberParams, 'lengthKm' | 'groupIndex'>): number {
  return (p.lengthKm * p.groupIndex) / SPEED_OF_LIGHT_KM_PER_S;
}
