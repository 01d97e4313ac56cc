// Random valid scenarios for the engine's property tests: small networks of any node, link and protocol, with every
// parameter anywhere in its allowed range (or, for the extreme-value properties, only at its edges).
import fc from 'fast-check';
import type { ParamSpec, ParamSpecs } from '../../scenario/param-spec';
import {
  bb84RequestParamSpecs,
  bbm92RequestParamSpecs,
  entanglementRequestParamSpecs,
  fiberParamSpecs,
  freeSpaceParamSpecs,
  twinFieldRequestParamSpecs,
} from '../../scenario/params';
import { DECOY_METHODS, HERALDING_SCHEMES, NODE_KINDS, NODE_PARAM_SPECS, PURIFICATION_PROTOCOLS, SOURCE_PLACEMENTS, type Scenario, type ScenarioInput } from '../../scenario/schema';
import { parseScenario } from '../../scenario/validate';

/** How a parameter's value is drawn from its spec. */
export type ValueDraw = (spec: ParamSpec) => fc.Arbitrary<number>;

/** Any value a parameter accepts, biased by fast-check towards its bounds. */
export const anywhere: ValueDraw = (spec) =>
  spec.integer
    ? fc.integer({ min: Math.ceil(spec.min), max: Math.floor(spec.max) })
    : fc.double({ min: spec.min, max: spec.max, noNaN: true, minExcluded: !!spec.minExclusive });

/**
 * Only the edges of what a parameter accepts: its bounds, the smallest numbers a double holds above an exclusive zero
 * (5e-324 is denormal) and 1e-300 where the range allows them, and the default.
 */
export const atTheEdges: ValueDraw = (spec) => {
  const candidates = [spec.min, spec.max, 5e-324, 1e-300, 1e-30, spec.default, spec.max * (1 - 1e-16), spec.min + Number.EPSILON];
  const allowed = candidates.filter((v) => (spec.minExclusive ? v > spec.min : v >= spec.min) && v <= spec.max && (!spec.integer || Number.isInteger(v)));
  return fc.constantFrom(...new Set(allowed));
};

export function paramsWithin(specs: ParamSpecs, draw: ValueDraw, overrides: Record<string, fc.Arbitrary<number>> = {}): fc.Arbitrary<Record<string, number>> {
  const fields = Object.fromEntries(Object.entries(specs).map(([key, spec]) => [key, overrides[key] ?? draw(spec)]));
  // Each parameter is either given or left to its default.
  return fc.record(fields, { requiredKeys: [] }) as fc.Arbitrary<Record<string, number>>;
}

/**
 * The repeater Monte Carlo's work is trials × elementary links per delivered pair, and only the per-trial cap
 * (200,000 links, src/engine/requests/entanglement-request.ts) bounds it: a swap success probability of 1e-5 takes
 * ~90 s at the default 2,000 trials (reported to the lead). Keep these properties about correctness, not that cost.
 */
const BOUNDED_REPEATER = {
  swapSuccessProbability: fc.double({ min: 0.05, max: 1, noNaN: true }),
  memoryCutoffSeconds: fc.oneof(fc.constant(0), fc.double({ min: 1e-3, max: 1e6, noNaN: true })),
};

/** Memory cutoffs anywhere in range make the Monte Carlo regenerate links for as long as its budget lasts: seconds a run. */
const BOUNDED_CUTOFF = { memoryCutoffSeconds: fc.constantFrom(0, 1, 1e6) };

const node = (i: number, draw: ValueDraw) =>
  fc.constantFrom(...NODE_KINDS).chain((kind) =>
    fc.record({
      id: fc.constant(`n${i}`),
      kind: fc.constant(kind),
      position: fc.record({ x: fc.integer({ min: -2000, max: 2000 }), y: fc.integer({ min: -2000, max: 2000 }) }),
      location: fc.option(fc.record({ latDeg: fc.double({ min: -90, max: 90, noNaN: true }), lonDeg: fc.double({ min: -180, max: 180, noNaN: true }) }), { nil: undefined }),
      params: paramsWithin(NODE_PARAM_SPECS[kind], draw, kind === 'repeater' ? BOUNDED_REPEATER : draw === anywhere ? {} : BOUNDED_CUTOFF),
    }),
  );

const link = (nodeCount: number, l: number, draw: ValueDraw) =>
  fc
    .record({ a: fc.nat({ max: nodeCount - 1 }), step: fc.integer({ min: 1, max: nodeCount - 1 }), kind: fc.constantFrom('fiber' as const, 'free-space' as const) })
    .chain(({ a, step, kind }) =>
      fc.record({
        id: fc.constant(`l${l}`),
        source: fc.constant(`n${a}`),
        target: fc.constant(`n${(a + step) % nodeCount}`),
        kind: fc.constant(kind),
        params: paramsWithin(kind === 'fiber' ? fiberParamSpecs : freeSpaceParamSpecs, draw),
      }),
    );

// Entanglement Monte Carlo trials are kept small (100, the minimum) so a run stays quick.
const protocolPart = (draw: ValueDraw) =>
  fc.oneof(
    fc.record({ protocol: fc.constant('bb84-decoy' as const), decoyMethod: fc.constantFrom(...DECOY_METHODS), params: paramsWithin(bb84RequestParamSpecs, draw) }).chain((r) =>
      fc.record({
        ...Object.fromEntries(Object.entries(r).map(([k, v]) => [k, fc.constant(v)])),
        signalMeanPhotonNumber: fc.option(draw({ label: '', unit: '', help: '', min: 0, minExclusive: true, max: 10, default: 0.5 }), { nil: undefined }),
        finiteKeyBlockPulses: fc.option(draw({ label: '', unit: '', help: '', min: 1e3, max: 1e18, default: 1e10 }), { nil: undefined }),
        optimiseDecoySettings: fc.option(fc.boolean(), { nil: undefined }),
      }),
    ),
    fc.record({ protocol: fc.constant('bbm92' as const), sourcePlacement: fc.constantFrom(...SOURCE_PLACEMENTS), params: paramsWithin(bbm92RequestParamSpecs, draw) }),
    fc.record({ protocol: fc.constant('tf-qkd' as const), params: paramsWithin(twinFieldRequestParamSpecs, draw) }),
    fc.record({
      protocol: fc.constant('entanglement' as const),
      heraldingScheme: fc.constantFrom(...HERALDING_SCHEMES),
      purificationProtocol: fc.constantFrom(...PURIFICATION_PROTOCOLS),
      params: paramsWithin(entanglementRequestParamSpecs, draw).map((params) => ({ ...params, monteCarloTrials: 100 })),
    }),
  );

const request = (nodeCount: number, r: number, draw: ValueDraw) =>
  fc.record({ a: fc.nat({ max: nodeCount - 1 }), step: fc.integer({ min: 1, max: nodeCount - 1 }), part: protocolPart(draw) }).map(
    ({ a, step, part }) => ({ id: `r${r}`, source: `n${a}`, target: `n${(a + step) % nodeCount}`, ...part }) as NonNullable<ScenarioInput['requests']>[number],
  );

/** Small random networks: 2–6 nodes of any kind, 0–8 links of either kind, 1–4 requests of any protocol. */
export function randomScenarioInput(draw: ValueDraw = anywhere): fc.Arbitrary<ScenarioInput> {
  return fc.integer({ min: 2, max: 6 }).chain((n) =>
    fc.record({
      version: fc.constant(2 as const),
      seed: fc.nat({ max: 2 ** 32 - 1 }),
      settings: fc.record({ durationSeconds: fc.constantFrom(10, 600, 86_400), timeStepSeconds: fc.constantFrom(1, 60) }),
      nodes: fc.tuple(...Array.from({ length: n }, (_, i) => node(i, draw))),
      links: fc.integer({ min: 0, max: 8 }).chain((k) => (k === 0 ? fc.constant([]) : fc.tuple(...Array.from({ length: k }, (_, l) => link(n, l, draw))))),
      requests: fc.integer({ min: 1, max: 4 }).chain((k) => fc.tuple(...Array.from({ length: k }, (_, r) => request(n, r, draw)))),
    }) as fc.Arbitrary<ScenarioInput>,
  );
}

export function parsed(input: ScenarioInput): Scenario {
  const result = parseScenario(input);
  if (!result.ok) throw new Error(`generator made an invalid scenario: ${result.errors.join('; ')}`);
  return result.scenario;
}
