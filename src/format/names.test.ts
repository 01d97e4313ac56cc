import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../scenario/default-scenario-parsed';
import { namer, requestName } from './names';

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
});
