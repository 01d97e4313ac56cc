import { describe, expect, it } from 'vitest';
import { labelBox, labelPriority, thinLabels, type LabelCandidate } from './label-thinning';

const label = (id: string, x: number, y: number, priority = 0): LabelCandidate => ({ id, x, y, width: 60, height: 18, priority });

describe('thinLabels', () => {
  it('shows every label when none collide', () => {
    expect(thinLabels([label('a', 0, 0), label('b', 0, 40), label('c', 200, 0)])).toEqual(new Set(['a', 'b', 'c']));
  });

  it('drops the lower-priority of two colliding labels, whatever the input order', () => {
    const a = label('a', 0, 0, 1);
    const b = label('b', 10, 5, 5);
    expect(thinLabels([a, b])).toEqual(new Set(['b']));
    expect(thinLabels([b, a])).toEqual(new Set(['b']));
  });

  it('never leaves two shown boxes overlapping, for a dense cluster', () => {
    const many = Array.from({ length: 200 }, (_, i) => label(`n${i}`, (i * 37) % 300, (i * 53) % 200, i % 7));
    const shown = many.filter((c) => thinLabels(many).has(c.id)).map(labelBox);
    expect(shown.length).toBeGreaterThan(10);
    for (let i = 0; i < shown.length; i++) {
      for (let j = i + 1; j < shown.length; j++) {
        const [p, q] = [shown[i]!, shown[j]!];
        expect(p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom).toBe(false);
      }
    }
  });
});

describe('labelPriority', () => {
  it('puts the selection above request ends, and those above the kinds', () => {
    expect(labelPriority('repeater', true, false)).toBeGreaterThan(labelPriority('satellite', false, true));
    expect(labelPriority('trusted-node', false, true)).toBeGreaterThan(labelPriority('satellite', false, false));
    expect(labelPriority('satellite', false, false)).toBeGreaterThan(labelPriority('trusted-node', false, false));
  });
});
