// parseScenarioAgainst must answer exactly as parseScenario does, for any edit of a validated design, valid or not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultScenarioInput } from './default-scenario';
import { parseScenarioAgainst } from './parse-edited';
import type { Scenario } from './schema';
import { parseScenario } from './validate';
import { validated } from './testing/validated';


const base = validated({
  ...defaultScenarioInput,
  nodes: [
    ...defaultScenarioInput.nodes!,
    { id: 'r1', kind: 'repeater', position: { x: 5, y: 5 }, params: {} },
    { id: 's1', kind: 'satellite', position: { x: 9, y: 9 }, params: {} },
  ],
});

type Raw = Record<string, unknown> & { nodes: Record<string, unknown>[]; links: Record<string, unknown>[]; requests: Record<string, unknown>[] };
const COLLECTIONS = ['nodes', 'links', 'requests'] as const;
const value = fc.oneof(fc.double(), fc.integer({ min: -5, max: 5 }), fc.constant('x'), fc.constant(null), fc.constant(undefined), fc.constant(1e-320));

/** Random edits: a parameter set to anything, a field renamed or rewired, an element added or removed, a stray key. */
const edit = fc.oneof(
  fc.record({ c: fc.constantFrom(...COLLECTIONS), i: fc.nat(), key: fc.constantFrom('lengthKm', 'detectorEfficiency', 'attenuationDbPerKm', 'errorCorrectionEfficiency', 'altitudeKm', 'bogus'), v: value }).map(
    ({ c, i, key, v }) => (raw: Raw) => {
      const item = raw[c][i % Math.max(1, raw[c].length)];
      if (item) item.params = { ...(item.params as object), [key]: v };
    },
  ),
  fc.record({ c: fc.constantFrom(...COLLECTIONS), i: fc.nat(), field: fc.constantFrom('id', 'source', 'target', 'kind', 'label', 'position', 'protocol', 'stray'), v: fc.oneof(value, fc.constantFrom('alice', 'bob', 'fiber', 'satellite')) }).map(
    ({ c, i, field, v }) => (raw: Raw) => {
      const item = raw[c][i % Math.max(1, raw[c].length)];
      if (item) item[field] = v;
    },
  ),
  fc.record({ c: fc.constantFrom(...COLLECTIONS), i: fc.nat() }).map(({ c, i }) => (raw: Raw) => void raw[c].splice(i % Math.max(1, raw[c].length), 1)),
  fc.record({ c: fc.constantFrom(...COLLECTIONS), i: fc.nat() }).map(({ c, i }) => (raw: Raw) => void raw[c].push(structuredClone(raw[c][i % Math.max(1, raw[c].length)] ?? {}))),
  fc.record({ key: fc.constantFrom('name', 'seed', 'settings', 'version', 'stray'), v: value }).map(({ key, v }) => (raw: Raw) => void (raw[key] = v)),
);

describe('parseScenarioAgainst', () => {
  it('gives parseScenario’s answer after any sequence of edits', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 0, maxLength: 4 }), (edits) => {
        const raw = structuredClone(base) as unknown as Raw;
        for (const change of edits) change(raw);
        expect(parseScenarioAgainst(base, raw)).toEqual(parseScenario(raw));
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps the validated objects of the elements an edit left alone', () => {
    const raw = structuredClone(base) as unknown as Raw;
    raw.links[0] = { ...raw.links[0]!, params: { ...(raw.links[0]!.params as object), lengthKm: 77 } };
    const result = parseScenarioAgainst(base, raw);
    if (!result.ok) throw new Error(result.errors.join('; '));
    expect(result.scenario.nodes[0]).toBe(base.nodes[0]);
    expect(result.scenario.links[0]!.params.lengthKm).toBe(77);
  });
});
