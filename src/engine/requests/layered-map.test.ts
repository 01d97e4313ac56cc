import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LayeredMap } from './layered-map';

type Op = { kind: 'set'; key: number; value: number } | { kind: 'delete'; key: number } | { kind: 'layer' };

describe('LayeredMap', () => {
  it('reads like a plain map through any sequence of writes, deletes and new layers, and never changes what it was layered over', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('set' as const), key: fc.integer({ min: 0, max: 12 }), value: fc.integer() }),
      fc.record({ kind: fc.constant('delete' as const), key: fc.integer({ min: 0, max: 12 }) }),
      fc.constant({ kind: 'layer' as const }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer()), { maxLength: 12 }), fc.array(op, { maxLength: 60 }), (initial, ops: Op[]) => {
        const base = new Map(initial);
        const baseCopy = new Map(base);
        let plain = new Map(base);
        let layered = LayeredMap.over(base);
        const snapshots: [LayeredMap<number, number>, Map<number, number>][] = [];
        for (const o of ops) {
          if (o.kind === 'layer') {
            snapshots.push([layered, new Map(plain)]);
            layered = LayeredMap.over(layered);
            plain = new Map(plain);
          } else if (o.kind === 'set') {
            layered.set(o.key, o.value);
            plain.set(o.key, o.value);
          } else expect(layered.delete(o.key)).toBe(plain.delete(o.key));
          for (let k = 0; k <= 12; k++) {
            expect(layered.get(k)).toBe(plain.get(k));
            expect(layered.has(k)).toBe(plain.has(k));
          }
        }
        // Earlier maps are untouched by writes to the maps layered over them.
        for (const [map, seen] of snapshots) for (let k = 0; k <= 12; k++) expect(map.get(k)).toBe(seen.get(k));
        expect(base).toEqual(baseCopy);
      }),
    );
  });
});
