import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../scenario/default-scenario-parsed';
import { mergeFlowNodes } from '../flow-elements';
import { COMPACT_TILE, tileRect } from '../node-rect';
import { batchTiles, TileCache, type LayerNode } from './node-batches';
import { tileAt, tilesInside } from './node-hit';

const tile = (x: number, y: number) => ({ x, y, width: 96, height: 64 });
const node = (id: string, kind: LayerNode['kind'], x: number, y: number): LayerNode => ({ id, kind, tile: tile(x, y) });
const nodes = [node('a', 'ground-station', 0, 0), node('b', 'trusted-node', 200, 0), node('c', 'ground-station', 400, 0), node('d', 'repeater', 0, 200), node('e', 'ground-station', 50, 20)];

describe('node layer batches', () => {
  it('draws the tiles of one look as one path of rectangles, split by kind, path highlight and proposal, ringed ones last', () => {
    const batches = batchTiles(nodes, { onPath: (id) => id === 'c', proposal: (id) => (id === 'd' ? 'keep' : null) }, new TileCache());
    expect(batches.map((b) => [b.kind, b.onPath, b.proposal, b.nodes, b.d])).toEqual([
      ['ground-station', false, null, 2, 'M0 0h96v64h-96zM50 20h96v64h-96z'],
      ['trusted-node', false, null, 1, 'M200 0h96v64h-96z'],
      ['ground-station', true, null, 1, 'M400 0h96v64h-96z'],
      ['repeater', false, 'keep', 1, 'M0 200h96v64h-96z'],
    ]);
    expect(batches.reduce((sum, b) => sum + b.nodes, 0)).toBe(nodes.length);
  });

  it('reuses a tile’s path data while its rectangle is the same object', () => {
    const cache = new TileCache();
    const r = tile(1.25, 2);
    expect(cache.outline(r)).toBe('M1.3 2h96v64h-96z');
    r.x = 999; // the same object: cached, as a node object is never mutated
    expect(cache.outline(r)).toBe('M1.3 2h96v64h-96z');
    expect(cache.outline(tile(999, 2))).toBe('M999 2h96v64h-96z');
  });
});

describe('node layer hits', () => {
  it('picks the tile under a point, the later node where tiles overlap, within the slop and not beyond', () => {
    expect(tileAt(nodes, { x: 10, y: 10 }, 0)).toBe('a');
    expect(tileAt(nodes, { x: 60, y: 30 }, 0)).toBe('e');
    expect(tileAt(nodes, { x: 198, y: 10 }, 3)).toBe('b');
    expect(tileAt(nodes, { x: 195, y: 10 }, 3)).toBeNull();
    expect(tileAt([], { x: 0, y: 0 }, 10)).toBeNull();
  });

  it('selects by box only tiles wholly inside it', () => {
    expect(tilesInside(nodes, { x: -1, y: -1, width: 300, height: 100 })).toEqual(['a', 'b', 'e']);
    expect(tilesInside(nodes, { x: 10, y: 0, width: 500, height: 100 })).toEqual(['b', 'c', 'e']);
  });
});

describe('tiled flow nodes', () => {
  it('hides every node but the selected ones from React Flow when tiled, with the tile’s size until measured', () => {
    const s = defaultScenario();
    const [firstId, secondId] = [s.nodes[0]!.id, s.nodes[1]!.id];
    const plain = mergeFlowNodes([], s.nodes, new Set());
    expect(plain.every((n) => !n.hidden)).toBe(true);
    const tiled = mergeFlowNodes(plain, s.nodes, new Set([secondId]), true);
    expect(tiled.map((n) => n.hidden)).toEqual(s.nodes.map((n) => n.id !== secondId));
    expect(tiled[0]!.measured).toEqual(COMPACT_TILE);
    // A node being dragged stays drawn by React Flow until the drag ends.
    const dragging = tiled.map((n) => (n.id === firstId ? { ...n, dragging: true } : n));
    expect(mergeFlowNodes(dragging, s.nodes, new Set(), true)[0]!.hidden).toBe(false);
    // Untiled again, nothing is hidden, and an unchanged node keeps its object.
    const back = mergeFlowNodes(tiled, s.nodes, new Set([secondId]));
    expect(back.every((n) => !n.hidden)).toBe(true);
    expect(mergeFlowNodes(back, s.nodes, new Set([secondId]))[1]).toBe(back[1]);
  });

  it('centres a tile where the node’s measured box is centred, as the links end there', () => {
    const measured = { id: 'x', position: { x: 100, y: 50 }, data: {}, measured: { width: 150, height: 72 } };
    expect(tileRect(measured)).toEqual({ x: 127, y: 54, width: 96, height: 64 });
  });
});
