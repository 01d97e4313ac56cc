import { describe, expect, it } from 'vitest';
import type { LinkOverlay } from '../../format/link-overlay';
import { batchPaths, decadeRate, groupLinks, LookCache, sameLayerLinks, SegmentCache, type LayerLink, type LinkGroup, type LinkLookSource } from './link-batches';
import type { FlowRect } from '../node-rect';

const linkBatches = (links: LayerLink[], boxes: Map<string, FlowRect>, look: LinkLookSource) => batchPaths(groupLinks(links, look), boxes, new SegmentCache());

const box = (x: number, y: number): FlowRect => ({ x, y, width: 20, height: 10 });
const boxes = new Map([['a', box(0, 0)], ['b', box(100, 0)], ['c', box(100, 100)], ['d', box(0, 100)]]);
const link = (id: string, source: string, target: string, kind: LayerLink['kind'] = 'fiber'): LayerLink => ({ id, source, target, kind });
const up = (rate: number | null): LinkOverlay => ({ keyRateBitsPerSecond: rate, status: { kind: 'up', elevationDeg: null }, lengthKm: 50, lossDb: 1, qberAlarm: false });

describe('linkBatches', () => {
  it('draws links of one style as one path, centre to centre, and splits by rate decade, state, kind, highlight and selection', () => {
    const overlays: Record<string, LinkOverlay> = {
      ab: up(2_000), bc: up(5_000), cd: up(20), da: { ...up(null), status: { kind: 'failed', reason: 'cut' } }, ac: up(3_000),
    };
    const batches = linkBatches(
      [link('ab', 'a', 'b'), link('bc', 'b', 'c'), link('cd', 'c', 'd'), link('da', 'd', 'a'), link('ac', 'a', 'c', 'free-space'), link('ax', 'a', 'x')],
      boxes,
      { overlay: (id) => overlays[id], onPath: (s, t) => s === 'c' && t === 'd', selected: (id) => id === 'bc' },
    );
    const byLinks = batches.map((b) => [b.className, b.links, b.d]);
    expect(byLinks).toEqual([
      ['link link--fiber', 1, 'M10 5L110 5'],
      ['link link--fiber', 1, 'M110 5L110 105'],
      ['link link--fiber link--on-path', 1, 'M110 105L10 105'],
      ['link link--fiber link--failed', 1, 'M10 105L10 5'],
      ['link link--free-space', 1, 'M10 5L110 105'],
    ]);
    // ab and bc share a decade's colour; bc is wider for being selected.
    expect(batches[0]!.stroke).toBe(batches[1]!.stroke);
    expect(batches[1]!.strokeWidth).toBe(batches[0]!.strokeWidth + 2);
    expect(batches[2]!.stroke).toBeNull();
  });

  it('puts every link of one look into a single path', () => {
    const overlay = up(1_500);
    const batches = linkBatches([link('ab', 'a', 'b'), link('cd', 'c', 'd'), link('bc', 'b', 'c')], boxes, { overlay: () => overlay, onPath: () => false, selected: () => false });
    expect(batches).toHaveLength(1);
    expect(batches[0]).toMatchObject({ links: 3, d: 'M10 5L110 5M110 105L10 105M110 5L110 105' });
  });

  it('puts the links of nodes being dragged in paths of their own, so the other paths keep their data', () => {
    const overlay = up(1_500);
    const look = { overlay: () => overlay, onPath: () => false, selected: () => false };
    const all = [link('ab', 'a', 'b'), link('cd', 'c', 'd'), link('bc', 'b', 'c')];
    const still = linkBatches(all, boxes, look);
    const dragging = batchPaths(groupLinks(all, look, new Set(['d'])), boxes, new SegmentCache());
    expect(dragging.map((b) => [b.moving, b.links])).toEqual([[false, 2], [true, 1]]);
    expect(dragging[1]).toMatchObject({ className: still[0]!.className, stroke: still[0]!.stroke, d: 'M110 105L10 105' });
  });

  it('bands key rates by decade, keeping no key and no request apart', () => {
    expect(decadeRate(2_000)).toBeCloseTo(10 ** 3.5, 6);
    expect(decadeRate(9_999)).toBeCloseTo(10 ** 3.5, 6);
    expect(decadeRate(0)).toBe(0);
    expect(decadeRate(null)).toBeNull();
  });
});

describe('SegmentCache', () => {
  it('reuses a segment while both end boxes are the same objects, and redraws it when one moves', () => {
    const cache = new SegmentCache();
    const a = box(0, 0);
    const b = box(100, 0);
    const ab = link('ab', 'a', 'b');
    const first = cache.segment(ab, a, b);
    expect(cache.segment(ab, a, b)).toBe(first);
    expect(cache.segment(ab, a, box(200, 0))).toBe('M10 5L210 5');
    // A moved node is a new box even where its numbers match: the cache trusts identity, not values.
    expect(cache.segment(ab, a, box(100, 0))).toBe(first);
  });
});

describe('LookCache', () => {
  it('keeps a link’s look while its overlay object, kind, highlight and selection stay, and follows any of them', () => {
    const looks = new LookCache();
    const ab = link('ab', 'a', 'b');
    const overlay = up(2_000);
    const first = looks.lookOf(ab, overlay, false, false);
    expect(looks.lookOf(ab, overlay, false, false)).toBe(first);
    expect(looks.lookOf(ab, up(20), false, false).stroke).not.toBe(first.stroke);
    expect(looks.lookOf(ab, overlay, true, false).className).toContain('link--on-path');
    expect(looks.lookOf({ ...ab, kind: 'free-space' }, overlay, false, false).className).toContain('link--free-space');
  });

  it('groups links as a fresh grouping does, across renders that share one cache', () => {
    const looks = new LookCache();
    const links = [link('ab', 'a', 'b'), link('bc', 'b', 'c'), link('cd', 'c', 'd')];
    let overlays: Record<string, LinkOverlay> = { ab: up(2_000), bc: up(5_000), cd: up(20) };
    const source = (): LinkLookSource => ({ overlay: (id) => overlays[id], onPath: () => false, selected: (id) => id === 'cd' });
    expect(groupLinks(links, source(), undefined, looks)).toEqual(groupLinks(links, source()));
    overlays = { ...overlays, bc: up(30) };
    expect(groupLinks(links, source(), undefined, looks)).toEqual(groupLinks(links, source()));
  });

  it('gives the last grouping back while every link keeps its group, and groups afresh when one moves', () => {
    const looks = new LookCache();
    const links = [link('ab', 'a', 'b'), link('bc', 'b', 'c'), link('cd', 'c', 'd')];
    let overlays: Record<string, LinkOverlay> = { ab: up(2_000), bc: up(5_000), cd: up(20) };
    const source = (): LinkLookSource => ({ overlay: (id) => overlays[id], onPath: () => false, selected: () => false });
    const first = groupLinks(links, source(), undefined, looks);
    // A new overlay object in the same rate decade: the same look, so the very same groups.
    overlays = { ...overlays, bc: up(5_100) };
    expect(groupLinks(links, source(), undefined, looks)).toBe(first);
    // Another decade: bc joins cd's group.
    overlays = { ...overlays, bc: up(25) };
    const moved = groupLinks(links, source(), undefined, looks);
    expect(moved).not.toBe(first);
    expect(moved).toEqual(groupLinks(links, source()));
    expect(moved.find((g) => g.links.some((l) => l.id === 'cd'))!.links.map((l) => l.id)).toEqual(['bc', 'cd']);
    // Dragging c parts its links from the rest.
    expect(groupLinks(links, source(), new Set(['c']), looks).filter((g) => g.moving).flatMap((g) => g.links.map((l) => l.id))).toEqual(['bc', 'cd']);
  });

  it('keeps the objects of groups an edit left alone, and their paths while the node boxes stay', () => {
    const looks = new LookCache();
    const segments = new SegmentCache();
    const links = [link('ab', 'a', 'b'), link('bc', 'b', 'c'), link('cd', 'c', 'd'), link('de', 'd', 'e')];
    let overlays: Record<string, LinkOverlay> = { ab: up(2_000), bc: up(20), cd: up(20), de: up(500_000) };
    const source = (): LinkLookSource => ({ overlay: (id) => overlays[id], onPath: () => false, selected: () => false });
    const boxes = new Map(['a', 'b', 'c', 'd', 'e'].map((id, i) => [id, { x: 100 * i, y: 0, width: 20, height: 10 }]));
    const first = groupLinks(links, source(), undefined, looks);
    const firstPaths = batchPaths(first, boxes, segments);
    overlays = { ...overlays, bc: up(3_000) };
    const next = groupLinks(links, source(), undefined, looks);
    expect(next).toEqual(groupLinks(links, source()));
    const lone = (groups: LinkGroup[]) => groups.find((g) => g.links[0]!.id === 'de')!;
    expect(lone(next)).toBe(lone(first));
    const nextPaths = batchPaths(next, boxes, segments);
    expect(nextPaths.find((b) => b.d.startsWith('M310'))).toBe(firstPaths.find((b) => b.d.startsWith('M310')));
    expect(nextPaths).toEqual(batchPaths(next, boxes, new SegmentCache()));
    // New boxes (a node moved): every path is made again.
    const moved = new Map(boxes).set('e', { x: 900, y: 0, width: 20, height: 10 });
    expect(batchPaths(next, moved, segments).find((b) => b.d.startsWith('M310'))!.d).toBe('M310 5L910 5');
  });
});

describe('sameLayerLinks', () => {
  it('treats a list whose links differ only in values as drawn alike, and any change of id, end, kind or order as not', () => {
    const links = [link('ab', 'a', 'b'), link('bc', 'b', 'c')];
    expect(sameLayerLinks(links, links.map((l) => ({ ...l })))).toBe(true);
    expect(sameLayerLinks(links, [links[0]!, { ...links[1]!, target: 'd' }])).toBe(false);
    expect(sameLayerLinks(links, [links[0]!, { ...links[1]!, kind: 'free-space' }])).toBe(false);
    expect(sameLayerLinks(links, [links[1]!, links[0]!])).toBe(false);
    expect(sameLayerLinks(links, links.slice(1))).toBe(false);
  });
});
