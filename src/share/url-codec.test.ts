import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { defaultScenario } from '../scenario/default-scenario-parsed';
import { schemas, type Scenario } from '../scenario/schema';
import { parseScenario } from '../scenario/validate';
import { base64UrlToBytes, bytesToBase64Url } from './base64url';
import { deflateRaw } from './deflate';
import { buildShareHash, NO_FLAGS, readShareHash } from './share-hash';
import { roundPositions, stripDefaults } from './strip-defaults';
import { chainScenario } from './testing/test-scenarios';
import { compactScenarioJson, decodeScenario, encodeScenario, MAX_PAYLOAD_CHARS } from './url-codec';

/** The values a discriminated union accepts for its tag, read from the schema so new kinds are covered too. */
function tagsOf(schema: unknown, tag: string): string[] {
  const options = (schema as { _zod: { def: { options: { _zod: { def: { shape: Record<string, { _zod: { def: { values: string[] } } }> } } }[] } } })._zod.def.options;
  return options.flatMap((o) => o._zod.def.shape[tag]!._zod.def.values);
}
/** Every parameter a kind has, with its default, by parsing an element that leaves params out. */
function defaultParams(schema: { parse(v: unknown): unknown }, element: Record<string, unknown>): Record<string, number> {
  return (schema.parse(element) as { params: Record<string, number> }).params;
}

async function packJson(text: string): Promise<string> {
  return `1.${bytesToBase64Url(await deflateRaw(new TextEncoder().encode(text)))}`;
}

const paramsArb = (defaults: Record<string, number>) =>
  fc.record(
    Object.fromEntries(
      Object.entries(defaults).map(([key, d]) => [
        key,
        // Either the default (stripped from the link) or a value a little below it (kept), whole where the default is.
        fc.oneof(fc.constant(d), fc.double({ min: 0.5, max: 1, noNaN: true }).map((f) => (Number.isInteger(d) ? Math.max(1, Math.round(d * f)) : d * f))),
      ]),
    ),
  );

const scenarioArb = fc
  .record({
    nodeCount: fc.integer({ min: 2, max: 12 }),
    seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    name: fc.string({ maxLength: 40, unit: 'grapheme' }),
  })
  .chain(({ nodeCount, seed, name }) =>
    fc.record({
      version: fc.constant(1 as const),
      name: fc.constant(name),
      seed: fc.constant(seed),
      settings: fc.record({ durationSeconds: fc.constantFrom(600, 3600, 86400), timeStepSeconds: fc.constantFrom(1, 10) }),
      nodes: fc.tuple(
        ...Array.from({ length: nodeCount }, (_, i) =>
          fc.constantFrom(...tagsOf(schemas().node, 'kind')).chain((kind) =>
            fc.record({
              id: fc.constant(`n${i}`),
              kind: fc.constant(kind),
              label: fc.option(fc.string({ maxLength: 30, unit: 'grapheme' }), { nil: undefined }),
              position: fc.record({ x: fc.double({ min: -1e4, max: 1e4, noNaN: true }), y: fc.double({ min: -1e4, max: 1e4, noNaN: true }) }),
              params: paramsArb(defaultParams(schemas().node, { id: 'x', kind, position: { x: 0, y: 0 } })),
            }),
          ),
        ),
      ),
      links: fc.array(
        fc.tuple(fc.integer({ min: 0, max: nodeCount - 1 }), fc.integer({ min: 1, max: nodeCount - 1 }), fc.constantFrom(...tagsOf(schemas().link, 'kind'))).chain(([a, step, kind]) =>
          fc.record({
            source: fc.constant(`n${a}`),
            target: fc.constant(`n${(a + step) % nodeCount}`),
            kind: fc.constant(kind),
            params: paramsArb(defaultParams(schemas().link, { id: 'x', source: 'a', target: 'b', kind })),
          }),
        ),
        { maxLength: 15 },
      ),
      requests: fc.array(
        fc.tuple(fc.integer({ min: 0, max: nodeCount - 1 }), fc.integer({ min: 1, max: nodeCount - 1 }), fc.constantFrom(...tagsOf(schemas().request, 'protocol'))).chain(([a, step, protocol]) =>
          fc.record({
            source: fc.constant(`n${a}`),
            target: fc.constant(`n${(a + step) % nodeCount}`),
            protocol: fc.constant(protocol),
            params: paramsArb(defaultParams(schemas().request, { id: 'x', source: 'a', target: 'b', protocol })),
          }),
        ),
        { maxLength: 4 },
      ),
    }),
  )
  // Through JSON, as every real document arrives: absent labels vanish and -0 becomes 0.
  .map((s) => parseScenario(JSON.parse(JSON.stringify({
    ...s,
    links: s.links.map((l, i) => ({ ...l, id: `l${i}` })),
    requests: s.requests.map((r, i) => ({ ...r, id: `r${i}` })),
  }))))
  .filter((p): p is { ok: true; scenario: Scenario } => p.ok)
  .map((p) => p.scenario);

describe('stripDefaults', () => {
  it('leaves only what differs from the defaults in the default scenario', () => {
    expect(stripDefaults(defaultScenario())).toEqual({
      version: 2,
      name: 'BB84 over 50 km of fiber',
      nodes: [
        { id: 'alice', label: 'Alice', kind: 'ground-station', position: { x: 80, y: 160 } },
        { id: 'bob', label: 'Bob', kind: 'ground-station', position: { x: 480, y: 160 } },
      ],
      links: [{ id: 'fiber-1', source: 'alice', target: 'bob', kind: 'fiber', params: { lengthKm: 50 } }],
      requests: [{ id: 'key-1', source: 'alice', target: 'bob', protocol: 'bb84-decoy' }],
    });
  });

  it('is exactly undone by parseScenario for generated scenarios', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const parsed = parseScenario(JSON.parse(JSON.stringify(stripDefaults(scenario))));
        expect(parsed).toEqual({ ok: true, scenario });
      }),
      { numRuns: 80 },
    );
  }, 60_000);
});

describe('URL codec', () => {
  it('round-trips the default scenario', async () => {
    const payload = await encodeScenario(defaultScenario());
    expect(payload).toMatch(/^2\.[A-Za-z0-9_-]+$/);
    expect(await decodeScenario(payload)).toEqual({ ok: true, scenario: defaultScenario() });
  });

  it('still opens links of format 1 (no checksum)', async () => {
    const old = await packJson(compactScenarioJson(defaultScenario()));
    expect(old).toMatch(/^1\./);
    expect(await decodeScenario(old)).toEqual({ ok: true, scenario: defaultScenario() });
  });

  it('refuses a link whose checksum does not match, with the damaged-link message', async () => {
    const payload = await encodeScenario(defaultScenario());
    const framed = base64UrlToBytes(payload.slice(2))!;
    framed[0]! ^= 0x01;
    expect(await decodeScenario(`2.${bytesToBase64Url(framed)}`)).toEqual({
      ok: false,
      message: 'This link is damaged: its checksum does not match its contents. It may have been cut off or changed when it was copied; copy the whole link again.',
    });
  });

  it('round-trips generated scenarios, with positions rounded to whole pixels', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (scenario) => {
        expect(await decodeScenario(await encodeScenario(scenario))).toEqual({ ok: true, scenario: roundPositions(scenario) });
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('fits a 50-node chain with default parameters in 2,000 characters of hash', async () => {
    const hash = `#${buildShareHash(await encodeScenario(chainScenario(50)), NO_FLAGS)}`;
    expect(hash.length).toBeLessThanOrEqual(2000);
  });

  it('keeps markup in labels as plain text', async () => {
    const label = '<img src=x onerror="alert(1)"><b>Alice</b> & "Bob"';
    const scenario = { ...defaultScenario(), name: '<script>alert(1)</script>', nodes: defaultScenario().nodes.map((n) => ({ ...n, label })) };
    const decoded = await decodeScenario(await encodeScenario(scenario));
    expect(decoded.ok && decoded.scenario.nodes[0]!.label).toBe(label);
    expect(decoded.ok && decoded.scenario.name).toBe('<script>alert(1)</script>');
  });
});

describe('URL codec rejects bad links with a clear message', () => {
  it('a truncated link', async () => {
    const payload = await encodeScenario(chainScenario(10));
    const result = await decodeScenario(payload.slice(0, Math.floor(payload.length / 2)));
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/^This link is damaged.*copy the whole link again\.$/) });
  });

  it('a link cut inside a base64 quad', async () => {
    const payload = await encodeScenario(defaultScenario());
    const cut = payload.slice(0, 2 + 4 * 10 + 1);
    expect(await decodeScenario(cut)).toEqual({ ok: false, message: expect.stringContaining('characters a share link never has') });
  });

  it('garbled characters', async () => {
    expect(await decodeScenario('1.abc$%^&*def')).toEqual({ ok: false, message: expect.stringContaining('characters a share link never has') });
  });

  it('bytes that are not deflate data', async () => {
    expect(await decodeScenario(`1.${bytesToBase64Url(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x12, 0x34]))}`)).toEqual({
      ok: false,
      message: expect.stringContaining('damaged or incomplete: its data cannot be unpacked'),
    });
  });

  it('no format number', async () => {
    expect(await decodeScenario('hello')).toEqual({ ok: false, message: expect.stringContaining('does not start with a format number') });
  });

  it('a newer link format', async () => {
    const payload = (await encodeScenario(defaultScenario())).replace(/^2\./, '3.');
    expect(await decodeScenario(payload)).toEqual({ ok: false, message: expect.stringContaining('newer version of QNet Designer (link format 3)') });
  });

  it('a newer scenario version inside a current link format', async () => {
    const payload = await packJson(JSON.stringify({ ...stripDefaults(defaultScenario()), version: 99 }));
    expect(await decodeScenario(payload)).toEqual({ ok: false, message: expect.stringContaining('version: 99 was written by a newer QNet Designer') });
  });

  it('text that is not JSON', async () => {
    expect(await decodeScenario(await packJson('{"version":1,'))).toEqual({ ok: false, message: expect.stringContaining('not a readable scenario') });
  });

  it('an invalid scenario, naming the field', async () => {
    const doc = stripDefaults(defaultScenario()) as { links: { params: Record<string, number> }[] };
    doc.links[0]!.params.lengthKm = -5;
    expect(await decodeScenario(await packJson(JSON.stringify(doc)))).toEqual({
      ok: false,
      message: 'This link holds a scenario that is not valid: links[0].params.lengthKm: must be greater than 0 km.',
    });
  });

  it('a huge payload, before decoding anything', async () => {
    const huge = `1.${"A".repeat(MAX_PAYLOAD_CHARS + 10)}`;
    expect(await decodeScenario(huge)).toEqual({ ok: false, message: expect.stringMatching(/^This link is too long to open \(200,012 characters; the limit is 200,000\)\.$/) });
    expect(readShareHash(`#s=${huge}${'A'.repeat(1000)}`)).toMatchObject({ kind: 'too-long' });
  });

  it('a decompression bomb, stopping at the cap', async () => {
    // 12 MB of one character deflates to about 12 kB: far under the length cap, over the unpacked cap.
    const bomb = await packJson(`{"version":1,"name":"${'a'.repeat(12_000_000)}"}`);
    expect(bomb.length).toBeLessThan(MAX_PAYLOAD_CHARS);
    expect(await decodeScenario(bomb)).toEqual({ ok: false, message: expect.stringContaining('unpacks to more than 5 MB') });
  }, 30_000);

  it('deeply nested brackets, refused by depth before JSON.parse reads them', async () => {
    const parse = vi.spyOn(JSON, 'parse');
    const deep = await packJson('['.repeat(2_000_000));
    expect(await decodeScenario(deep)).toEqual({ ok: false, message: 'This link holds data nested 2000000 levels deep (a scenario needs 4; the limit is 64); it was not opened.' });
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
  }, 30_000);
});

describe('share hash', () => {
  it('carries the teacher flags and ignores unknown values', () => {
    const hash = buildShareHash('1.abc', { ...NO_FLAGS, play: false, readOnly: true, panel: 'results', theme: 'dark' });
    expect(hash).toBe('s=1.abc&play=0&ro=1&panel=results&theme=dark');
    expect(readShareHash(`#${hash}`)).toEqual({ kind: 'link', payload: '1.abc', flags: { ...NO_FLAGS, play: false, readOnly: true, panel: 'results', theme: 'dark' } });
    expect(readShareHash('#s=1.abc&play=yes&theme=pink&panel=<b>')).toEqual({ kind: 'link', payload: '1.abc', flags: NO_FLAGS });
    expect(readShareHash('')).toEqual({ kind: 'none' });
    expect(readShareHash('#section-2')).toEqual({ kind: 'none' });
  });
});
