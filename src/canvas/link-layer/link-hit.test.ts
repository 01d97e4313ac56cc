import { describe, expect, it } from 'vitest';
import type { FlowRect } from '../node-rect';
import { linkAt } from './link-hit';

const box = (x: number, y: number): FlowRect => ({ x, y, width: 20, height: 10 });
// Centres: a (10, 5), b (110, 5), c (110, 105).
const boxes = new Map([['a', box(0, 0)], ['b', box(100, 0)], ['c', box(100, 100)]]);
const links = [
  { id: 'ab', source: 'a', target: 'b', kind: 'fiber' as const },
  { id: 'bc', source: 'b', target: 'c', kind: 'fiber' as const },
  { id: 'gone', source: 'a', target: 'missing', kind: 'fiber' as const },
];

describe('linkAt', () => {
  it('picks the link whose line passes within the tolerance, the nearest when two do', () => {
    expect(linkAt(links, boxes, { x: 60, y: 8 }, 4)).toBe('ab');
    expect(linkAt(links, boxes, { x: 113, y: 60 }, 4)).toBe('bc');
    // Near the corner both are close: the nearer one wins.
    expect(linkAt(links, boxes, { x: 108, y: 9 }, 5)).toBe('bc');
  });

  it('picks nothing beyond the tolerance or past a line end, and skips links with an end off the canvas', () => {
    expect(linkAt(links, boxes, { x: 60, y: 20 }, 4)).toBeNull();
    expect(linkAt(links, boxes, { x: 130, y: 5 }, 4)).toBeNull();
    expect(linkAt([links[2]!], boxes, { x: 10, y: 5 }, 4)).toBeNull();
  });
});
