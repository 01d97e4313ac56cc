import type { Evaluation } from '../../engine/results';
import type { NodeKind } from '../../scenario/schema';
import type { ResultsStore } from '../../store/results-store';
import { throttle, type ThrottleClock } from '../../editor/throttle';
import { storedKeyByNode } from './key-store';
import { linkOverlays, pairKey, pathMembership, sameLinkOverlay, type LinkOverlay } from '../../format/link-overlay';

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
export class CanvasOverlays {
  private links = new Map<string, LinkOverlay>();
  private storedKey = new Map<string, number>();
  /** Key stores not worked out since the last samples, because no node was listening then. */
  private storedKeyStale = false;
  private nodeListeners = 0;
  private path = pathMembership(undefined);
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
    const next = linkOverlays(this.evaluation ?? null);
    const changed: string[] = [];
    for (const [id, named] of next) {
      const overlay = named.status.kind === 'up' ? named : { ...named, status: { ...named.status, reason: this.name(named.status.reason) } };
      next.set(id, overlay);
      const old = this.links.get(id);
      // Keep the old object when nothing drawn changed, so the link's snapshot is identical and it skips rendering.
      if (sameLinkOverlay(old, overlay)) next.set(id, old!);
      else changed.push(id);
    }
    for (const id of this.links.keys()) if (!next.has(id)) changed.push(id);
    this.links = next;
    changed.forEach((id) => this.notify(linkKey(id)));
    if (changed.length > 0) this.allLinksChanged();
  }

  private refreshPath(evaluationChanged = false): void {
    const requestId = this.selected.get();
    const preview = this.selected.preview();
    if (requestId === this.requestId && preview === this.preview && !evaluationChanged) return;
    this.requestId = requestId;
    this.preview = preview;
    const path = preview ?? (requestId === null ? undefined : this.evaluation?.requests.find((r) => r.id === requestId)?.path);
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
