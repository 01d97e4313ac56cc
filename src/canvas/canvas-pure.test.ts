import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../scenario/default-scenario-parsed';
import { mergeFlowNodes, toFlowEdges } from './flow-elements';
import { isOnPath } from './request-path';
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
    expect(isOnPath(['a', 'b', 'c'], 'c', 'b')).toBe(true);
    expect(isOnPath(['a', 'b', 'c'], 'a', 'c')).toBe(false);
    expect(isOnPath(undefined, 'a', 'b')).toBe(false);
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
});
