// Nodes and links accepted by plain checks (accepted-elements.ts) against zod alone: the same value, key order
// included, or the same messages.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomScenarioInput } from '../engine/testing/random-scenarios';
import { acceptedLink, acceptedNode, acceptedScenario } from './accepted-elements';
import { migrate } from './migrations';
import { formatIssues, parseScenario, type ParseResult } from './validate';
import { buildSchemas } from './schema';
import { LINK_KINDS, NODE_KINDS, PROTOCOLS } from './schema-constants';

const fast = buildSchemas();
const zodOnly = buildSchemas({ fast: false });

const outcome = (result: { success: boolean; data?: unknown; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? { ok: JSON.stringify(result.data) } : { errors: result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };

/** Values for any field: usually fitting, often just wrong (type, range, length, characters), sometimes absent. */
const number = fc.oneof(fc.double({ min: -200, max: 200, noNaN: true }), fc.constantFrom(0, -0, 90, -90.000001, 180.5, 9, 9.1, -0.5, 1e9, 1e9 + 1, NaN, Infinity), fc.integer({ min: -5, max: 5 }));
const id = fc.oneof(fc.stringMatching(/^[A-Za-z0-9_.:-]{1,8}$/), fc.constantFrom('', 'a b', 'x'.repeat(64), 'x'.repeat(65), 'é', '__proto__'));
const label = fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('y'.repeat(80), 'y'.repeat(81)));
const anything = fc.constantFrom<unknown>(null, true, 'text', [], {}, 3, undefined);
const position = fc.oneof({ weight: 5, arbitrary: fc.record({ x: number, y: number }) }, { weight: 1, arbitrary: fc.record({ x: number, y: number, z: number }) }, { weight: 1, arbitrary: anything });
const location = fc.oneof(
  { weight: 4, arbitrary: fc.record({ latDeg: number, lonDeg: number, altitudeKm: number }, { requiredKeys: ['latDeg', 'lonDeg'] }) },
  { weight: 1, arbitrary: anything },
);
const params = fc.oneof(
  { weight: 4, arbitrary: fc.constant({}) },
  { weight: 2, arbitrary: fc.record({ lengthKm: number, detectorEfficiency: number }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: anything },
);

function maybe<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.option(arb, { nil: undefined, freq: 2 });
}

/** A record with the optional fields left out when drawn undefined, and sometimes a stray key or an explicit undefined. */
function element(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Record<string, unknown>> {
  return fc.tuple(fc.record(fields), fc.constantFrom('none', 'none', 'none', 'stray', 'undefined')).map(([value, twist]) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = v;
    if (twist === 'stray') out.colour = 'red';
    if (twist === 'undefined') out.label = undefined;
    return out;
  });
}

const node = element({
  id: fc.oneof({ weight: 8, arbitrary: id }, { weight: 1, arbitrary: anything }),
  label: maybe(label),
  kind: fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...NODE_KINDS) }, { weight: 1, arbitrary: fc.constantFrom('satelite', 3) }),
  position,
  location: maybe(location),
  memoryNoiseModel: maybe(fc.constantFrom('dephasing', 't1-t2', 'depolarising')),
  candidate: maybe(fc.constantFrom(true, false, 'yes')),
  costUnits: maybe(number),
  params: maybe(params),
  orbit: fc.option(fc.constant({ kind: 'tle', line1: 'x', line2: 'y' }), { nil: undefined, freq: 8 }),
});

/** A node that should pass: fitting fields for its kind, sometimes with its optional ones. */
const fittingNode = fc
  .record({
    id: fc.stringMatching(/^[A-Za-z0-9_.:-]{1,8}$/),
    label: maybe(fc.string({ maxLength: 10 })),
    kind: fc.constantFrom(...NODE_KINDS),
    position: fc.record({ x: fc.double({ min: -1e4, max: 1e4, noNaN: true }), y: fc.double({ min: -1e4, max: 1e4, noNaN: true }) }),
    location: maybe(fc.record({ latDeg: fc.double({ min: -90, max: 90, noNaN: true }), lonDeg: fc.double({ min: -180, max: 180, noNaN: true }), altitudeKm: maybe(fc.double({ min: -0.5, max: 9, noNaN: true })) })),
    memoryNoiseModel: maybe(fc.constantFrom('dephasing', 'depolarizing', 't1-t2')),
    candidate: maybe(fc.boolean()),
    costUnits: maybe(fc.double({ min: 0, max: 1e9, noNaN: true })),
    params: maybe(fc.constant({})),
  })
  .map((n) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(n)) {
      if (v === undefined) continue;
      if (k === 'location') out[k] = Object.fromEntries(Object.entries(v as object).filter(([, x]) => x !== undefined));
      else if ((k === 'candidate' || k === 'costUnits') && n.kind !== 'trusted-node' && n.kind !== 'repeater') continue;
      else if (k === 'memoryNoiseModel' && n.kind === 'satellite') continue;
      else out[k] = v;
    }
    return out;
  });

const link = element({
  id: fc.oneof({ weight: 8, arbitrary: id }, { weight: 1, arbitrary: anything }),
  label: maybe(label),
  kind: fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...LINK_KINDS) }, { weight: 1, arbitrary: fc.constant('copper') }),
  source: id,
  target: fc.oneof({ weight: 8, arbitrary: id }, { weight: 1, arbitrary: anything }),
  params: maybe(params),
});

const FIELD_VALUES: Record<string, fc.Arbitrary<unknown>> = {
  routingMetric: fc.constantFrom('highest-rate', 'lowest-latency', 'fewest-hops', 'fastest'),
  demandBitsPerSecond: fc.constantFrom(0, 5e3, 1e12, 1e12 + 1, -1, NaN),
  minKeyRateBitsPerSecond: fc.constantFrom(0, -0, 1, 1e12, 2e12),
  decoyMethod: fc.constantFrom('infinite', 'vacuum-weak', 'none', 'two-decoy'),
  signalMeanPhotonNumber: fc.constantFrom(0, 0.5, 10, 10.5),
  finiteKeyBlockPulses: fc.constantFrom(999, 1e3, 1e10, 1e18, 2e18),
  optimiseDecoySettings: fc.constantFrom(true, false, 'yes'),
  sourcePlacement: fc.constantFrom('middle', 'source-end', 'end'),
  heraldingScheme: fc.constantFrom('two-click', 'single-click', 'node-source', 'three-click'),
  purificationProtocol: fc.constantFrom('none', 'bbpssw', 'dejmps', 'x'),
  purificationStrategy: fc.constantFrom('recurrence', 'pumping', 'x'),
  purificationLevels: fc.constantFrom('elementary', 'every-level', 'x'),
  minFidelity: fc.constantFrom(0, 0.9, 1, 1.2),
  optimiseRepeaterSettings: fc.constantFrom(true, false, 0),
};

/** A request of a drawn protocol with some of that protocol's fields (and now and then another's), values often wrong. */
const BASE_FIELDS = ['routingMetric', 'demandBitsPerSecond', 'minKeyRateBitsPerSecond'];
const OWN_FIELDS: Record<string, string[]> = {
  'bb84-decoy': ['decoyMethod', 'signalMeanPhotonNumber', 'finiteKeyBlockPulses', 'optimiseDecoySettings'],
  bbm92: ['sourcePlacement'],
  'tf-qkd': [],
  entanglement: ['heraldingScheme', 'purificationProtocol', 'purificationStrategy', 'purificationLevels', 'minFidelity', 'optimiseRepeaterSettings'],
  qkd: [],
};
const request = fc
  .constantFrom(...PROTOCOLS, 'qkd')
  .chain((protocol) =>
    fc.record({
      id,
      label: maybe(label),
      source: id,
      target: id,
      protocol: fc.constant(protocol),
      // Mostly the protocol's own fields, sometimes any.
      fields: fc.oneof({ weight: 5, arbitrary: fc.subarray([...BASE_FIELDS, ...OWN_FIELDS[protocol]!]) }, { weight: 1, arbitrary: fc.subarray(Object.keys(FIELD_VALUES), { maxLength: 3 }) }),
      params: maybe(fc.constant({})),
    }),
  )
  .chain(({ fields, ...rest }) => fc.record(Object.fromEntries(fields.map((f) => [f, FIELD_VALUES[f]!]))).map((values) => ({ ...rest, ...values })))
  .map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)));

/**
 * Every drawn element parses to the same value or the same messages with the fast path as with zod alone, and both
 * branches are exercised: elements taken by the plain checks and elements zod must explain.
 */
function sameAnswers(elements: fc.Arbitrary<unknown>, which: 'node' | 'link' | 'request', least = 100): void {
  let accepted = 0;
  fc.assert(
    fc.property(elements, (raw) => {
      const got = outcome(fast[which].safeParse(raw));
      accepted += 'ok' in got ? 1 : 0;
      expect(got).toEqual(outcome(zodOnly[which].safeParse(raw)));
    }),
    { numRuns: 3000 },
  );
  expect(accepted).toBeGreaterThan(least);
  expect(accepted).toBeLessThan(2900);
}

describe('nodes and links accepted without zod', () => {
  it('give zod’s answer for every node, valid or not', () => sameAnswers(fc.oneof(node, fittingNode), 'node'));

  it('give zod’s answer for every link, valid or not', () => sameAnswers(link, 'link'));

  it('give zod’s answer for every request, valid or not', () => sameAnswers(request, 'request', 50));

  it('take the common shapes themselves and leave the rest to zod', () => {
    expect(acceptedNode({ id: 'a', kind: 'ground-station', position: { x: 1, y: 2 } })).not.toBeNull();
    expect(acceptedNode({ id: 'a', kind: 'satellite', position: { x: 1, y: 2 }, orbit: { kind: 'tle', line1: '', line2: '' } })).toBeNull();
    expect(acceptedNode({ id: 'a', kind: 'ground-station', position: { x: 1, y: 2 }, label: undefined })).toBeNull();
    expect(acceptedLink({ id: 'l', kind: 'fiber', source: 'a', target: 'b', params: { lengthKm: 10 } })).not.toBeNull();
    expect(acceptedLink({ id: 'l', kind: 'fiber', source: 'a', target: 'b', params: { lengthKm: -1 } })).toBeNull();
    expect(acceptedLink(JSON.parse('{"id":"l","kind":"fiber","source":"a","target":"b","__proto__":{}}'))).toBeNull();
  });
});

/** parseScenario's answer, as text: the design (key order included) or its messages. */
const parsedText = (result: ParseResult) => (result.ok ? { ok: JSON.stringify(result.scenario) } : { errors: result.errors });

/** zod alone on the same migrated document, as parseScenario words it. */
function zodAlone(raw: unknown): ParseResult {
  const migrated = migrate(raw);
  if (!migrated.ok) return migrated;
  const result = zodOnly.scenario.safeParse(migrated.value);
  return result.success ? { ok: true, scenario: result.data } : { ok: false, errors: formatIssues(result.error) };
}

/** Ways a design goes wrong (or stays right), each one the fast path must leave to zod or answer as zod does. */
const MUTATIONS: Record<string, (s: Record<string, any>) => void> = {
  none: () => {},
  noDefaults: (s) => (delete s.settings, delete s.seed, delete s.name),
  duplicateNode: (s) => (s.nodes[1].id = s.nodes[0].id),
  danglingLink: (s) => s.links.push({ id: 'lx', source: 'n0', target: 'nowhere', kind: 'fiber' }),
  loopLink: (s) => s.links.push({ id: 'lx', source: 'n0', target: 'n0', kind: 'fiber' }),
  duplicateRequest: (s) => s.requests.push({ ...s.requests[0] }),
  badRouting: (s) => (s.requests[0].routingMetric = 'shortest'),
  demand: (s) => (s.requests[0].demandBitsPerSecond = 2e3),
  minKeyRate: (s) => (s.requests[0].minKeyRateBitsPerSecond = 0),
  event: (s) => (s.events = [{ kind: 'node-failure', nodeId: 'n0', startSeconds: 1 }]),
  longName: (s) => (s.name = 'n'.repeat(81)),
  seed: (s) => (s.seed = -1),
  step: (s) => (s.settings = { durationSeconds: 1e8, timeStepSeconds: 1 }),
  zeroStep: (s) => (s.settings = { timeStepSeconds: 0 }),
  startTime: (s) => (s.settings = { ...s.settings, startTimeUtc: '2016-12-19T16:45:00Z' }),
  badStartTime: (s) => (s.settings = { ...s.settings, startTimeUtc: '19 Dec 2016' }),
  routeFactor: (s) => (s.settings = { ...s.settings, routeFactor: 0.5 }),
  stray: (s) => (s.colour = 'red'),
  noNodes: (s) => delete s.nodes,
  nullLinks: (s) => (s.links = null),
  version1: (s) => (s.version = 1),
};

describe('designs accepted without zod', () => {
  it('give parseScenario’s answer with zod alone for random designs, valid or broken', () => {
    let accepted = 0;
    fc.assert(
      fc.property(randomScenarioInput(), fc.constantFrom(...Object.keys(MUTATIONS)), (input, mutation) => {
        // As a link or a file carries it: JSON, so no key holds undefined.
        const raw = JSON.parse(JSON.stringify(input)) as Record<string, unknown>;
        MUTATIONS[mutation]!(raw);
        const migrated = migrate(structuredClone(raw));
        if (migrated.ok && acceptedScenario(migrated.value)) accepted++;
        const got = parsedText(parseScenario(structuredClone(raw)));
        expect(got).toEqual(parsedText(zodAlone(structuredClone(raw))));
      }),
      { numRuns: 600 },
    );
    // The plain checks take a real share of them; zod answers the rest.
    expect(accepted).toBeGreaterThan(60);
  });
});
