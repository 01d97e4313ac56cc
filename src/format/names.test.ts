import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../scenario/default-scenario-parsed';
import { nameOf, namer, requestName } from './names';

describe('names', () => {
  const scenario = {
    ...defaultScenario(),
    nodes: [...defaultScenario().nodes, { ...defaultScenario().nodes[0]!, id: 'alice-2', label: 'Alice two' }, { ...defaultScenario().nodes[0]!, id: 'a', label: 'Node A' }],
  };

  it('puts names for whole ids in the engine’s sentences, longest id first, leaving other words alone', () => {
    expect(namer(scenario)('alice is 5.2° above bob’s horizon')).toBe('Alice is 5.2° above Bob’s horizon');
    expect(namer(scenario)('alice-2 has no location; alice.')).toBe('Alice two has no location; Alice.');
  });

  it('names a request by its ends when it has no name of its own', () => {
    expect(requestName(scenario, 'key-1')).toBe('Alice → Bob');
    expect(requestName(scenario, 'missing')).toBe('missing');
  });

  it('finds a name by id as a search of nodes, then links, then requests would, and follows a new design', () => {
    const base = defaultScenario();
    const clash = { ...base, links: [...base.links, { ...base.links[0]!, id: 'alice', label: 'a link' }], requests: [{ ...base.requests[0]!, id: 'r', label: '' }] };
    expect(nameOf(clash, 'alice')).toBe('Alice');
    expect(nameOf(clash, base.links[0]!.id)).toBe(base.links[0]!.label || base.links[0]!.id);
    expect(nameOf(clash, 'r')).toBe('r');
    expect(nameOf(clash, 'nobody')).toBe('nobody');
    const renamed = { ...clash, nodes: clash.nodes.map((n) => (n.id === 'alice' ? { ...n, label: 'Alicia' } : n)) };
    expect(nameOf(renamed, 'alice')).toBe('Alicia');
  });
});
