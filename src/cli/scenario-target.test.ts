import { describe, expect, it } from 'vitest';
import type { Scenario } from '../scenario/schema';
import { parseScenario } from '../scenario/validate';
import { CliError } from './cli-error';
import { resolveTarget, setTarget } from './scenario-target';

function scenario(): Scenario {
  const parsed = parseScenario({
    version: 1,
    nodes: [
      { id: 'alice', kind: 'ground-station', position: { x: 0, y: 0 }, params: {} },
      { id: 'bob', kind: 'ground-station', position: { x: 1, y: 0 }, params: {} },
    ],
    links: [
      { id: 'L1', source: 'alice', target: 'bob', kind: 'fiber', params: { lengthKm: 50 } },
      { id: 'L1.b', source: 'alice', target: 'bob', kind: 'fiber', params: { lengthKm: 60 } },
    ],
    requests: [{ id: 'key', source: 'alice', target: 'bob', protocol: 'bb84-decoy', params: {} }],
  });
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.scenario;
}

const failure = (path: string) => {
  try {
    resolveTarget(scenario(), path);
  } catch (e) {
    expect(e).toBeInstanceOf(CliError);
    return (e as Error).message;
  }
  throw new Error(`expected ${path} to be refused`);
};

describe('sweep paths', () => {
  it('finds node, link and request fields by id, settings and the seed', () => {
    const s = scenario();
    expect(resolveTarget(s, 'links.L1.params.lengthKm')).toEqual({ path: 'links.L1.params.lengthKm', keys: ['links', 0, 'params', 'lengthKm'], type: 'number' });
    expect(resolveTarget(s, 'nodes.bob.params.detectorEfficiency').keys).toEqual(['nodes', 1, 'params', 'detectorEfficiency']);
    expect(resolveTarget(s, 'requests.key.decoyMethod')).toMatchObject({ keys: ['requests', 0, 'decoyMethod'], type: 'string' });
    expect(resolveTarget(s, 'requests.key.demandBitsPerSecond').type).toBe('number');
    expect(resolveTarget(s, 'settings.durationSeconds').keys).toEqual(['settings', 'durationSeconds']);
    expect(resolveTarget(s, 'seed').keys).toEqual(['seed']);
  });

  it('tells ids with dots apart by the longest id that fits', () => {
    expect(resolveTarget(scenario(), 'links.L1.b.params.lengthKm').keys).toEqual(['links', 1, 'params', 'lengthKm']);
  });

  it('sets the value in place and leaves everything else alone', () => {
    const s = scenario();
    const document = structuredClone(s) as unknown as Record<string, unknown>;
    setTarget(document, resolveTarget(s, 'links.L1.b.params.lengthKm'), 75);
    const changed = document as unknown as Scenario;
    expect(changed.links[1]!.params.lengthKm).toBe(75);
    expect(changed.links[0]!.params.lengthKm).toBe(50);
    expect(s.links[1]!.params.lengthKm).toBe(60);
  });

  it('refuses unknown ids, parameters and fields in one line', () => {
    expect(failure('links.L9.params.lengthKm')).toBe('cannot sweep "links.L9.params.lengthKm": no link has id "L9" (links: L1, L1.b)');
    expect(failure('links.L1.params.lenghtKm')).toMatch(/^cannot sweep "links.L1.params.lenghtKm": link "L1"'s params has no field "lenghtKm" \(it has: lengthKm, /);
    expect(failure('nodes.carol.params.detectorEfficiency')).toMatch(/no node has id "carol" \(nodes: alice, bob\)/);
    expect(failure('requests.key.params')).toMatch(/is not a single value/);
    expect(failure('requests.key')).toMatch(/name a field of request "key"/);
    expect(failure('links.L1.id')).toMatch(/"id" cannot be swept/);
    expect(failure('requests.key.protocol')).toMatch(/"protocol" cannot be swept/);
    expect(failure('network.L1.lengthKm')).toMatch(/a path starts with nodes.ID., links.ID., requests.ID. or settings., or is seed/);
    expect(failure('settings.speed')).toMatch(/settings has no field "speed"/);
    for (const path of ['links.L9.params.lengthKm', 'links.L1.params.lenghtKm', 'requests.key.params']) expect(failure(path)).not.toContain('\n');
  });
});
