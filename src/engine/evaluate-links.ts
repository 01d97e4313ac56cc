import type { ScenarioLink } from '../scenario/schema';
import { fiberLatencySeconds, fiberLossDb, transmittanceFromLossDb } from './channels/fiber';
import { freeSpaceLatencySeconds, freeSpaceLossDb } from './channels/free-space';
import { plobBitsPerChannelUse } from './qkd/plob';
import type { LinkResult } from './results';

export function evaluateLink(link: ScenarioLink): LinkResult {
  const lossDb = link.kind === 'fiber' ? fiberLossDb(link.params) : freeSpaceLossDb(link.params);
  const latencySeconds = link.kind === 'fiber' ? fiberLatencySeconds(link.params) : freeSpaceLatencySeconds(link.params);
  const transmittance = transmittanceFromLossDb(lossDb);
  return { id: link.id, lossDb, transmittance, latencySeconds, plobBitsPerPulse: plobBitsPerChannelUse(transmittance) };
}
