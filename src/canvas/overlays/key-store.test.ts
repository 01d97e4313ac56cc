import { describe, expect, it } from 'vitest';
import type { Evaluation, RequestResult } from '../../engine/results';
import type { NodeKind } from '../../scenario/schema';
import { storedKeyByNode } from './key-store';

const request = (id: string, path: string[]) => ({ id, path }) as unknown as RequestResult;
const evaluation: Evaluation = { links: [], requests: [request('r1', ['a', 't', 'b']), request('r2', ['b', 'c']), request('r3', [])] };
const stored = [1000, 250, 7];
const kinds = (map: Record<string, NodeKind>) => (id: string) => map[id];

describe('storedKeyByNode', () => {
  it('sums the stored key of the requests through a trusted node or ending at it', () => {
    const totals = storedKeyByNode(evaluation, ['r1', 'r2', 'r3'], kinds({ a: 'ground-station', t: 'trusted-node', b: 'trusted-node', c: 'ground-station' }), (i) => stored[i]!);
    expect(Object.fromEntries(totals)).toEqual({ a: 1000, t: 1000, b: 1250, c: 250 });
  });

  it('counts a ground station only where a request ends, and leaves out nodes no path touches and repeaters', () => {
    const totals = storedKeyByNode(evaluation, ['r1', 'r2', 'r3'], kinds({ a: 'repeater', t: 'ground-station', b: 'ground-station', c: 'ground-station', z: 'trusted-node' }), (i) => stored[i]!);
    expect(totals.has('a')).toBe(false);
    expect(totals.has('t')).toBe(false);
    expect(totals.has('z')).toBe(false);
    expect(totals.get('b')).toBe(1250);
  });

  it('shows 0 before any sample arrives rather than hiding the store', () => {
    const totals = storedKeyByNode(evaluation, ['r1', 'r2', 'r3'], kinds({ a: 'ground-station', t: 'trusted-node', b: 'ground-station' }), () => NaN);
    expect(totals.get('t')).toBe(0);
    expect(totals.get('a')).toBe(0);
  });

  it('gives nothing without an evaluation, and ignores a request the stream does not carry yet', () => {
    expect(storedKeyByNode(null, ['r1'], () => 'trusted-node', () => 5).size).toBe(0);
    expect(storedKeyByNode(evaluation, ['r2'], () => 'trusted-node', () => 5).get('t')).toBe(0);
  });

  it('shows a relaying satellite the key it holds on board between passes, not the end-to-end store', () => {
    const held = [40, 0, 0];
    const totals = storedKeyByNode(evaluation, ['r1', 'r2', 'r3'], kinds({ a: 'ground-station', t: 'satellite', b: 'ground-station', c: 'ground-station' }), (i) => stored[i]!, (i) => held[i]!);
    expect(totals.get('t')).toBe(40);
    expect(totals.get('a')).toBe(1000);
  });
});
