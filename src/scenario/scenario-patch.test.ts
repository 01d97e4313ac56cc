// A patch must carry exactly what an edit changed, and validating it must answer exactly as parseScenario does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultScenarioInput } from './default-scenario';
import { parsePatched } from './parse-edited';
import { applyPatch, patchSize, scenarioPatch, type ScenarioPatch } from './scenario-patch';
import type { Scenario } from './schema';
import { parseScenario } from './validate';
import { validated } from './testing/validated';


const base = validated({
  ...defaultScenarioInput,
  nodes: [...defaultScenarioInput.nodes!, { id: 'r1', kind: 'repeater', position: { x: 5, y: 5 }, params: {} }],
});

const COLLECTIONS = ['nodes', 'links', 'requests'] as const;
const value = fc.oneof(fc.double(), fc.integer({ min: -5, max: 5 }), fc.constant('x'), fc.constant(null), fc.constant(undefined), fc.constant(1e-320));

/** One element changed at its place: a parameter set to anything, or a field (id and ends included) set to anything. */
const elementChange = fc.record({
  c: fc.constantFrom(...COLLECTIONS),
  i: fc.nat(),
  key: fc.constantFrom('lengthKm', 'detectorEfficiency', 'errorCorrectionEfficiency', 'altitudeKm', 'bogus'),
  field: fc.constantFrom('params', 'id', 'source', 'target', 'kind', 'label', 'protocol', 'stray'),
  v: fc.oneof(value, fc.constantFrom('alice', 'bob', 'fiber', 'satellite')),
});
const fieldChange = fc.record({ key: fc.constantFrom('name', 'seed', 'settings', 'version', 'stray'), v: value });

type ElementChange = { c: (typeof COLLECTIONS)[number]; i: number; key: string; field: string; v: unknown };

function randomPatch(changes: ElementChange[], fields: { key: string; v: unknown }[]): ScenarioPatch {
  const patch: ScenarioPatch = { fields: {}, nodes: [], links: [], requests: [] };
  for (const { c, i, key, field, v } of changes) {
    const index = i % (base[c] as readonly unknown[]).length;
    const item = { ...((base[c] as readonly unknown[])[index] as Record<string, unknown>) };
    if (field === 'params') item.params = { ...(item.params as object), [key]: v };
    else item[field] = v;
    patch[c].push([index, item]);
  }
  for (const { key, v } of fields) patch.fields[key] = v;
  return patch;
}

describe('parsePatched', () => {
  it('gives parseScenario’s answer for the design any patch makes', () => {
    fc.assert(
      fc.property(fc.array(elementChange, { maxLength: 4 }), fc.array(fieldChange, { maxLength: 1 }), (changes, fields) => {
        const patch = randomPatch(changes, fields);
        expect(parsePatched(base, patch)).toEqual(parseScenario(applyPatch(base as unknown as Record<string, unknown>, patch)));
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps the validated objects of the elements the patch left alone', () => {
    const link = { ...base.links[0]!, params: { ...base.links[0]!.params, lengthKm: 77 } };
    const result = parsePatched(base, { fields: {}, nodes: [], links: [[0, link]], requests: [] });
    if (!result.ok) throw new Error(result.errors.join('; '));
    expect(result.scenario.nodes).toBe(base.nodes);
    expect(result.scenario.links[0]!.params.lengthKm).toBe(77);
  });
});

describe('scenarioPatch', () => {
  it('carries only the element an edit replaced, and applying it gives the edited design', () => {
    const links = base.links.slice();
    links[0] = { ...links[0]!, params: { ...links[0]!.params, lengthKm: 12 } } as Scenario['links'][number];
    const edited: Scenario = { ...base, links };
    const patch = scenarioPatch(base, edited)!;
    expect(patch).toEqual({ fields: {}, nodes: [], links: [[0, links[0]]], requests: [] });
    expect(patchSize(patch)).toBe(1);
    expect(applyPatch(base as unknown as Record<string, unknown>, patch)).toEqual(edited);
  });

  it('carries a changed setting whole', () => {
    const edited: Scenario = { ...base, settings: { ...base.settings, durationSeconds: 5 } };
    expect(scenarioPatch(base, edited)).toEqual({ fields: { settings: edited.settings }, nodes: [], links: [], requests: [] });
  });

  it('declines edits that add, remove, rename or rewire elements (the whole design is sent then)', () => {
    expect(scenarioPatch(base, { ...base, nodes: base.nodes.slice(1) })).toBeNull();
    expect(scenarioPatch(base, { ...base, nodes: base.nodes.map((n, i) => (i === 0 ? { ...n, id: 'renamed' } : n)) })).toBeNull();
    expect(scenarioPatch(base, { ...base, links: base.links.map((l, i) => (i === 0 ? { ...l, target: 'r1' } : l)) })).toBeNull();
  });
});
