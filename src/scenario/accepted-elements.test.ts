// Nodes and links accepted by plain checks (accepted-elements.ts) against zod alone: the same value, key order
// included, or the same messages.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptedLink, acceptedNode } from './accepted-elements';
import { buildSchemas } from './schema';
import { LINK_KINDS, NODE_KINDS } from './schema-constants';

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

/**
 * Every drawn element parses to the same value or the same messages with the fast path as with zod alone, and both
 * branches are exercised: elements taken by the plain checks and elements zod must explain.
 */
function sameAnswers(elements: fc.Arbitrary<unknown>, which: 'node' | 'link'): void {
  let accepted = 0;
  fc.assert(
    fc.property(elements, (raw) => {
      const got = outcome(fast[which].safeParse(raw));
      accepted += 'ok' in got ? 1 : 0;
      expect(got).toEqual(outcome(zodOnly[which].safeParse(raw)));
    }),
    { numRuns: 3000 },
  );
  expect(accepted).toBeGreaterThan(100);
  expect(accepted).toBeLessThan(2900);
}

describe('nodes and links accepted without zod', () => {
  it('give zod’s answer for every node, valid or not', () => sameAnswers(fc.oneof(node, fittingNode), 'node'));

  it('give zod’s answer for every link, valid or not', () => sameAnswers(link, 'link'));

  it('take the common shapes themselves and leave the rest to zod', () => {
    expect(acceptedNode({ id: 'a', kind: 'ground-station', position: { x: 1, y: 2 } })).not.toBeNull();
    expect(acceptedNode({ id: 'a', kind: 'satellite', position: { x: 1, y: 2 }, orbit: { kind: 'tle', line1: '', line2: '' } })).toBeNull();
    expect(acceptedNode({ id: 'a', kind: 'ground-station', position: { x: 1, y: 2 }, label: undefined })).toBeNull();
    expect(acceptedLink({ id: 'l', kind: 'fiber', source: 'a', target: 'b', params: { lengthKm: 10 } })).not.toBeNull();
    expect(acceptedLink({ id: 'l', kind: 'fiber', source: 'a', target: 'b', params: { lengthKm: -1 } })).toBeNull();
    expect(acceptedLink(JSON.parse('{"id":"l","kind":"fiber","source":"a","target":"b","__proto__":{}}'))).toBeNull();
  });
});
