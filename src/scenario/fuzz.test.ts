// Hardening properties of the one door into the app (issue 8): whatever arrives from a file, a link, local storage or
// the worker, parseScenario answers with a scenario or with messages, and never throws. No timed assertions here.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultScenarioInput } from './default-scenario';
import type { ParamSpec, ParamSpecs } from './param-spec';
import { fiberParamSpecs, freeSpaceParamSpecs } from './params';
import { LIMITS, NODE_PARAM_SPECS, PROTOCOL_PARAM_SPECS, SCENARIO_VERSION, type ScenarioInput } from './schema';
import { parseScenario, parseScenarioJson, type ParseResult } from './validate';

/** `nodes[0].params.lengthKm: …` or a message about the document as a whole. */
const PATH_PREFIX = /^[A-Za-z_$][\w$]*(\[\d+\]|\.[A-Za-z_$][\w$]*)*: \S/;
const ROOT_MESSAGES = [/^a scenario must be a JSON object$/, /^version: /, /^Unrecognized keys?: /, /^not valid JSON at line \d+, column \d+: unexpected /, /^document is nested \d+ levels deep \(limit 64\)$/, /^…and \d+ more problems$/];

function expectWellFormed(result: ParseResult): void {
  if (result.ok) {
    expect(result.scenario.version).toBe(SCENARIO_VERSION);
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  expect(result.errors.length).toBeLessThanOrEqual(21);
  for (const message of result.errors) {
    expect(typeof message).toBe('string');
    const located = PATH_PREFIX.test(message) || ROOT_MESSAGES.some((r) => r.test(message));
    expect(located, `message without a path: ${JSON.stringify(message)}`).toBe(true);
  }
}

const clone = (): ScenarioInput => structuredClone(defaultScenarioInput);

describe('parseScenario on arbitrary input', () => {
  it('never throws on any JavaScript value, and answers with a scenario or located messages', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true }), (raw) => {
        expectWellFormed(parseScenario(raw));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary JSON text, valid or not', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string(), fc.jsonValue().map((v) => JSON.stringify({ version: 2, nodes: v }))), (text) => {
        expectWellFormed(parseScenarioJson(text));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws when any field of a valid scenario is replaced by an arbitrary value', () => {
    const paths: (string | number)[][] = [
      ['name'], ['seed'], ['settings'], ['settings', 'durationSeconds'], ['settings', 'timeStepSeconds'], ['nodes'], ['nodes', 0],
      ['nodes', 0, 'kind'], ['nodes', 0, 'position'], ['nodes', 0, 'params'], ['nodes', 1, 'location'], ['links', 0], ['links', 0, 'source'],
      ['links', 0, 'params', 'lengthKm'], ['requests', 0], ['requests', 0, 'protocol'], ['requests', 0, 'params'], ['requests', 0, 'decoyMethod'],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        const doc = clone() as unknown as Record<string | number, unknown>;
        let at = doc;
        for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
        at[path.at(-1)!] = value;
        expectWellFormed(parseScenario(doc));
      }),
      { numRuns: 500 },
    );
  });
});

// Every numeric parameter of every kind, where it lives in a document, so each can be broken in turn.
const NODE_PARAMS: [string, ParamSpecs][] = Object.entries(NODE_PARAM_SPECS);
const LINK_PARAMS: [string, ParamSpecs][] = [['fiber', fiberParamSpecs], ['free-space', freeSpaceParamSpecs]];
const REQUEST_PARAMS: [string, ParamSpecs][] = Object.entries(PROTOCOL_PARAM_SPECS);

/** Values a parameter must refuse: not finite, negative where the bound is non-negative, just outside its bounds, or fractional where whole. */
function badNumberFor(spec: ParamSpec) {
  const options = [
    fc.constantFrom(NaN, Infinity, -Infinity),
    fc.double({ max: spec.min, noNaN: true, noDefaultInfinity: true }).filter((v) => v < spec.min || (!!spec.minExclusive && v === spec.min)),
    fc.double({ min: spec.max, noNaN: true, noDefaultInfinity: true }).filter((v) => v > spec.max),
  ];
  if (spec.min >= 0) options.push(fc.double({ max: -Number.MIN_VALUE, noNaN: true, noDefaultInfinity: true }), fc.constantFrom(-1, -1e-300));
  if (spec.integer) options.push(fc.double({ min: spec.min, max: spec.max, noNaN: true }).filter((v) => !Number.isInteger(v)));
  return fc.oneof(...options);
}

/** A two-station document whose one node, link or request has the given kind and one broken parameter. */
function withBadParam(where: 'node' | 'link' | 'request', kind: string, key: string, value: number): { doc: ScenarioInput; path: string } {
  const doc = clone() as unknown as { nodes: Record<string, unknown>[]; links: Record<string, unknown>[]; requests: Record<string, unknown>[] };
  if (where === 'node') {
    doc.nodes[1] = { ...doc.nodes[1], kind, params: { [key]: value } };
    return { doc: doc as unknown as ScenarioInput, path: `nodes[1].params.${key}` };
  }
  if (where === 'link') {
    doc.links[0] = { ...doc.links[0], kind, params: { lengthKm: 10, [key]: value } };
    return { doc: doc as unknown as ScenarioInput, path: `links[0].params.${key}` };
  }
  doc.requests[0] = { id: 'key-1', source: 'alice', target: 'bob', protocol: kind, params: { [key]: value } };
  return { doc: doc as unknown as ScenarioInput, path: `requests[0].params.${key}` };
}

describe('parameters out of their domain', () => {
  const cases = [
    ...NODE_PARAMS.flatMap(([kind, specs]) => Object.entries(specs).map(([key, spec]) => ['node', kind, key, spec] as const)),
    ...LINK_PARAMS.flatMap(([kind, specs]) => Object.entries(specs).map(([key, spec]) => ['link', kind, key, spec] as const)),
    ...REQUEST_PARAMS.flatMap(([kind, specs]) => Object.entries(specs).map(([key, spec]) => ['request', kind, key, spec] as const)),
  ];

  it('rejects NaN, ±Infinity, negative and out-of-range values of every parameter, naming the parameter', () => {
    const arbitrary = fc.constantFrom(...cases).chain((c) => fc.tuple(fc.constant(c), badNumberFor(c[3])));
    fc.assert(
      fc.property(arbitrary, ([[where, kind, key], value]) => {
        const { doc, path } = withBadParam(where, kind, key, value);
        const result = parseScenario(doc);
        expect(result.ok, `${path} = ${value} was accepted`).toBe(false);
        if (result.ok) return;
        expect(result.errors.some((m) => m.startsWith(`${path}: `))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('rejects NaN and ±Infinity in positions, locations, settings, seed and the BB84 request options', () => {
    const spots: [string, (doc: Record<string, any>, v: number) => void][] = [
      ['nodes[0].position.x', (d, v) => void (d.nodes[0].position.x = v)],
      ['nodes[0].position.y', (d, v) => void (d.nodes[0].position.y = v)],
      ['nodes[0].location.latDeg', (d, v) => void (d.nodes[0].location = { latDeg: v, lonDeg: 0 })],
      ['nodes[0].location.lonDeg', (d, v) => void (d.nodes[0].location = { latDeg: 0, lonDeg: v })],
      ['settings.durationSeconds', (d, v) => void (d.settings.durationSeconds = v)],
      ['settings.timeStepSeconds', (d, v) => void (d.settings.timeStepSeconds = v)],
      ['seed', (d, v) => void (d.seed = v)],
      ['requests[0].signalMeanPhotonNumber', (d, v) => void (d.requests[0].signalMeanPhotonNumber = v)],
      ['requests[0].finiteKeyBlockPulses', (d, v) => void (d.requests[0].finiteKeyBlockPulses = v)],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...spots), fc.constantFrom(NaN, Infinity, -Infinity), ([path, set], value) => {
        const doc = clone() as Record<string, any>;
        set(doc, value);
        const result = parseScenario(doc);
        expect(result.ok, `${path} = ${value} was accepted`).toBe(false);
        if (!result.ok) expect(result.errors.some((m) => m.startsWith(`${path}: `)), result.errors.join('\n')).toBe(true);
      }),
    );
  });
});

describe('topology', () => {
  const ring = (n: number): ScenarioInput => ({
    version: 2,
    nodes: Array.from({ length: n }, (_, i) => ({ id: `n${i}`, kind: 'trusted-node' as const, position: { x: i * 100, y: 0 }, params: {} })),
    links: Array.from({ length: n }, (_, i) => ({ id: `l${i}`, source: `n${i}`, target: `n${(i + 1) % n}`, kind: 'fiber' as const, params: { lengthKm: 10 } })),
    requests: [{ id: 'r', source: 'n0', target: `n${Math.floor(n / 2)}`, protocol: 'bb84-decoy', params: {} }],
  });

  it('accepts cycles (rings of any size, and parallel links between the same two nodes)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 60 }), (n) => {
        expect(parseScenario(ring(n)).ok).toBe(true);
      }),
    );
  });

  it('rejects a self-link or a self-request with a message at its target', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 20 }), fc.nat(), fc.boolean(), (n, pick, isRequest) => {
        const doc = ring(n);
        const i = pick % n;
        const collection = isRequest ? 'requests' : 'links';
        const items = (isRequest ? doc.requests : doc.links) as { source: string; target: string }[];
        const at = isRequest ? 0 : i;
        items[at]!.target = items[at]!.source;
        const result = parseScenario(doc);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.errors).toContain(`${collection}[${at}].target: must differ from source`);
      }),
    );
  });

  it('rejects ends that name no node, and duplicate ids, naming where', () => {
    const doc = ring(3) as Record<string, any>;
    doc.links.push({ id: 'l0', source: 'n0', target: 'ghost', kind: 'fiber', params: { lengthKm: 1 } });
    const result = parseScenario(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContain('links[3].id: duplicates id "l0"');
    expect(result.errors).toContain('links[3].target: names node "ghost", which does not exist');
  });
});

describe('hostile sizes and contents', () => {
  it('answers a 10 MB document (too many nodes) with a message, without hanging', { timeout: 60_000 }, () => {
    const node = (i: number) => ({ id: `n${i}`, kind: 'ground-station', position: { x: i, y: 0 }, params: {} });
    const nodes = Array.from({ length: LIMITS.nodes + 120_000 }, (_, i) => node(i));
    const text = JSON.stringify({ version: 2, nodes });
    expect(text.length).toBeGreaterThan(10e6);
    const result = parseScenarioJson(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/^nodes: must have at most 20000 nodes/);
  });

  // JSON.parse would spend about 2 µs per nesting level (V8, Node 20); a depth scan rejects deep nesting before it.
  it('answers a 10 MB label, a 10 MB id and deep nesting with messages', { timeout: 60_000 }, () => {
    const big = 'x'.repeat(10e6);
    for (const [text, expected] of [
      [JSON.stringify({ ...defaultScenarioInput, name: big }), /^name: must be at most 80 characters/],
      [JSON.stringify({ ...defaultScenarioInput, nodes: [{ ...defaultScenarioInput.nodes[0], id: big }, defaultScenarioInput.nodes[1]] }), /^nodes\[0\]\.id: must be at most 64/],
      [`{"version":1,"nodes":${'['.repeat(5e6)}${']'.repeat(5e6)}}`, /^document is nested 5000001 levels deep \(limit 64\)$/],
      [`{"version":1,"nodes":[],"name":${'['.repeat(1e6)}`, /^document is nested 1000001 levels deep \(limit 64\)$/],
    ] as const) {
      const result = parseScenarioJson(text);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.errors[0]).toMatch(expected);
        // Messages are for people: never an echo of the 10 MB input.
        for (const message of result.errors) expect(message.length).toBeLessThan(1000);
      }
    }
  });

  it('accepts a valid document near the size limits (10,000 nodes, 15,000 links)', { timeout: 60_000 }, () => {
    const n = 10_000;
    const doc = {
      version: 2,
      nodes: Array.from({ length: n }, (_, i) => ({ id: `n${i}`, kind: 'trusted-node', position: { x: i, y: 0 }, params: {} })),
      links: Array.from({ length: 1.5 * n }, (_, l) => ({ id: `l${l}`, source: `n${l % n}`, target: `n${(l * 7 + 1) % n}`, kind: 'fiber', params: { lengthKm: 5 } })),
    };
    const result = parseScenarioJson(JSON.stringify(doc));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.scenario.links).toHaveLength(15_000);
  });

  it('keeps labels and names that contain markup verbatim, as plain strings', () => {
    const markup = fc.constantFrom(
      '<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '"><svg onload=alert(1)>', "javascript:alert('x')", '{{constructor.constructor("alert(1)")()}}', '&lt;b&gt;&amp;',
    );
    fc.assert(
      fc.property(markup, fc.string({ maxLength: 20 }), (payload, extra) => {
        const label = (payload + extra).slice(0, LIMITS.labelLength);
        const doc = clone();
        doc.name = label;
        doc.nodes[0]!.label = label;
        doc.links![0]!.label = label;
        doc.requests![0]!.label = label;
        const result = parseScenarioJson(JSON.stringify(doc));
        if (!result.ok) throw new Error(result.errors.join('\n'));
        const { scenario } = result;
        for (const kept of [scenario.name, scenario.nodes[0]!.label, scenario.links[0]!.label, scenario.requests[0]!.label]) {
          expect(typeof kept).toBe('string');
          expect(kept).toBe(label);
        }
      }),
    );
  });

  it('rejects markup in ids, which end up in element ids and test ids', () => {
    const doc = clone();
    doc.nodes[0]!.id = '<img src=x onerror=alert(1)>';
    const result = parseScenario(doc);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContain('nodes[0].id: may contain only letters, digits and _ . : -');
  });
});
