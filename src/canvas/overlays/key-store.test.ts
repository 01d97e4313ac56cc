import { describe, expect, it } from 'vitest';
import type { Evaluation, RequestResult } from '../../engine/results';
import { storedKeyAtNode } from './key-store';

const request = (id: string, path: string[]) => ({ id, path }) as unknown as RequestResult;
const evaluation: Evaluation = { links: [], requests: [request('r1', ['a', 't', 'b']), request('r2', ['b', 'c']), request('r3', [])] };
const stored = [1000, 250, 7];

describe('storedKeyAtNode', () => {
  it('sums the stored key of the requests through a trusted node or ending at it', () => {
    expect(storedKeyAtNode('t', 'trusted-node', evaluation, ['r1', 'r2', 'r3'], (i) => stored[i]!)).toBe(1000);
    expect(storedKeyAtNode('b', 'trusted-node', evaluation, ['r1', 'r2', 'r3'], (i) => stored[i]!)).toBe(1250);
  });

  it('counts a ground station only where a request ends, and gives null where none touches the node', () => {
    expect(storedKeyAtNode('a', 'ground-station', evaluation, ['r1', 'r2', 'r3'], (i) => stored[i]!)).toBe(1000);
    expect(storedKeyAtNode('t', 'ground-station', evaluation, ['r1', 'r2', 'r3'], (i) => stored[i]!)).toBeNull();
    expect(storedKeyAtNode('z', 'trusted-node', evaluation, ['r1', 'r2', 'r3'], (i) => stored[i]!)).toBeNull();
    expect(storedKeyAtNode('a', 'repeater', evaluation, ['r1'], () => 5)).toBeNull();
  });

  it('shows 0 before any sample arrives rather than hiding the store', () => {
    expect(storedKeyAtNode('t', 'trusted-node', evaluation, ['r1', 'r2', 'r3'], () => NaN)).toBe(0);
  });
});
