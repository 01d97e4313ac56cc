import { acceptedParams, defaultsOf } from './param-spec';
import { fiberParamSpecs, freeSpaceParamSpecs } from './params';
import type { LinkKind, NodeKind, Protocol, ScenarioLink, ScenarioNode, ScenarioRequest } from './schema';
import { NODE_PARAM_SPECS, PROTOCOL_DEFAULTED_FIELDS, PROTOCOL_PARAM_SPECS, REQUEST_DEFAULTS } from './schema-constants';

// New elements as parsing would fill them in (new-elements.test.ts holds them to schemas().…parse), without zod: the
// page's edits (a node dropped, two nodes linked) must not wait for the schema's code.

export function newNode(fields: { id: string; label?: string; kind: NodeKind; position: { x: number; y: number }; location?: { latDeg: number; lonDeg: number } }): ScenarioNode {
  return { ...fields, params: defaultsOf(NODE_PARAM_SPECS[fields.kind]) } as ScenarioNode;
}

/** `lengthKm` must be within the link kind's range (the caller clamps it); left out, the default length. */
export function newLink(fields: { id: string; source: string; target: string; kind: LinkKind; lengthKm?: number }): ScenarioLink {
  const { lengthKm, ...rest } = fields;
  const params = acceptedParams(lengthKm === undefined ? {} : { lengthKm }, fields.kind === 'fiber' ? fiberParamSpecs : freeSpaceParamSpecs);
  if (!params) throw new Error(`a ${fields.kind} link cannot be ${lengthKm} km long`);
  return { ...rest, params } as ScenarioLink;
}

export function newRequest(fields: { id: string; source: string; target: string; protocol: Protocol }): ScenarioRequest {
  const defaulted = Object.fromEntries(PROTOCOL_DEFAULTED_FIELDS[fields.protocol].map((field) => [field, REQUEST_DEFAULTS[field]]));
  return {
    ...fields,
    routingMetric: REQUEST_DEFAULTS.routingMetric,
    demandBitsPerSecond: REQUEST_DEFAULTS.demandBitsPerSecond,
    ...defaulted,
    params: defaultsOf(PROTOCOL_PARAM_SPECS[fields.protocol]),
  } as ScenarioRequest;
}
