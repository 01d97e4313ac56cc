import { acceptedParams, type ParamSpecs } from './param-spec';
import { fiberParamSpecs, freeSpaceParamSpecs } from './params';
import { LIMITS, MEMORY_NOISE_MODELS, NODE_PARAM_SPECS } from './schema-constants';

// Nodes and links as the schema would give them when it would accept them as they are, by plain checks; null for
// anything else (an unknown key, a value out of range, an orbit), which zod then parses and explains. zod without its
// JIT spent ~0.1 s on the 5,000 elements of a 2,000-node link; accepted-elements.test.ts holds the two to the same
// answers, key order included.

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

/** Each field's check and output, null when it fails; the schema's keys in its order (its output's key order). */
const FIELD: Record<string, (value: unknown) => unknown> = {
  id: (v) => (isId(v) ? v : null),
  label: (v) => (isLabel(v) ? v : null),
  source: (v) => (isId(v) ? v : null),
  target: (v) => (isId(v) ? v : null),
  position: acceptedPosition,
  location: acceptedLocation,
  memoryNoiseModel: (v) => ((MEMORY_NOISE_MODELS as readonly unknown[]).includes(v) ? v : null),
  candidate: (v) => (typeof v === 'boolean' ? v : null),
  costUnits: (v) => (within(v, 0, 1e9) ? v : null),
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

function accepted(value: Fields, keys: readonly string[], specs: ParamSpecs): Fields | null {
  if (!onlyKeys(value, keys)) return null;
  const out: Fields = {};
  for (const key of keys) {
    if (key === 'kind') out.kind = value.kind;
    else if (key === 'params') {
      const params = acceptedParams(value.params, specs);
      if (params === null) return null;
      out.params = params;
    } else if (key in value) {
      const field = FIELD[key]!(value[key]);
      if (field === null) return null;
      out[key] = field;
    } else if (REQUIRED.has(key)) return null;
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
