import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../scenario/default-scenario-parsed';
import { nameOf, namer, requestName, sameNames } from './names';

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

describe('names across edits', () => {
  const base = defaultScenario();
  const longer = (s: typeof base) => ({ ...s, links: s.links.map((l, i) => (i === 0 ? ({ ...l, params: { ...l.params, lengthKm: l.params.lengthKm + 1 } } as typeof l) : l)) });

  it('keeps the same namer while edits rename nothing, and makes a new one when a name changes', () => {
    const first = namer(base);
    const edited = longer(base);
    expect(namer(edited)).toBe(first);
    const renamed = { ...edited, nodes: edited.nodes.map((n) => (n.id === 'alice' ? { ...n, label: 'Alicia' } : n)) };
    const second = namer(renamed);
    expect(second).not.toBe(first);
    expect(second('alice waits')).toBe('Alicia waits');
    // Back to the earlier names: named correctly again, whatever was cached.
    expect(namer(edited)('alice waits')).toBe('Alice waits');
  });

  it('names through a chain of value edits, then follows a rename, a removal and an addition', () => {
    let design = base;
    for (let i = 0; i < 3; i++) design = longer(design);
    expect(nameOf(design, 'alice')).toBe('Alice');
    const renamed = { ...design, nodes: design.nodes.map((n) => (n.id === 'alice' ? { ...n, label: 'Alicia' } : n)) };
    expect(nameOf(renamed, 'alice')).toBe('Alicia');
    const fewer = { ...renamed, nodes: renamed.nodes.filter((n) => n.id !== 'alice') };
    expect(nameOf(fewer, 'alice')).toBe('alice');
    const more = { ...fewer, nodes: [...fewer.nodes, { ...renamed.nodes[0]!, id: 'carol', label: 'Carol' }] };
    expect(nameOf(more, 'carol')).toBe('Carol');
    expect(sameNames(base.nodes, longer(base).nodes)).toBe(true);
    expect(sameNames(base.nodes, renamed.nodes)).toBe(false);
  });
});
