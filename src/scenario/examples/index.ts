import { bb84DistanceLimit } from './bb84-distance-limit';
import { chinaEuropeMap } from './china-europe-map';
import { continentalBackbone } from './continental-backbone';
import { decoyStates } from './decoy-states';
import { eavesdropper } from './eavesdropper';
import type { Example } from './example';
import { metroTrustedRing } from './metro-trusted-ring';
import { nationalBackbone } from './national-backbone';
import { miciusGraz } from './micius-graz';
import { miciusXinglong } from './micius-xinglong';
import { purification } from './purification';
import { repeaterChain } from './repeater-chain';
import { satelliteOverhead } from './satellite-overhead';
import { satellitePass } from './satellite-pass';
import { trustedRelay } from './trusted-relay';
import { twinField } from './twin-field';

export type { Example } from './example';

/** The gallery's order: from a single link to networks and space. */
export const EXAMPLES: readonly Example[] = [
  bb84DistanceLimit,
  eavesdropper,
  decoyStates,
  twinField,
  repeaterChain,
  purification,
  trustedRelay,
  metroTrustedRing,
  continentalBackbone,
  nationalBackbone,
  satellitePass,
  satelliteOverhead,
  miciusXinglong,
  miciusGraz,
  chinaEuropeMap,
];

export function exampleById(id: string): Example | undefined {
  return EXAMPLES.find((e) => e.id === id);
}
