// The parameters' fast path (paramsSchema) against zod alone: the same answer, the same scenario, the same messages.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptedParams, checkParam, type ParamSpecs } from './param-spec';
import { numberSchema, paramsSchema, zodParamsSchema } from './param-schema';
import { fiberParamSpecs, freeSpaceParamSpecs } from './params';
import { NODE_PARAM_SPECS, PROTOCOL_PARAM_SPECS } from './schema';

const TABLES: [string, ParamSpecs][] = [
  ...Object.entries(NODE_PARAM_SPECS),
  ...Object.entries(PROTOCOL_PARAM_SPECS),
  ['fiber', fiberParamSpecs],
  ['free-space', freeSpaceParamSpecs],
];

/** A value for a parameter: often valid, often just outside its range, sometimes not a number at all. */
function valueArb(specs: ParamSpecs, key: string) {
  const spec = specs[key];
  const min = spec?.min ?? 0;
  const max = spec?.max ?? 1;
  return fc.oneof(
    fc.double({ min, max, noNaN: true }),
    fc.integer({ min: Math.ceil(Math.max(min, -1e6)), max: Math.floor(Math.min(max, 1e6)) }),
    fc.constantFrom(min, max, min - 1e-9, max * 1.000001 + 1e-9, -0, 0.5, 1.5, Number.NaN, Infinity, -Infinity, 2 ** 60),
    fc.constantFrom('1', null, true, [], {}, undefined),
  );
}

function inputArb(specs: ParamSpecs) {
  const keys = [...Object.keys(specs), 'unknownParam', '__proto__', 'constructor', 'toString'];
  return fc.oneof(
    { weight: 6, arbitrary: fc.dictionary(fc.constantFrom(...keys), fc.constant(0)).chain((d) => fc.record(Object.fromEntries(Object.keys(d).map((k) => [k, valueArb(specs, k)])))) },
    { weight: 1, arbitrary: fc.constantFrom(undefined, null, 3, 'params', [], [1, 2], new Date(0)) },
  );
}

const outcome = (result: { success: boolean; data?: unknown; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? { ok: JSON.stringify(result.data) } : { errors: result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };

describe('parameters filled in without zod', () => {
  it.each(TABLES)('%s: the same answer as zod alone, for valid and broken parameters alike', (_, specs) => {
    const fast = paramsSchema(specs);
    const zodOnly = zodParamsSchema(specs);
    let accepted = 0;
    fc.assert(
      fc.property(inputArb(specs), (input) => {
        // JSON.parse makes "__proto__" an own key, as a link or a file would.
        const raw = input !== null && typeof input === 'object' && !Array.isArray(input) && !(input instanceof Date) ? JSON.parse(JSON.stringify(input)) : input;
        const got = outcome(fast.safeParse(raw));
        accepted += "ok" in got ? 1 : 0;
        expect(got).toEqual(outcome(zodOnly.safeParse(raw)));
      }),
      { numRuns: 400 },
    );
    // Both branches are exercised: valid parameters (the fast path) and broken ones (zod's messages).
    expect(accepted).toBeGreaterThan(40);
    expect(accepted).toBeLessThan(360);
  });

  it('fills the defaults in the table’s order and refuses what zod must explain', () => {
    expect(Object.keys(acceptedParams({ lengthKm: 3 }, fiberParamSpecs)!)).toEqual(Object.keys(fiberParamSpecs));
    expect(acceptedParams(undefined, fiberParamSpecs)).toEqual(Object.fromEntries(Object.entries(fiberParamSpecs).map(([k, s]) => [k, s.default])));
    expect(acceptedParams(JSON.parse('{"__proto__": 1}'), fiberParamSpecs)).toBeNull();
    // A key present as undefined (a structured clone keeps it; JSON drops it) takes its default, as zod gives it.
    expect(paramsSchema(fiberParamSpecs).parse({ lengthKm: undefined, attenuationDbPerKm: 0.3 })).toEqual(zodParamsSchema(fiberParamSpecs).parse({ lengthKm: undefined, attenuationDbPerKm: 0.3 }));
    expect(acceptedParams({ lengthKm: -1 }, fiberParamSpecs)).toBeNull();
    expect(acceptedParams({ monteCarloTrials: 100.5 }, PROTOCOL_PARAM_SPECS.entanglement)).toBeNull();
  });
});

describe('checkParam (the inspector’s check of one value, without zod)', () => {
  it('gives zod’s first message, or null when zod accepts, for every parameter of every table', () => {
    const cases = TABLES.flatMap(([, specs]) => Object.keys(specs).map((key) => [specs, key] as const));
    fc.assert(
      fc.property(fc.constantFrom(...cases).chain(([specs, key]) => fc.tuple(fc.constant(specs[key]!), valueArb(specs, key))), ([spec, value]) => {
        const zod = numberSchema(spec).safeParse(value);
        expect(checkParam(spec, value)).toBe(zod.success ? null : (zod.error.issues[0]?.message ?? 'is not valid'));
      }),
      { numRuns: 2000 },
    );
  });

  it('names the bound and the unit', () => {
    expect(checkParam(fiberParamSpecs.lengthKm, -1)).toMatch(/^must be (greater than|at least) 0 km$/);
    expect(checkParam(fiberParamSpecs.lengthKm, 10)).toBeNull();
  });
});
