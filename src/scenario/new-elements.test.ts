import { describe, expect, it } from 'vitest';
import { newLink, newNode, newRequest } from './new-elements';
import { schemas } from './schema';
import { LINK_KINDS, NODE_KINDS, PROTOCOLS } from './schema-constants';

describe('new elements without zod, as parsing fills them in', () => {
  it('a node of every kind, with and without a label and a place', () => {
    for (const kind of NODE_KINDS) {
      for (const extra of [{}, { label: 'Alice', location: { latDeg: 48.2, lonDeg: 16.4 } }]) {
        const fields = { id: `${kind}-1`, kind, position: { x: 10, y: -20 }, ...extra };
        expect(newNode(fields)).toStrictEqual(schemas().node.parse({ ...fields, params: {} }));
      }
    }
  });

  it('a link of every kind, at its default length and at a given one', () => {
    for (const kind of LINK_KINDS) {
      expect(newLink({ id: 'l1', source: 'a', target: 'b', kind })).toStrictEqual(schemas().link.parse({ id: 'l1', source: 'a', target: 'b', kind, params: {} }));
      expect(newLink({ id: 'l1', source: 'a', target: 'b', kind, lengthKm: 37.5 })).toStrictEqual(schemas().link.parse({ id: 'l1', source: 'a', target: 'b', kind, params: { lengthKm: 37.5 } }));
    }
    expect(() => newLink({ id: 'l1', source: 'a', target: 'b', kind: 'fiber', lengthKm: -1 })).toThrow(/cannot be -1 km/);
  });

  it('a request of every protocol', () => {
    for (const protocol of PROTOCOLS) {
      const fields = { id: 'key-1', source: 'a', target: 'b', protocol };
      expect(newRequest(fields)).toStrictEqual(schemas().request.parse({ ...fields, params: {} }));
    }
  });
});
