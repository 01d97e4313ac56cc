import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../scenario/default-scenario-parsed';
import { mergeFlowNodes, toFlowEdges } from './flow-elements';
import { pathMembership, pairKey } from '../format/link-overlay';
import { applySelectChanges, primaryAfter } from './selection-changes';

describe('selection changes', () => {
  it('adds and removes ids in selection order', () => {
    expect(applySelectChanges(['a'], [{ id: 'b', selected: true }, { id: 'a', selected: false }])).toEqual(['b']);
    const same = ['a'];
    expect(applySelectChanges(same, [])).toBe(same);
  });

  it('keeps the inspector on the item just clicked, or on a request, or on the only one left', () => {
    expect(primaryAfter(null, ['a', 'b'], [], { kind: 'node', id: 'b' })).toEqual({ kind: 'node', id: 'b' });
    expect(primaryAfter({ kind: 'node', id: 'a' }, ['a', 'b'], [], null)).toEqual({ kind: 'node', id: 'a' });
    expect(primaryAfter({ kind: 'node', id: 'a' }, ['b'], [], null)).toEqual({ kind: 'node', id: 'b' });
    expect(primaryAfter({ kind: 'request', id: 'key-1' }, [], [], null)).toEqual({ kind: 'request', id: 'key-1' });
    expect(primaryAfter(null, ['a', 'b'], [], null)).toBeNull();
  });
});

describe('request paths', () => {
  it('lights links between consecutive path nodes in either direction', () => {
    const { nodes, pairs } = pathMembership(['a', 'b', 'c']);
    expect(pairs.has(pairKey('c', 'b'))).toBe(true);
    expect(pairs.has(pairKey('a', 'c'))).toBe(false);
    expect([...nodes]).toEqual(['a', 'b', 'c']);
    expect(pathMembership(undefined).pairs.size).toBe(0);
  });
});

describe('flow elements', () => {
  it('keeps unchanged node objects so memoised nodes skip rendering, and marks the selected ones', () => {
    const s = defaultScenario();
    const first = mergeFlowNodes([], s.nodes, new Set());
    const second = mergeFlowNodes(first, s.nodes, new Set(['bob']));
    expect(second[0]).toBe(first[0]);
    expect(second[1]!.selected).toBe(true);
    expect(second[1]!.ariaLabel).toBe('Ground station Bob');
    expect(toFlowEdges(s.links, new Set(['fiber-1']))[0]).toMatchObject({ selected: true, source: 'alice', target: 'bob' });
  });

  it('keeps a node where the pointer holds it while a drag is in flight, and takes the document position after', () => {
    const s = defaultScenario();
    const first = mergeFlowNodes([], s.nodes, new Set());
    const inFlight = first.map((n, i) => (i === 0 ? { ...n, position: { x: 999, y: 7 }, dragging: true } : n));
    expect(mergeFlowNodes(inFlight, s.nodes, new Set([s.nodes[0]!.id]))[0]!.position).toEqual({ x: 999, y: 7 });
    const dropped = inFlight.map((n) => ({ ...n, dragging: false }));
    expect(mergeFlowNodes(dropped, s.nodes, new Set())[0]!.position).toEqual(s.nodes[0]!.position);
  });
});
