import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultScenarioInput } from './default-scenario';
import { EXAMPLES } from './examples';
import { jsonNestingDepth, MAX_JSON_DEPTH, parseScenarioJson } from './validate';

describe('JSON nesting limit', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('rejects 10 MB of nested arrays with the depth, without handing it to JSON.parse', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const result = parseScenarioJson('['.repeat(10e6));
    expect(result).toEqual({ ok: false, errors: ['document is nested 10000000 levels deep (limit 64)'] });
    expect(parse).not.toHaveBeenCalled();
  });

  it('lets the limit itself through to the schema, and rejects one level more', () => {
    const nested = (levels: number) => `{"version":1,"nodes":${'['.repeat(levels - 1)}${']'.repeat(levels - 1)}}`;
    const atLimit = parseScenarioJson(nested(MAX_JSON_DEPTH));
    expect(atLimit.ok).toBe(false);
    if (!atLimit.ok) expect(atLimit.errors[0]).toMatch(/^nodes\[0\]: /);
    expect(parseScenarioJson(nested(MAX_JSON_DEPTH + 1))).toEqual({ ok: false, errors: ['document is nested 65 levels deep (limit 64)'] });
  });

  it('still parses every gallery example and the default scenario, which are far below the limit', () => {
    for (const input of [defaultScenarioInput, ...EXAMPLES.map((e) => e.scenario)]) {
      const text = JSON.stringify(input, null, 2);
      expect(jsonNestingDepth(text)).toBeLessThanOrEqual(5);
      const result = parseScenarioJson(text);
      if (!result.ok) throw new Error(result.errors.join('\n'));
    }
  });

  it('ignores brackets inside strings, escaped quotes and trailing backslashes included', () => {
    const name = `a\\"${'['.repeat(70)}`;
    const label = `${'{'.repeat(40)}\\\\`;
    const input = { ...defaultScenarioInput, name: name.slice(0, 80), nodes: defaultScenarioInput.nodes.map((n, i) => (i === 0 ? { ...n, label: label.slice(0, 40) + '\\' } : n)) };
    const text = JSON.stringify(input);
    expect(text).toContain('\\\\\\"[[[');
    expect(jsonNestingDepth(text)).toBe(jsonNestingDepth(JSON.stringify(defaultScenarioInput)));
    const result = parseScenarioJson(text);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.scenario.name).toBe(input.name);
  });

  it('measures depth by structure', () => {
    expect(jsonNestingDepth('1')).toBe(0);
    expect(jsonNestingDepth('"[[[{"')).toBe(0);
    expect(jsonNestingDepth('["\\\\", [{"a": ["]"]}]]')).toBe(4);
    expect(jsonNestingDepth('[[]] [[[]]]')).toBe(3);
  });
});
