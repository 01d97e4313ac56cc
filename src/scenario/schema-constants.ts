import type { ParamSpecs } from './param-spec';
import {
  bb84RequestParamSpecs,
  bbm92RequestParamSpecs,
  entanglementRequestParamSpecs,
  twinFieldRequestParamSpecs,
  repeaterParamSpecs,
  satelliteParamSpecs,
  terminalParamSpecs,
} from './params';

// What a scenario may hold, without its zod schema (schema.ts): the page's first render needs these, and not zod.

export const SCENARIO_VERSION = 2;

/** Hard limits that keep a hostile file or link from exhausting memory. */
export const LIMITS = { nodes: 20000, links: 60000, requests: 5000, events: 5000, idLength: 64, labelLength: 80, steps: 1_000_000, costUnits: 1e9 };

export const NODE_KINDS = ['ground-station', 'trusted-node', 'repeater', 'satellite'] as const;
export const LINK_KINDS = ['fiber', 'free-space'] as const;
export const PROTOCOLS = ['bb84-decoy', 'bbm92', 'tf-qkd', 'entanglement'] as const;
export const DECOY_METHODS = ['infinite', 'vacuum-weak', 'none'] as const;
export const SOURCE_PLACEMENTS = ['middle', 'source-end'] as const;
export const HERALDING_SCHEMES = ['two-click', 'single-click', 'node-source'] as const;
export const PURIFICATION_PROTOCOLS = ['none', 'bbpssw', 'dejmps'] as const;
/** Recurrence: two purified copies make the next (2^rounds pairs); pumping: a fresh pair each round (Dür et al., PRA 59, 169 (1999)). */
export const PURIFICATION_STRATEGIES = ['recurrence', 'pumping'] as const;
/** Purify only the elementary links, or the pair of every span after each swap level too (nested purification, Dür et al. 1999). */
export const PURIFICATION_LEVELS = ['elementary', 'every-level'] as const;
/** How a stored qubit decoheres; see src/engine/entanglement/memory.ts for each model's source. */
export const MEMORY_NOISE_MODELS = ['dephasing', 'depolarizing', 't1-t2'] as const;
export const ROUTING_METRICS = ['highest-rate', 'lowest-latency', 'fewest-hops'] as const;

/** The parameter table of each node kind: the one lookup the schema, the inspector, the docs and the tests share. */
export const NODE_PARAM_SPECS = {
  'ground-station': terminalParamSpecs,
  'trusted-node': terminalParamSpecs,
  repeater: repeaterParamSpecs,
  satellite: satelliteParamSpecs,
} as const satisfies Record<(typeof NODE_KINDS)[number], ParamSpecs>;

/** The request parameter table of each protocol. */
export const PROTOCOL_PARAM_SPECS = {
  'bb84-decoy': bb84RequestParamSpecs,
  bbm92: bbm92RequestParamSpecs,
  'tf-qkd': twinFieldRequestParamSpecs,
  entanglement: entanglementRequestParamSpecs,
} as const satisfies Record<(typeof PROTOCOLS)[number], ParamSpecs>;

/** The request fields a design may leave out, at the values the schema fills in (schema.ts reads them from here). */
export const REQUEST_DEFAULTS = {
  routingMetric: 'highest-rate',
  demandBitsPerSecond: 0,
  decoyMethod: 'infinite',
  sourcePlacement: 'middle',
  heraldingScheme: 'two-click',
  purificationProtocol: 'none',
  purificationStrategy: 'recurrence',
  purificationLevels: 'elementary',
} as const;

/** The design's own fields and settings a document may leave out, at the values the schema fills in. */
export const DESIGN_DEFAULTS = { name: 'Untitled network', seed: 1 } as const;
export const SETTINGS_DEFAULTS = { durationSeconds: 600, timeStepSeconds: 1 } as const;
