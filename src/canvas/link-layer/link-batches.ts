import type { FlowRect } from '../node-rect';
import type { LinkKind } from '../../scenario/schema';
import { linkLook } from '../../format/link-look';
import type { LinkOverlay } from '../../format/link-overlay';


export interface LayerLink {
  id: string;
  source: string;
  target: string;
  kind: LinkKind;
}

/** Links drawn alike, as one path of straight segments. */
export interface LinkBatch {
  /** The look's key (stroke and whether moving): one path per key. */
  key: string;
  /** Links of nodes being dragged: their own path, so the big paths of the rest keep their data on every frame. */
  moving: boolean;
  className: string;
  stroke: string | null;
  strokeWidth: number;
  /** "M x y L x y" per link, centre to centre. */
  d: string;
  links: number;
}

/** The middle of a key-rate decade: links within one decade share a colour and a width when zoomed out. */
export function decadeRate(rate: number | null): number | null {
  return rate === null || !(rate > 0) ? rate : 10 ** (Math.floor(Math.log10(rate)) + 0.5);
}

/** Whether two lists of links are drawn alike by the layer: the same ids, ends and kinds in the same order. */
export function sameLayerLinks(a: readonly LayerLink[], b: readonly LayerLink[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y && (x.id !== y.id || x.source !== y.source || x.target !== y.target || x.kind !== y.kind)) return false;
  }
  return true;
}

/** Links stroked alike. */
export interface LinkGroup {
  /** The look's key, as CachedLook.keys names it. */
  key: string;
  moving: boolean;
  className: string;
  stroke: string | null;
  strokeWidth: number;
  links: LayerLink[];
}

export interface LinkLookSource {
  overlay(id: string): LinkOverlay | undefined;
  onPath(source: string, target: string): boolean;
  selected(id: string): boolean;
}

/**
 * Links grouped by how they are stroked (kind, state, path highlight, selection, key-rate decade), each group to be
 * drawn as one path: a few dozen elements instead of one per link (3,000 on a 2,000-node network), which were more
 * than half of each frame of a pan.
 */
export function groupLinks(links: readonly LayerLink[], look: LinkLookSource, movingNodes: ReadonlySet<string> = NONE, looks = new LookCache()): LinkGroup[] {
  const keys = new Array<string>(links.length);
  const styles = new Array<CachedLook>(links.length);
  const last = looks.lastGrouping;
  let same = last !== null && last.links === links;
  for (let i = 0; i < links.length; i++) {
    const link = links[i]!;
    const style = (styles[i] = looks.lookOf(link, look.overlay(link.id), look.onPath(link.source, link.target), look.selected(link.id)));
    // A changed path is parsed and painted again whole: a dragged node's links go apart, so only they redraw.
    const moving = movingNodes.size > 0 && (movingNodes.has(link.source) || movingNodes.has(link.target));
    keys[i] = style.keys[moving ? 1 : 0];
    if (same && keys[i] !== last!.keys[i]) same = false;
  }
  // Every link in the group it was in: the same groups, so no path is joined or drawn again.
  if (same) return last!.groups;
  const groups = new Map<string, LinkGroup>();
  for (let i = 0; i < links.length; i++) {
    let group = groups.get(keys[i]!);
    if (!group) {
      const { className, stroke, strokeWidth } = styles[i]!;
      groups.set(keys[i]!, (group = { key: keys[i]!, moving: keys[i] === styles[i]!.keys[1], className, stroke, strokeWidth, links: [] }));
    }
    group.links.push(links[i]!);
  }
  // A group with the very links it had keeps its object, so its path is not built again (batchPaths).
  const before = last?.links === links ? new Map(last.groups.map((g) => [g.key, g])) : null;
  const made = [...groups.values()].map((group) => {
    const old = before?.get(group.key);
    return old && old.links.length === group.links.length && old.links.every((l, i) => l === group.links[i]) ? old : group;
  });
  looks.lastGrouping = { links, keys, groups: made };
  return made;
}


interface CachedLook {
  kind: LinkKind;
  overlay: LinkOverlay | undefined;
  onPath: boolean;
  selected: boolean;
  className: string;
  stroke: string | null;
  strokeWidth: number;
  /** The group's key, still and moving: made once per look, not once per link and render. */
  keys: [string, string];
}

/**
 * Each link's stroke, kept while what it is drawn from is the same object: an edit restyles a few links, not 15,000;
 * and the last grouping, given back while every link keeps its group.
 */
export class LookCache {
  private readonly looks = new Map<string, CachedLook>();
  lastGrouping: { links: readonly LayerLink[]; keys: string[]; groups: LinkGroup[] } | null = null;

  lookOf(link: LayerLink, overlay: LinkOverlay | undefined, onPath: boolean, selected: boolean): CachedLook {
    const cached = this.looks.get(link.id);
    if (cached && cached.overlay === overlay && cached.kind === link.kind && cached.onPath === onPath && cached.selected === selected) return cached;
    const banded = overlay && { ...overlay, keyRateBitsPerSecond: decadeRate(overlay.keyRateBitsPerSecond) };
    const { className, stroke, strokeWidth } = linkLook(link.kind, banded, onPath, selected);
    const key = `${className}|${stroke}|${strokeWidth}`;
    const look: CachedLook = { kind: link.kind, overlay, onPath, selected, className, stroke, strokeWidth, keys: [`${key}|false`, `${key}|true`] };
    this.looks.set(link.id, look);
    return look;
  }
}

const NONE: ReadonlySet<string> = new Set();

/** Each link's "M x y L x y", kept while both its end boxes are the same objects: a drag changes only the moved node's. */
export class SegmentCache {
  private readonly segments = new Map<string, { a: FlowRect; b: FlowRect; d: string }>();

  segment(link: LayerLink, a: FlowRect, b: FlowRect): string {
    const cached = this.segments.get(link.id);
    if (cached && cached.a === a && cached.b === b) return cached.d;
    const d = `M${centre(a)}L${centre(b)}`;
    this.segments.set(link.id, { a, b, d });
    return d;
  }

  private readonly paths = new Map<string, { segments: string[]; d: string }>();
  private readonly batches = new WeakMap<LinkGroup, { boxes: ReadonlyMap<string, FlowRect>; batch: LinkBatch }>();

  /** A group's path, kept while the group and the node boxes are the same objects: an edit that moves one link redraws two groups. */
  batch(group: LinkGroup, boxes: ReadonlyMap<string, FlowRect>, make: () => LinkBatch): LinkBatch {
    const kept = this.batches.get(group);
    if (kept?.boxes === boxes) return kept.batch;
    const batch = make();
    this.batches.set(group, { boxes, batch });
    return batch;
  }

  /** The segments of one group as one path, the same string as last time when they are the very same segments. */
  joined(group: string, segments: string[]): string {
    const last = this.paths.get(group);
    if (last && last.segments.length === segments.length && last.segments.every((s, i) => s === segments[i])) return last.d;
    const d = segments.join('');
    this.paths.set(group, { segments, d });
    return d;
  }
}

const centre = (b: FlowRect) => `${+(b.x + b.width / 2).toFixed(1)} ${+(b.y + b.height / 2).toFixed(1)}`;

/** One path per group, centre to centre; links with an end not on the canvas are left out. */
export function batchPaths(groups: readonly LinkGroup[], boxes: ReadonlyMap<string, FlowRect>, cache: SegmentCache): LinkBatch[] {
  return groups.map((group) => cache.batch(group, boxes, () => {
    const { key, moving, className, stroke, strokeWidth, links } = group;
    const segments: string[] = [];
    for (const link of links) {
      const a = boxes.get(link.source);
      const b = boxes.get(link.target);
      if (a && b) segments.push(cache.segment(link, a, b));
    }
    return { key, moving, className, stroke, strokeWidth, d: cache.joined(key, segments), links: segments.length };
  })).filter((batch) => batch.links > 0);
}
