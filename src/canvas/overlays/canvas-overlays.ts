import type { Evaluation, LinkResult } from '../../engine/results';
import type { NodeKind } from '../../scenario/schema';
import type { ResultsStore } from '../../store/results-store';
import { throttle, type ThrottleClock } from '../../editor/throttle';
import { storedKeyByNode } from './key-store';
import { linkLoads, linkOverlay, pairKey, pathMembership, sameLinkOverlay, type LinkLoads, type LinkOverlay } from '../../format/link-overlay';

/** What the canvas needs to know about the selected request: its id now, and when that changes. */
export interface SelectedRequestSource {
  get(): string | null;
  /** A route to light instead of the selected request's, while one is pointed at; null otherwise. */
  preview(): readonly string[] | null;
  subscribe(listener: () => void): () => void;
}

const linkKey = (id: string) => `link:${id}`;
const nodeKey = (id: string) => `node:${id}`;
/** Every node and link listens here for the selected path; they re-render only if their own answer changed. */
const PATH_KEY = 'path';
/** The zoomed-out link layer draws every link at once: told when any link's look or the path changes. */
const ALL_LINKS_KEY = 'links';

/**
 * The canvas's view of the results, derived once for all nodes and links and published per id: a link or node
 * is told only when what it draws changed. Without it every one of thousands of edges and nodes subscribed to
 * the sample stream and scanned every request on each batch.
 */
function samePath(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return (a?.length ?? 0) === 0 && (b?.length ?? 0) === 0;
  return a.every((id, i) => id === b[i]);
}

export class CanvasOverlays {
  private links = new Map<string, LinkOverlay>();
  /** What the overlays were made from: each link's result, the evaluation, the requests' loads and the namer. */
  private madeFrom = new Map<string, LinkResult>();
  private madeFromEvaluation: Evaluation | null = null;
  private madeFromLoads: LinkLoads | null = null;
  private namedWith: ((text: string) => string) | null = null;
  private storedKey = new Map<string, number>();
  /** Key stores not worked out since the last samples, because no node was listening then. */
  private storedKeyStale = false;
  private nodeListeners = 0;
  private path = pathMembership(undefined);
  private pathNodes: readonly string[] | undefined = undefined;
  /** Counts changes to any link's overlay or to the path, for whoever draws all links at once. */
  private linksVersion = 0;
  private evaluation: Evaluation | null | undefined = undefined;
  private requestId: string | null = null;
  private preview: readonly string[] | null = null;
  private nodeKinds: ReadonlyMap<string, NodeKind> = new Map();
  private name: (text: string) => string = (text) => text;
  private readonly listeners = new Map<string, Set<() => void>>();
  private readonly storedKeyRefresh;

  constructor(
    private readonly results: ResultsStore,
    private readonly selected: SelectedRequestSource,
    storedKeyIntervalMs = 250,
    clock?: ThrottleClock,
  ) {
    this.storedKeyRefresh = throttle(() => this.refreshStoredKey(), storedKeyIntervalMs, clock);
  }

  /** Start following the results and the selection; returns the way to stop. */
  attach(): () => void {
    this.refresh();
    const offResults = this.results.subscribe(() => this.refresh());
    const offSelection = this.selected.subscribe(() => this.refreshPath());
    return () => {
      offResults();
      offSelection();
      this.storedKeyRefresh.cancel();
    };
  }

  /** Which node ids have which kind (key stores depend on it). */
  setNodeKinds(kinds: ReadonlyMap<string, NodeKind>): void {
    this.nodeKinds = kinds;
    this.refreshStoredKey();
  }

  /** How the engine's reasons (a failed or dark link's tooltip) name nodes: by the names the user gave them. */
  setNamer(name: (text: string) => string): void {
    this.name = name;
    this.refreshLinks();
  }

  subscribe(key: string, listener: () => void): () => void {
    let set = this.listeners.get(key);
    if (!set) this.listeners.set(key, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(key);
    };
  }

  subscribeLink(id: string, listener: () => void): () => void {
    return this.subscribe(linkKey(id), listener);
  }

  subscribeNode(id: string, listener: () => void): () => void {
    this.nodeListeners++;
    const off = this.subscribe(nodeKey(id), listener);
    return () => {
      this.nodeListeners--;
      off();
    };
  }

  subscribePath(listener: () => void): () => void {
    return this.subscribe(PATH_KEY, listener);
  }

  subscribeAllLinks(listener: () => void): () => void {
    return this.subscribe(ALL_LINKS_KEY, listener);
  }

  /** Changes with any link's overlay or the path: a snapshot for useSyncExternalStore. */
  allLinksVersion(): number {
    return this.linksVersion;
  }

  link(id: string): LinkOverlay | undefined {
    return this.links.get(id);
  }

  /** Key stored at the node for the requests it ends or relays, bits; null when no request's path touches it. */
  storedKeyBits(id: string): number | null {
    if (this.storedKeyStale) {
      // Nobody was listening when the samples came (zoomed out, no badges): work the stores out now, for this reader.
      this.storedKeyStale = false;
      this.storedKey = this.computeStoredKey();
    }
    return this.storedKey.get(id) ?? null;
  }

  /** A new object whenever the highlighted path changes: a snapshot for useSyncExternalStore. */
  pathSnapshot(): object {
    return this.path;
  }

  /** Whether a path is highlighted at all: with none, nothing needs asking link by link. */
  hasPath(): boolean {
    return this.path.nodes.size > 0;
  }

  nodeOnPath(id: string): boolean {
    return this.path.nodes.has(id);
  }

  linkOnPath(source: string, target: string): boolean {
    return this.path.pairs.has(pairKey(source, target));
  }

  private allLinksChanged(): void {
    this.linksVersion++;
    this.notify(ALL_LINKS_KEY);
  }

  private notify(key: string): void {
    this.listeners.get(key)?.forEach((l) => l());
  }

  private refresh(): void {
    if (this.results.evaluation === this.evaluation) {
      // Only samples arrived: the key stores move, a few times a second at most.
      this.storedKeyRefresh.poke();
      return;
    }
    this.evaluation = this.results.evaluation;
    this.refreshLinks();
    this.refreshPath(true);
    this.refreshStoredKey();
  }

  private refreshLinks(): void {
    const evaluation = this.evaluation ?? null;
    const loads = evaluation && linkLoads(evaluation);
    const dirty = evaluation && loads && this.madeFromLoads && this.namedWith === this.name ? this.dirtyLinks(evaluation, loads, this.madeFromLoads) : null;
    const changed: string[] = [];
    if (dirty) for (const id of dirty) this.remake(id, loads!, changed);
    else this.remakeAll(evaluation, loads, changed);
    this.madeFromEvaluation = evaluation;
    this.madeFromLoads = loads;
    this.namedWith = this.name;
    changed.forEach((id) => this.notify(linkKey(id)));
    if (changed.length > 0) this.allLinksChanged();
  }

  /**
   * After an edit the evaluation keeps the link results it did not change: only links with a new result or a new load
   * from the requests need a look, not all 15,000. Null when links came, went or moved (then every link is looked at).
   */
  private dirtyLinks(evaluation: Evaluation, loads: LinkLoads, before: LinkLoads): Set<string> | null {
    const was = this.madeFromEvaluation;
    if (!was || was.links.length !== evaluation.links.length) return null;
    const dirty = new Set<string>();
    for (let i = 0; i < evaluation.links.length; i++) {
      const link = evaluation.links[i]!;
      if (link === was.links[i]) continue;
      if (link.id !== was.links[i]!.id) return null;
      // Written before the verdict is known: a null answer makes every overlay again from scratch anyway.
      this.madeFrom.set(link.id, link);
      dirty.add(link.id);
    }
    for (const id of loads.changedSince(before)) if (this.madeFrom.has(id)) dirty.add(id);
    return dirty;
  }

  /** Makes one link's overlay again, keeping the old object when nothing drawn changed (its snapshot stays the same). */
  private remake(id: string, loads: LinkLoads, changed: string[]): void {
    const plain = linkOverlay(this.madeFrom.get(id)!, loads);
    const overlay = plain.status.kind === 'up' ? plain : { ...plain, status: { ...plain.status, reason: this.name(plain.status.reason) } };
    if (sameLinkOverlay(this.links.get(id), overlay)) return;
    this.links.set(id, overlay);
    changed.push(id);
  }

  private remakeAll(evaluation: Evaluation | null, loads: LinkLoads | null, changed: string[]): void {
    const before = this.links;
    this.links = new Map();
    this.madeFrom = new Map();
    for (const link of evaluation?.links ?? []) {
      this.madeFrom.set(link.id, link);
      const old = before.get(link.id);
      if (old) this.links.set(link.id, old);
      this.remake(link.id, loads!, changed);
    }
    for (const id of before.keys()) if (!this.links.has(id)) changed.push(id);
  }

  private refreshPath(evaluationChanged = false): void {
    const requestId = this.selected.get();
    const preview = this.selected.preview();
    if (requestId === this.requestId && preview === this.preview && !evaluationChanged) return;
    this.requestId = requestId;
    this.preview = preview;
    const path = preview ?? (requestId === null ? undefined : this.evaluation?.requests.find((r) => r.id === requestId)?.path);
    // A new evaluation that leaves the lit path as it was (none, or the same nodes) tells no one: 10,000 tiles are not regrouped.
    if (evaluationChanged && samePath(this.pathNodes, path)) return;
    this.pathNodes = path;
    this.path = pathMembership(path);
    this.notify(PATH_KEY);
    this.allLinksChanged();
  }

  private computeStoredKey(): Map<string, number> {
    const r = this.results;
    return storedKeyByNode(this.evaluation ?? null, r.requestIds, (id) => this.nodeKinds.get(id), (i) => (r.rowCount > 0 ? r.value(r.rowCount - 1, i, 'storedKeyBits') : NaN), (i) => (r.rowCount > 0 ? r.value(r.rowCount - 1, i, 'heldKeyBits') : 0));
  }

  /**
   * Every path of every request, a few times a second: with no node listening (a big design zoomed out draws no
   * badges) it waits until someone reads a store, instead of walking 225,000 path steps for no one.
   */
  private refreshStoredKey(): void {
    if (this.nodeListeners === 0) {
      this.storedKeyStale = true;
      return;
    }
    this.storedKeyStale = false;
    const next = this.computeStoredKey();
    const changed: string[] = [];
    for (const [id, bits] of next) if (!Object.is(this.storedKey.get(id), bits)) changed.push(id);
    for (const id of this.storedKey.keys()) if (!next.has(id)) changed.push(id);
    this.storedKey = next;
    changed.forEach((id) => this.notify(nodeKey(id)));
  }
}
