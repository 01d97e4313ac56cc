import { describe, expect, it } from 'vitest';
import { defaultScenarioInput } from './default-scenario';
import { defaultsOf } from './param-spec';
import { fiberParamSpecs, terminalParamSpecs } from './params';
import { parseScenario, parseScenarioJson } from './validate';

const minimal = {
  version: 2,
  nodes: [
    { id: 'a', kind: 'ground-station', position: { x: 0, y: 0 }, params: {} },
    { id: 'b', kind: 'ground-station', position: { x: 100, y: 0 }, params: {} },
  ],
  links: [{ id: 'l', source: 'a', target: 'b', kind: 'fiber', params: { lengthKm: 10 } }],
  requests: [{ id: 'r', source: 'a', target: 'b', protocol: 'bb84-decoy', params: {} }],
};

function errorsOf(raw: unknown): string[] {
  const result = parseScenario(raw);
  if (result.ok) throw new Error('expected the scenario to be rejected');
  return result.errors;
}

describe('scenario schema', () => {
  it('accepts the default scenario', () => {
    expect(parseScenario(defaultScenarioInput).ok).toBe(true);
  });

  it('fills every left-out parameter with its documented default', () => {
    const result = parseScenario(minimal);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const { scenario } = result;
    expect(scenario.name).toBe('Untitled network');
    expect(scenario.settings).toEqual({ durationSeconds: 600, timeStepSeconds: 1 });
    expect(scenario.nodes[0]!.params).toEqual(defaultsOf(terminalParamSpecs));
    expect(scenario.nodes[0]!.params).toMatchObject({ detectorEfficiency: 0.045, darkCountProbability: 1.7e-6 });
    expect(scenario.links[0]!.params).toMatchObject({ lengthKm: 10, attenuationDbPerKm: fiberParamSpecs.attenuationDbPerKm.default });
    expect(scenario.requests[0]).toMatchObject({ protocol: 'bb84-decoy', decoyMethod: 'infinite' });
  });

  it('names the path and the reason of an out-of-range parameter', () => {
    const bad = structuredClone(minimal);
    (bad.links[0]!.params as Record<string, number>).lengthKm = -5;
    expect(errorsOf(bad)).toEqual(['links[0].params.lengthKm: must be greater than 0 km']);
  });

  it('rejects unknown parameters instead of ignoring a typo', () => {
    const bad = structuredClone(minimal);
    (bad.nodes[1]!.params as Record<string, number>).detectorEfficency = 0.5;
    expect(errorsOf(bad)[0]).toMatch(/^nodes\[1\]\.params: .*detectorEfficency/);
  });

  it('rejects NaN, Infinity and strings where numbers belong', () => {
    for (const value of [NaN, Infinity, '10']) {
      const bad = structuredClone(minimal);
      (bad.links[0]!.params as Record<string, unknown>).lengthKm = value;
      expect(errorsOf(bad)[0]).toMatch(/^links\[0\]\.params\.lengthKm: /);
    }
  });

  it('rejects links to missing nodes, self-links and duplicate ids', () => {
    const bad = structuredClone(minimal);
    bad.links.push({ id: 'l', source: 'a', target: 'zz', kind: 'fiber', params: { lengthKm: 1 } });
    bad.requests.push({ id: 'r2', source: 'b', target: 'b', protocol: 'bb84-decoy', params: {} });
    expect(errorsOf(bad)).toEqual([
      'links[1].id: duplicates id "l"',
      'links[1].target: names node "zz", which does not exist',
      'requests[1].target: must differ from source',
    ]);
  });

  it('rejects an unknown node kind with the list of kinds', () => {
    const bad = structuredClone(minimal);
    (bad.nodes[0] as Record<string, unknown>).kind = 'router';
    expect(errorsOf(bad)[0]).toBe('nodes[0].kind: kind must be one of ground-station, trusted-node, repeater, satellite');
  });

  it('explains missing, future and non-numeric versions', () => {
    expect(errorsOf({ ...minimal, version: undefined })[0]).toMatch(/^version: must be a whole number/);
    expect(errorsOf({ ...minimal, version: 99 })[0]).toMatch(/newer QNet Designer/);
    expect(errorsOf([])[0]).toBe('a scenario must be a JSON object');
  });

  it('reports broken JSON as such', () => {
    const result = parseScenarioJson('{"version": 1,');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/^not valid JSON/);
  });

  it('refuses settings that would take more than a million steps', () => {
    const bad = { ...structuredClone(minimal), settings: { durationSeconds: 1e7, timeStepSeconds: 1 } };
    expect(errorsOf(bad)[0]).toMatch(/^settings\.timeStepSeconds: gives more than/);
  });
});
