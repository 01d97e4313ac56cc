import type { ScenarioLink, ScenarioNode } from '../../scenario/schema';
import { fiberLatencySeconds, fiberLossDb, transmittanceFromLossDb } from '../channels/fiber';
import { freeSpaceLatencySeconds, freeSpaceLossDb } from '../channels/free-space';
import { plobBitsPerChannelUse } from '../qkd/plob';
import type { LinkResult } from '../results';
import { satelliteLinkGeometry } from './satellite-link';
import { groundLinkSky } from './station-sky';

/** What is in force on a link at one instant: failures and eavesdroppers from the event schedule. */
export interface LinkConditions {
  /** Why the link is out of service, or null. */
  failure: string | null;
  /** Fraction of pulses an eavesdropper intercepts now (the link's own setting or a scheduled attack, whichever is larger). */
  interceptedFraction: number;
}

/** A link's channel at simulated time t; only satellite links depend on t through their geometry. */
/** `startTimeUtc` is the scenario's start: where SGP4 orbits are at t = 0. */
export function evaluateLink(link: ScenarioLink, ends: [ScenarioNode, ScenarioNode], timeSeconds: number, conditions: LinkConditions, startTimeUtc?: string): LinkResult {
  let lengthKm = link.params.lengthKm;
  let lossDb: number;
  let latencySeconds: number;
  let elevationDeg: number | null = null;
  let dormantReason: string | null = null;
  let backgroundByNode: Record<string, number> = {};
  if (link.kind === 'fiber') {
    lossDb = fiberLossDb(link.params);
    latencySeconds = fiberLatencySeconds(link.params);
  } else if (ends[0].kind === 'satellite' || ends[1].kind === 'satellite') {
    const geometry = satelliteLinkGeometry(link, ends[0], ends[1], timeSeconds, startTimeUtc);
    ({ lengthKm, lossDb, latencySeconds, elevationDeg, dormantReason, backgroundByNode } = geometry);
  } else {
    lossDb = freeSpaceLossDb(link.params);
    latencySeconds = freeSpaceLatencySeconds(link.params);
    ({ dormantReason, backgroundByNode } = groundLinkSky(ends[0], ends[1], startTimeUtc, timeSeconds));
  }
  const unavailable = conditions.failure ?? dormantReason;
  const transmittance = unavailable ? 0 : transmittanceFromLossDb(lossDb);
  return {
    id: link.id,
    lengthKm,
    lossDb,
    transmittance,
    latencySeconds,
    plobBitsPerPulse: plobBitsPerChannelUse(transmittance),
    elevationDeg,
    interceptedFraction: conditions.interceptedFraction,
    failed: conditions.failure !== null,
    unavailableReason: unavailable,
    ...(Object.keys(backgroundByNode).length > 0 ? { backgroundByNode } : {}),
    ...(scintillationOf(link, ends) > 0 ? { scintillationIndex: scintillationOf(link, ends) } : {}),
  };
}

/** Turbulence fades a link that passes through air: not one between two satellites. */
function scintillationOf(link: ScenarioLink, ends: [ScenarioNode, ScenarioNode]): number {
  if (link.kind !== 'free-space' || (ends[0].kind === 'satellite' && ends[1].kind === 'satellite')) return 0;
  return link.params.scintillationIndex;
}
