import { z } from 'zod';
import { acceptedLink, acceptedNode, acceptedRequest } from './accepted-elements';
import { paramsSchema as fastParamsSchema, withFastPath, zodParamsSchema } from './param-schema';
import { fiberParamSpecs, freeSpaceParamSpecs } from './params';
import { tleCatalogNumber, tleLineProblem } from './tle-format';
import { utcDateTimeProblem } from './utc-time';

export * from './schema-constants';
import {
  SCENARIO_VERSION,
  LIMITS,
  NODE_KINDS,
  LINK_KINDS,
  PROTOCOLS,
  DECOY_METHODS,
  SOURCE_PLACEMENTS,
  HERALDING_SCHEMES,
  PURIFICATION_PROTOCOLS,
  PURIFICATION_STRATEGIES,
  PURIFICATION_LEVELS,
  MEMORY_NOISE_MODELS,
  ROUTING_METRICS,
  NODE_PARAM_SPECS,
  PROTOCOL_PARAM_SPECS,
  REQUEST_DEFAULTS,
  DESIGN_DEFAULTS,
  SETTINGS_DEFAULTS,
} from './schema-constants';

/** `fast: false` builds zod alone, without the plain-code fast paths (for the tests that compare the two). */
export function buildSchemas({ fast }: { fast: boolean } = { fast: true }) {
  const paramsSchema = fast ? fastParamsSchema : zodParamsSchema;
  const fastPath = <S extends z.ZodType>(schema: S, accept: (value: unknown) => unknown): S => (fast ? withFastPath(schema, accept) : schema);
  const id = z
    .string()
    .min(1, 'must not be empty')
    .max(LIMITS.idLength, `must be at most ${LIMITS.idLength} characters`)
    .regex(/^[A-Za-z0-9_.:-]+$/, 'may contain only letters, digits and _ . : -');

  const label = z.string().max(LIMITS.labelLength, `must be at most ${LIMITS.labelLength} characters`);
  const finite = (what: string) => z.number({ error: `${what} must be a number` }).refine(Number.isFinite, `${what} must be finite`);

  const positionSchema = z.strictObject({ x: finite('x'), y: finite('y') });
  const locationSchema = z.strictObject({
    latDeg: z.number().gte(-90, 'must be at least -90°').lte(90, 'must be at most 90°'),
    lonDeg: z.number().gte(-180, 'must be at least -180°').lte(180, 'must be at most 180°'),
    /** Height above sea level (Xinglong's telescopes stand at 0.89 km); sea level when left out. */
    altitudeKm: z.number().gte(-0.5, 'must be at least -0.5 km').lte(9, 'must be at most 9 km').optional(),
  });

  const tleLine = (n: 1 | 2) =>
    z.string().superRefine((line, ctx) => {
      const problem = tleLineProblem(line, n);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
  /** A real orbit: a two-line element set propagated by SGP4 from the scenario's start time (left out: the circular orbit of params). */
  const tleSchema = z
    .strictObject({ kind: z.literal('tle'), line1: tleLine(1), line2: tleLine(2) })
    .refine((o) => tleCatalogNumber(o.line1) === tleCatalogNumber(o.line2), { message: 'the two lines name different satellites', path: ['line2'] });
  /** CCSDS Orbit Mean-elements Message as JSON (Celestrak numbers or Space-Track strings): the fields SGP4 reads, and the usual others. */
  const ommNumber = z.union([finite('an OMM element'), z.string().regex(/^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/, 'must be a number')]);
  const ommText = z.string().max(LIMITS.labelLength);
  const ommSchema = z.strictObject({
    kind: z.literal('omm'),
    omm: z.strictObject({
      CCSDS_OMM_VERS: ommText.optional(), COMMENT: ommText.optional(), CLASSIFICATION: ommText.optional(), CREATION_DATE: ommText.optional(),
      ORIGINATOR: ommText.optional(), OBJECT_NAME: ommText, OBJECT_ID: ommText, CENTER_NAME: ommText.optional(), REF_FRAME: ommText.optional(),
      REF_FRAME_EPOCH: ommText.optional(), TIME_SYSTEM: ommText.optional(), MEAN_ELEMENT_THEORY: ommText.optional(),
      EPOCH: z.string().superRefine((text, ctx) => {
        if (utcDateTimeProblem(/[zZ]|[+-]\d{2}:\d{2}$/.test(text) ? text : `${text}Z`)) ctx.addIssue({ code: 'custom', message: 'must be an ISO date and time like 2016-12-18T21:38:11.330592' });
      }),
      MEAN_MOTION: ommNumber, ECCENTRICITY: ommNumber, INCLINATION: ommNumber, RA_OF_ASC_NODE: ommNumber, ARG_OF_PERICENTER: ommNumber,
      MEAN_ANOMALY: ommNumber, EPHEMERIS_TYPE: ommNumber.optional(), CLASSIFICATION_TYPE: ommText.optional(), NORAD_CAT_ID: ommNumber,
      ELEMENT_SET_NO: ommNumber.optional(), REV_AT_EPOCH: ommNumber.optional(), BSTAR: ommNumber, MEAN_MOTION_DOT: ommNumber, MEAN_MOTION_DDOT: ommNumber,
    }),
  });
  const orbitSchema = z.discriminatedUnion('kind', [tleSchema, ommSchema], { error: 'orbit kind must be tle or omm' });

  const nodeBase = { id, label: label.optional(), position: positionSchema, location: locationSchema.optional() };
  /** Nodes that hold quantum memories; left out means 'dephasing'. */
  const memoryNode = { memoryNoiseModel: z.enum(MEMORY_NOISE_MODELS, { error: `memoryNoiseModel must be one of ${MEMORY_NOISE_MODELS.join(', ')}` }).optional() };
  /** A trusted node or repeater the optimiser may keep as a relay or turn into a fibre junction, and what keeping it costs; left out means fixed. */
  const candidateSite = {
    candidate: z.boolean({ error: 'candidate must be true or false' }).optional(),
    costUnits: z.number({ error: 'costUnits must be a number' }).gte(0, 'must be at least 0').lte(LIMITS.costUnits, `must be at most ${LIMITS.costUnits.toExponential().replace('e+', 'e')}`).optional(),
  };

  const nodeUnion = z.discriminatedUnion(
    'kind',
    [
      z.strictObject({ ...nodeBase, ...memoryNode, kind: z.literal('ground-station'), params: paramsSchema(NODE_PARAM_SPECS['ground-station']) }),
      z.strictObject({ ...nodeBase, ...memoryNode, ...candidateSite, kind: z.literal('trusted-node'), params: paramsSchema(NODE_PARAM_SPECS['trusted-node']) }),
      z.strictObject({ ...nodeBase, ...memoryNode, ...candidateSite, kind: z.literal('repeater'), params: paramsSchema(NODE_PARAM_SPECS.repeater) }),
      z.strictObject({ ...nodeBase, kind: z.literal('satellite'), orbit: orbitSchema.optional(), params: paramsSchema(NODE_PARAM_SPECS.satellite) }),
    ],
    { error: `kind must be one of ${NODE_KINDS.join(', ')}` },
  );
  const nodeSchema = fastPath(nodeUnion, acceptedNode);

  const linkBase = { id, label: label.optional(), source: id, target: id };

  const linkUnion = z.discriminatedUnion(
    'kind',
    [
      z.strictObject({ ...linkBase, kind: z.literal('fiber'), params: paramsSchema(fiberParamSpecs) }),
      z.strictObject({ ...linkBase, kind: z.literal('free-space'), params: paramsSchema(freeSpaceParamSpecs) }),
    ],
    { error: `kind must be one of ${LINK_KINDS.join(', ')}` },
  );
  const linkSchema = fastPath(linkUnion, acceptedLink);

  const oneOf = <T extends readonly [string, ...string[]]>(field: string, values: T) =>
    z.enum(values, { error: `${field} must be one of ${values.join(', ')}` });

  const requestBase = {
    id,
    label: label.optional(),
    source: id,
    target: id,
    /** What the path search optimises. */
    routingMetric: oneOf('routingMetric', ROUTING_METRICS).default(REQUEST_DEFAULTS.routingMetric),
    /** Key the application consumes (e.g. AES re-keying, a one-time pad for a data stream); 0 takes whatever is made. */
    demandBitsPerSecond: z.number().gte(0, 'must be at least 0 bit/s').lte(1e12, 'must be at most 1e12 bit/s').default(REQUEST_DEFAULTS.demandBitsPerSecond),
    /** The optimiser's target for this request's key rate (as if alone on its links); left out means no target. */
    minKeyRateBitsPerSecond: z.number().gt(0, 'must be greater than 0 bit/s').lte(1e12, 'must be at most 1e12 bit/s').optional(),
  };

  const requestUnion = z.discriminatedUnion(
    'protocol',
    [
      z.strictObject({
        ...requestBase,
        protocol: z.literal('bb84-decoy'),
        decoyMethod: oneOf('decoyMethod', DECOY_METHODS).default(REQUEST_DEFAULTS.decoyMethod),
        /** Signal intensity μ; when left out the engine uses the μ that maximises the key rate. */
        signalMeanPhotonNumber: z.number().gt(0, 'must be greater than 0').lte(10, 'must be at most 10').optional(),
        /** Pulses per post-processing block; when left out the key is asymptotic (infinitely long blocks). */
        finiteKeyBlockPulses: z.number().gte(1e3, 'must be at least 1000 pulses').lte(1e18, 'must be at most 1e18 pulses').optional(),
        /** The engine also chooses ν (vacuum + weak decoy) and, with finite key, the block's split between signal, weak decoy and vacuum. */
        optimiseDecoySettings: z.boolean().optional(),
        params: paramsSchema(PROTOCOL_PARAM_SPECS['bb84-decoy']),
      }),
      z.strictObject({
        ...requestBase,
        protocol: z.literal('bbm92'),
        sourcePlacement: oneOf('sourcePlacement', SOURCE_PLACEMENTS).default(REQUEST_DEFAULTS.sourcePlacement),
        params: paramsSchema(PROTOCOL_PARAM_SPECS.bbm92),
      }),
      z.strictObject({ ...requestBase, protocol: z.literal('tf-qkd'), params: paramsSchema(PROTOCOL_PARAM_SPECS['tf-qkd']) }),
      z.strictObject({
        ...requestBase,
        protocol: z.literal('entanglement'),
        heraldingScheme: oneOf('heraldingScheme', HERALDING_SCHEMES).default(REQUEST_DEFAULTS.heraldingScheme),
        purificationProtocol: oneOf('purificationProtocol', PURIFICATION_PROTOCOLS).default(REQUEST_DEFAULTS.purificationProtocol),
        purificationStrategy: oneOf('purificationStrategy', PURIFICATION_STRATEGIES).default(REQUEST_DEFAULTS.purificationStrategy),
        purificationLevels: oneOf('purificationLevels', PURIFICATION_LEVELS).default(REQUEST_DEFAULTS.purificationLevels),
        /** Routing and delivery must reach this fidelity with |Φ⁺⟩; left out means any entangled pair will do. */
        minFidelity: z.number().gte(0, 'must be at least 0').lte(1, 'must be at most 1').optional(),
        /** The engine chooses one memory cut-off for the chain and the purification rounds (pairs per second above minFidelity, else key). */
        optimiseRepeaterSettings: z.boolean().optional(),
        params: paramsSchema(PROTOCOL_PARAM_SPECS.entanglement),
      }),
    ],
    { error: `protocol must be one of ${PROTOCOLS.join(', ')}` },
  );
  const requestSchema = fastPath(requestUnion, acceptedRequest);

  const eventTime = {
    startSeconds: z.number().gte(0, 'must be at least 0 s').lte(1e8, 'must be at most 1e8 s'),
    endSeconds: z.number().gt(0, 'must be greater than 0 s').lte(1e8, 'must be at most 1e8 s').optional(),
  };

  /** Things that happen during the run: failures, recoveries (endSeconds) and eavesdroppers. */
  const eventSchema = z
    .discriminatedUnion(
      'kind',
      [
        z.strictObject({ kind: z.literal('link-failure'), linkId: id, ...eventTime }),
        z.strictObject({ kind: z.literal('node-failure'), nodeId: id, ...eventTime }),
        z.strictObject({
          kind: z.literal('eavesdropper'),
          linkId: id,
          interceptedFraction: z.number().gt(0, 'must be greater than 0').lte(1, 'must be at most 1').default(1),
          ...eventTime,
        }),
      ],
      { error: 'kind must be one of link-failure, node-failure, eavesdropper' },
    )
    .refine((e) => e.endSeconds === undefined || e.endSeconds > e.startSeconds, { message: 'endSeconds must be after startSeconds', path: ['endSeconds'] });

  const settingsSchema = z
    .strictObject({
      durationSeconds: z.number().gt(0, 'must be greater than 0 s').lte(1e8, 'must be at most 1e8 s').default(SETTINGS_DEFAULTS.durationSeconds),
      timeStepSeconds: z.number().gt(0, 'must be greater than 0 s').lte(1e6, 'must be at most 1e6 s').default(SETTINGS_DEFAULTS.timeStepSeconds),
      /** The UTC instant of t = 0 (ISO 8601, e.g. 2016-12-19T16:40:00Z); SGP4 orbits start at their TLE epoch when left out. */
      startTimeUtc: z
        .string()
        .superRefine((text, ctx) => {
          const problem = utcDateTimeProblem(text);
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
        })
        .optional(),
      /** Fibre length over great-circle distance (cables follow roads and coasts); used where a length comes from two locations. */
      routeFactor: z.number().gte(1, 'must be at least 1').lte(5, 'must be at most 5').optional(),
    })
    .prefault({});

  const scenarioSchema = z
    .strictObject({
      version: z.literal(SCENARIO_VERSION),
      name: label.default(DESIGN_DEFAULTS.name),
      /** Seed for every random draw, so a shared link gives the same numbers on every machine. */
      seed: z.number().int('must be a whole number').gte(0).lte(2 ** 32 - 1).default(DESIGN_DEFAULTS.seed),
      settings: settingsSchema,
      nodes: z.array(nodeSchema).max(LIMITS.nodes, `must have at most ${LIMITS.nodes} nodes`),
      links: z.array(linkSchema).max(LIMITS.links, `must have at most ${LIMITS.links} links`).default([]),
      requests: z.array(requestSchema).max(LIMITS.requests, `must have at most ${LIMITS.requests} requests`).default([]),
      events: z.array(eventSchema).max(LIMITS.events, `must have at most ${LIMITS.events} events`).default([]),
    })
    .superRefine((s, ctx) => {
      if (s.settings.durationSeconds / s.settings.timeStepSeconds > LIMITS.steps) {
        ctx.addIssue({ code: 'custom', path: ['settings', 'timeStepSeconds'], message: `gives more than ${LIMITS.steps} steps; use a larger step` });
      }
      const nodeIds = new Set<string>();
      s.nodes.forEach((n, i) => {
        if (nodeIds.has(n.id)) ctx.addIssue({ code: 'custom', path: ['nodes', i, 'id'], message: `duplicates node id "${n.id}"` });
        nodeIds.add(n.id);
      });
      const checkEnds = (collection: 'links' | 'requests', items: { id: string; source: string; target: string }[]) => {
        const ids = new Set<string>();
        items.forEach((item, i) => {
          if (ids.has(item.id)) ctx.addIssue({ code: 'custom', path: [collection, i, 'id'], message: `duplicates id "${item.id}"` });
          ids.add(item.id);
          for (const end of ['source', 'target'] as const) {
            if (!nodeIds.has(item[end])) ctx.addIssue({ code: 'custom', path: [collection, i, end], message: `names node "${item[end]}", which does not exist` });
          }
          if (item.source === item.target) ctx.addIssue({ code: 'custom', path: [collection, i, 'target'], message: 'must differ from source' });
        });
      };
      checkEnds('links', s.links);
      checkEnds('requests', s.requests);
      const linkIds = new Set(s.links.map((l) => l.id));
      s.events.forEach((e, i) => {
        if ('linkId' in e && !linkIds.has(e.linkId)) ctx.addIssue({ code: 'custom', path: ['events', i, 'linkId'], message: `names link "${e.linkId}", which does not exist` });
        if ('nodeId' in e && !nodeIds.has(e.nodeId)) ctx.addIssue({ code: 'custom', path: ['events', i, 'nodeId'], message: `names node "${e.nodeId}", which does not exist` });
      });
    });

  return { scenario: scenarioSchema, node: nodeSchema, link: linkSchema, request: requestSchema };
}

type Schemas = ReturnType<typeof buildSchemas>;
let built: Schemas | null = null;

/**
 * The zod schemas, built on first use: building them takes 90–150 ms on a loaded page, and the default scenario
 * (default-scenario-parsed.ts) needs none, so neither the page nor the worker pays that before the first chart sample.
 */
export function schemas(): Schemas {
  return (built ??= buildSchemas());
}

/** A scenario as written by a person: defaults may be left out. */
export type ScenarioInput = z.input<Schemas['scenario']>;
/** A validated scenario with every default filled in: what the engine receives. */
export type Scenario = z.output<Schemas['scenario']>;
export type ScenarioNode = Scenario['nodes'][number];
export type ScenarioLink = Scenario['links'][number];
export type ScenarioRequest = Scenario['requests'][number];
export type NodeKind = ScenarioNode['kind'];
export type LinkKind = ScenarioLink['kind'];
export type Protocol = (typeof PROTOCOLS)[number];
export type ScenarioEvent = Scenario['events'][number];
