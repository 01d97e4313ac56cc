import { acceptedParams, type ParamSpecs } from './param-spec';
import { fiberParamSpecs, freeSpaceParamSpecs } from './params';
import type { Scenario } from './schema';
import {
  DECOY_METHODS,
  HERALDING_SCHEMES,
  LIMITS,
  MEMORY_NOISE_MODELS,
  NODE_PARAM_SPECS,
  PROTOCOL_PARAM_SPECS,
  PURIFICATION_LEVELS,
  PURIFICATION_PROTOCOLS,
  PURIFICATION_STRATEGIES,
  REQUEST_DEFAULTS,
  ROUTING_METRICS,
  DESIGN_DEFAULTS,
  SETTINGS_DEFAULTS,
  SCENARIO_VERSION,
  SOURCE_PLACEMENTS,
} from './schema-constants';
import { utcDateTimeProblem } from './utc-time';

// Designs, nodes, links and requests as the schema would give them when it would accept them as they are, by plain
// checks; null for anything else (an unknown key, a value out of range, an orbit, an event, a duplicate id), which zod
// then parses and explains. A design these accept needs no zod schema built at all (50–100 ms on a page opening a
// link) and no zod parse; accepted-elements.test.ts holds the two to the same answers, key order included.

const ID = /^[A-Za-z0-9_.:-]+$/;

type Fields = Record<string, unknown>;

function plainObject(value: unknown): value is Fields {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

const isId = (v: unknown): v is string => typeof v === 'string' && v.length >= 1 && v.length <= LIMITS.idLength && ID.test(v);
const isLabel = (v: unknown): v is string => typeof v === 'string' && v.length <= LIMITS.labelLength;
const within = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;

/** Every key of `value` is one of `keys` and none holds undefined (zod keeps such a key; leave that to it). */
function onlyKeys(value: Fields, keys: readonly string[]): boolean {
  for (const key of Object.keys(value)) if (!keys.includes(key) || value[key] === undefined) return false;
  return true;
}

function acceptedPosition(value: unknown): { x: number; y: number } | null {
  if (!plainObject(value) || !onlyKeys(value, ['x', 'y'])) return null;
  const { x, y } = value;
  return within(x, -Infinity, Infinity) && within(y, -Infinity, Infinity) ? { x, y } : null;
}

function acceptedLocation(value: unknown): Fields | null {
  if (!plainObject(value) || !onlyKeys(value, ['latDeg', 'lonDeg', 'altitudeKm'])) return null;
  const { latDeg, lonDeg, altitudeKm } = value;
  if (!within(latDeg, -90, 90) || !within(lonDeg, -180, 180)) return null;
  if (altitudeKm === undefined) return { latDeg, lonDeg };
  return within(altitudeKm, -0.5, 9) ? { latDeg, lonDeg, altitudeKm } : null;
}

const oneOf = (values: readonly string[]) => (v: unknown) => (typeof v === 'string' && values.includes(v) ? v : null);
const numberIn = (min: number, max: number, minExclusive = false) => (v: unknown) => (within(v, min, max) && !(minExclusive && v === min) ? v : null);
const boolean = (v: unknown) => (typeof v === 'boolean' ? v : null);

/** Each field's check and output, null when it fails. */
const FIELD: Record<string, (value: unknown) => unknown> = {
  id: (v) => (isId(v) ? v : null),
  label: (v) => (isLabel(v) ? v : null),
  source: (v) => (isId(v) ? v : null),
  target: (v) => (isId(v) ? v : null),
  position: acceptedPosition,
  location: acceptedLocation,
  memoryNoiseModel: oneOf(MEMORY_NOISE_MODELS),
  candidate: boolean,
  costUnits: numberIn(0, LIMITS.costUnits),
  routingMetric: oneOf(ROUTING_METRICS),
  demandBitsPerSecond: numberIn(0, 1e12),
  minKeyRateBitsPerSecond: numberIn(0, 1e12, true),
  decoyMethod: oneOf(DECOY_METHODS),
  signalMeanPhotonNumber: numberIn(0, 10, true),
  finiteKeyBlockPulses: numberIn(1e3, 1e18),
  optimiseDecoySettings: boolean,
  sourcePlacement: oneOf(SOURCE_PLACEMENTS),
  heraldingScheme: oneOf(HERALDING_SCHEMES),
  purificationProtocol: oneOf(PURIFICATION_PROTOCOLS),
  purificationStrategy: oneOf(PURIFICATION_STRATEGIES),
  purificationLevels: oneOf(PURIFICATION_LEVELS),
  minFidelity: numberIn(0, 1),
  optimiseRepeaterSettings: boolean,
};

const REQUIRED = new Set(['id', 'position', 'source', 'target']);

const NODE_KEYS = {
  'ground-station': ['id', 'label', 'position', 'location', 'memoryNoiseModel', 'kind', 'params'],
  'trusted-node': ['id', 'label', 'position', 'location', 'memoryNoiseModel', 'candidate', 'costUnits', 'kind', 'params'],
  repeater: ['id', 'label', 'position', 'location', 'memoryNoiseModel', 'candidate', 'costUnits', 'kind', 'params'],
  // A satellite with an orbit goes to zod (TLE and OMM checks); without one it has no other optional field.
  satellite: ['id', 'label', 'position', 'location', 'kind', 'params'],
} as const;

const LINK_KEYS = ['id', 'label', 'source', 'target', 'kind', 'params'] as const;

const REQUEST_BASE = ['id', 'label', 'source', 'target', 'routingMetric', 'demandBitsPerSecond', 'minKeyRateBitsPerSecond', 'protocol'];
const REQUEST_KEYS = {
  'bb84-decoy': [...REQUEST_BASE, 'decoyMethod', 'signalMeanPhotonNumber', 'finiteKeyBlockPulses', 'optimiseDecoySettings', 'params'],
  bbm92: [...REQUEST_BASE, 'sourcePlacement', 'params'],
  'tf-qkd': [...REQUEST_BASE, 'params'],
  entanglement: [...REQUEST_BASE, 'heraldingScheme', 'purificationProtocol', 'purificationStrategy', 'purificationLevels', 'minFidelity', 'optimiseRepeaterSettings', 'params'],
} as const;

function accepted(value: Fields, keys: readonly string[], specs: ParamSpecs): Fields | null {
  if (!onlyKeys(value, keys)) return null;
  const out: Fields = {};
  for (const key of keys) {
    if (key === 'kind' || key === 'protocol') out[key] = value[key];
    else if (key === 'params') {
      const params = acceptedParams(value.params, specs);
      if (params === null) return null;
      out.params = params;
    } else if (key in value) {
      const field = FIELD[key]!(value[key]);
      if (field === null) return null;
      out[key] = field;
    } else if (Object.hasOwn(REQUEST_DEFAULTS, key)) out[key] = REQUEST_DEFAULTS[key as keyof typeof REQUEST_DEFAULTS];
    else if (REQUIRED.has(key)) return null;
  }
  return out;
}

export function acceptedNode(value: unknown): Fields | null {
  if (!plainObject(value) || typeof value.kind !== 'string' || !Object.hasOwn(NODE_KEYS, value.kind)) return null;
  const kind = value.kind as keyof typeof NODE_KEYS;
  return accepted(value, NODE_KEYS[kind], NODE_PARAM_SPECS[kind]);
}

export function acceptedLink(value: unknown): Fields | null {
  if (!plainObject(value) || (value.kind !== 'fiber' && value.kind !== 'free-space')) return null;
  return accepted(value, LINK_KEYS, value.kind === 'fiber' ? fiberParamSpecs : freeSpaceParamSpecs);
}

export function acceptedRequest(value: unknown): Fields | null {
  if (!plainObject(value) || typeof value.protocol !== 'string' || !Object.hasOwn(REQUEST_KEYS, value.protocol)) return null;
  const protocol = value.protocol as keyof typeof REQUEST_KEYS;
  return accepted(value, REQUEST_KEYS[protocol], PROTOCOL_PARAM_SPECS[protocol]);
}

const SETTINGS_KEYS = ['durationSeconds', 'timeStepSeconds', 'startTimeUtc', 'routeFactor'];

function acceptedSettings(value: unknown): Fields | null {
  const given = value === undefined ? {} : value;
  if (!plainObject(given) || !onlyKeys(given, SETTINGS_KEYS)) return null;
  const { durationSeconds = SETTINGS_DEFAULTS.durationSeconds, timeStepSeconds = SETTINGS_DEFAULTS.timeStepSeconds, startTimeUtc, routeFactor } = given;
  if (numberIn(0, 1e8, true)(durationSeconds) === null || numberIn(0, 1e6, true)(timeStepSeconds) === null) return null;
  const out: Fields = { durationSeconds, timeStepSeconds };
  if (startTimeUtc !== undefined) {
    if (typeof startTimeUtc !== 'string' || utcDateTimeProblem(startTimeUtc) !== null) return null;
    out.startTimeUtc = startTimeUtc;
  }
  if (routeFactor !== undefined) {
    if (numberIn(1, 5)(routeFactor) === null) return null;
    out.routeFactor = routeFactor;
  }
  return out;
}

/** Every element of `value` accepted by `accept`, at most `max` of them; null when one is not. */
function acceptedArray(value: unknown, max: number, accept: (item: unknown) => Fields | null): Fields[] | null {
  if (!Array.isArray(value) || value.length > max) return null;
  const out = new Array<Fields>(value.length);
  for (let i = 0; i < value.length; i++) {
    const item = accept(value[i]);
    if (item === null) return null;
    out[i] = item;
  }
  return out;
}

/** Ids unique, ends that exist and differ: the schema's own cross-checks, which only say yes here. */
function consistent(nodes: Fields[], links: Fields[], requests: Fields[]): boolean {
  const nodeIds = new Set<unknown>();
  for (const node of nodes) {
    if (nodeIds.has(node.id)) return false;
    nodeIds.add(node.id);
  }
  for (const items of [links, requests]) {
    const ids = new Set<unknown>();
    for (const item of items) {
      if (ids.has(item.id) || !nodeIds.has(item.source) || !nodeIds.has(item.target) || item.source === item.target) return false;
      ids.add(item.id);
    }
  }
  return true;
}

const SCENARIO_KEYS = ['version', 'name', 'seed', 'settings', 'nodes', 'links', 'requests', 'events'];

/** A migrated document as parseScenario would give it, when it would take it as it is; else null (zod decides). */
export function acceptedScenario(value: unknown): Scenario | null {
  if (!plainObject(value) || !onlyKeys(value, SCENARIO_KEYS) || value.version !== SCENARIO_VERSION) return null;
  const { name = DESIGN_DEFAULTS.name, seed = DESIGN_DEFAULTS.seed, events = [] } = value;
  if (!isLabel(name) || typeof seed !== 'number' || !Number.isSafeInteger(seed) || seed < 0 || seed > 2 ** 32 - 1) return null;
  // Events are few and have their own rules (an end after the start, a link or node that exists): zod checks them.
  if (!Array.isArray(events) || events.length > 0) return null;
  const settings = acceptedSettings(value.settings);
  if (!settings || (settings.durationSeconds as number) / (settings.timeStepSeconds as number) > LIMITS.steps) return null;
  const nodes = acceptedArray(value.nodes, LIMITS.nodes, acceptedNode);
  const links = nodes && acceptedArray(value.links === undefined ? [] : value.links, LIMITS.links, acceptedLink);
  const requests = links && acceptedArray(value.requests === undefined ? [] : value.requests, LIMITS.requests, acceptedRequest);
  if (!nodes || !links || !requests || !consistent(nodes, links, requests)) return null;
  return { version: SCENARIO_VERSION, name, seed, settings, nodes, links, requests, events: [] } as unknown as Scenario;
}
