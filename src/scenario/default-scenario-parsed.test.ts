import { describe, expect, it } from 'vitest';
import { defaultScenarioInput } from './default-scenario';
import { defaultScenario } from './default-scenario-parsed';
import { LINK_KINDS, NODE_KINDS, schemas } from './schema';
import { parseScenario } from './validate';

describe('the filled-in default scenario', () => {
  it('is what parsing the default scenario gives (run npm run generate after changing either or params.ts)', () => {
    const parsed = parseScenario(defaultScenarioInput);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(defaultScenario()).toStrictEqual(parsed.scenario);
  });

  it('is a fresh copy each time, so an edit to one cannot reach the next', () => {
    const a = defaultScenario();
    a.nodes[0]!.position.x = 12345;
    expect(defaultScenario().nodes[0]!.position.x).not.toBe(12345);
  });
});

describe('the kinds listed beside the schema', () => {
  const tags = (options: readonly { shape: { kind: { value: string } } }[]) => options.map((o) => o.shape.kind.value);
  it('are the node and link kinds the schema accepts, in its order', () => {
    expect(NODE_KINDS).toEqual(tags(schemas().node.options));
    expect(LINK_KINDS).toEqual(tags(schemas().link.options));
  });
});
