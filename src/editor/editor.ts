import type { BestPaths } from '../engine/best-paths';
import type { SubSatellitePoint } from '../engine/orbits/sub-satellite-point';
import type { DistanceSweep } from '../engine/sweep-distance';
import type { SatellitePassList } from '../engine/satellite-passes';
import type { Scenario } from '../scenario/schema';
import { createNoticeStore, type NoticeStore } from '../store/notice-store';
import { ResultsStore } from '../store/results-store';
import type { Clipboard, Point } from '../store/scenario-edits';
import { createScenarioStore, type DocumentView, type HistoryIntent, type ScenarioStore } from '../store/scenario-store';
import { useSession, type SessionStore } from '../store/session-store';
import { createUiStore, type Theme, type UiStore } from '../store/ui-store';
import { describeChange } from './describe-change';
import { watchDocument } from './document-watch';

/**
 * Who is changing the document, which decides whether the gate lets it through:
 * - `hand`: an edit of the design by hand (canvas, inspector, commands, undo): refused while read-only or presenting;
 * - `build`: a hand edit that adds to the design (the palette, add/connect/request commands, paste, duplicate): refused
 *   like `hand`, and also when a class link hid the palette, since the teacher took building away;
 * - `content`: the whole design replaced by something the user picked (an example, a lesson step): refused
 *   while read-only, allowed while presenting, so a teacher can move through a lesson on the projector;
 * - `file`: a design opened from a file: refused like `content`, and also when a class link hid Files;
 * - `lesson`: a step of the guided lesson the page is running: allowed while read-only too, since a teacher's locked
 *   class link locks the student's hands, not the lesson's own steps; refused like `content` when no lesson runs;
 * - `load`: what the page was given to show (a shared link, the backup of the user's work): never refused.
 */
export type EditSource = 'hand' | 'build' | 'content' | 'file' | 'lesson' | 'load';

/** What the editor asks of the engine; the page's worker client, or a recording stub in tests. */
export interface EditorEngine {
  play(): void;
  pause(): void;
  step(): void;
  setSpeed(speed: number): void;
  /** Start a run of this scenario from t = 0. */
  restart(scenario: Scenario): void;
}

/** Questions the engine answers beside the run (a distance sweep, a ground track, best paths); absent headless. */
export interface EngineQueries {
  sweepDistance(scenario: Scenario, linkId: string, requestId: string, lengthsKm: number[]): Promise<DistanceSweep>;
  groundTrack(scenario: Scenario, nodeId: string, timesSeconds: number[]): Promise<SubSatellitePoint[]>;
  bestPaths(scenario: Scenario, requestId: string, k: number): Promise<BestPaths>;
  satellitePasses(scenario: Scenario, satelliteId: string): Promise<SatellitePassList>;
}

/** What the canvas offers while it is shown: where a new node goes (the middle of the view), and framing the design. */
export interface CanvasView {
  placementPoint(): Point;
  fitView(): void;
}

/** The run as the user should read it: one answer from the play state and the engine's own status. */
export type RunDisplayStatus = 'idle' | 'running' | 'paused' | 'finished' | 'rejected' | 'failed';

export interface EditorOptions {
  scenario: Scenario;
  engine: EditorEngine;
  queries?: EngineQueries;
  results?: ResultsStore;
  theme?: Theme | null;
  /** Puts text on the system clipboard, where the browser allows it (a secure page); otherwise does nothing. */
  writeSystemClipboard?(text: string): void;
  systemTheme?(): Theme;
}

const noEngine = () => Promise.reject(new Error('no engine is running'));
const NO_QUERIES: EngineQueries = { sweepDistance: noEngine, groundTrack: noEngine, bestPaths: noEngine, satellitePasses: noEngine };

/**
 * The one app object (in the spirit of tldraw's Editor): every write to the document goes through `edit` or `replace`,
 * past the one gate `whyNot`; time is played, paused and stepped here, and nowhere else holds the play state. Plain
 * objects and stores only, so commands, panels and tests drive it without a browser.
 */
export class Editor {
  /** Document scope: the undoable, autosaved, shared scenario, read-only outside the editor (write through `edit`). */
  readonly document: DocumentView;
  /** The same store with its writers; only the editor's own methods touch it. */
  readonly #store: ScenarioStore;
  /** Session scope: selection, view, play state. One per page. */
  readonly session: SessionStore = useSession;
  /** UI scope: presentation, theme, dialogs, the live-region message. */
  readonly ui: UiStore;
  /** Results scope: what the engine streams, outside React. */
  readonly results: ResultsStore;
  readonly notices: NoticeStore;
  /** Set by the canvas while it is mounted; null headless. */
  canvas: CanvasView | null = null;
  /** This page's copy of nodes, and how many times it was pasted (each paste lands one offset further). */
  clipboard: { content: Clipboard; pastes: number } | null = null;
  /** The engine's answers beside the run; headless, each is refused. */
  readonly queries: EngineQueries;
  private readonly engine: EditorEngine;
  private readonly options: EditorOptions;

  constructor(options: EditorOptions) {
    this.options = options;
    this.engine = options.engine;
    this.queries = options.queries ?? NO_QUERIES;
    this.#store = createScenarioStore(options.scenario);
    this.document = this.#store;
    this.ui = createUiStore({ theme: options.theme ?? null });
    this.results = options.results ?? new ResultsStore();
    this.notices = createNoticeStore();
    watchDocument(this);
  }

  get scenario(): Scenario {
    return this.document.getState().scenario;
  }

  // ── The gate ──────────────────────────────────────────────────────────────

  /** Why a change from `source` would be refused now, in words for the user; null when it is allowed. */
  whyNot(source: EditSource = 'hand'): string | null {
    if (source === 'load' || (source === 'lesson' && this.session.getState().lesson !== null)) return null;
    if (this.session.getState().readOnly) return 'This shared scenario is read-only. Choose “Edit a copy” first.';
    const byHand = source === 'hand' || source === 'build';
    if (byHand && this.ui.getState().presentation) return 'Presentation mode is read-only. Press Escape to leave it first.';
    if (source === 'build' && this.session.getState().hiddenTools.includes('palette')) return 'Adding to the design is turned off in this class link.';
    if (source === 'file' && this.session.getState().hiddenTools.includes('files')) return 'Opening files is turned off in this class link.';
    return null;
  }

  canEdit(source: EditSource = 'hand'): boolean {
    return this.whyNot(source) === null;
  }

  // ── The one write path ────────────────────────────────────────────────────

  /**
   * Change the document, if the gate allows; returns whether it did. A refused hand edit is silent (its controls are
   * disabled, so only a stray key or a race reaches here); refused content is explained, since the user asked for it.
   */
  edit(update: (s: Scenario) => Scenario, intent: HistoryIntent = 'record', source: EditSource = 'hand'): boolean {
    const refused = this.whyNot(source);
    if (refused !== null) {
      if (source !== 'hand' && source !== 'build') this.announce(refused, 'error');
      return false;
    }
    const before = this.scenario;
    this.#store.getState().apply(update, intent);
    // Say what appeared or disappeared (a gesture's frames say nothing until it ends); a load speaks for itself.
    if (intent !== 'transient' && (source === 'hand' || source === 'build')) this.describe(before, '');
    return true;
  }

  /** Announce the nodes and links a change added or removed, after `prefix` ("Undone", say); nothing if none and no prefix. */
  private describe(before: Scenario, prefix: string): void {
    const words = describeChange(before, this.scenario);
    if (words !== null) this.announce(prefix ? `${prefix}: ${words[0]!.toLowerCase()}${words.slice(1)}` : words);
    else if (prefix) this.announce(`${prefix}.`);
  }

  /** A finished hand edit (or one that adds to the design: `build`): one undo step. */
  commit(next: Scenario, source: 'hand' | 'build' = 'hand'): boolean {
    return this.edit(() => next, 'record', source);
  }

  /**
   * Replace the whole design: content the user picked is one undo step (Ctrl+Z brings their drawing back); what the
   * page loads clears the history. The selection is dropped either way, since its ids belong to the old design.
   */
  replace(scenario: Scenario, source: 'content' | 'file' | 'load'): boolean {
    if (!this.edit(() => scenario, source === 'load' ? 'reset' : 'record', source)) return false;
    this.session.getState().select(null);
    // One short line, not a list of every node; a shared link (a load) is announced by its own dialog.
    if (source !== 'load') this.announce(`Opened “${scenario.name}”. Ctrl+Z brings back what was there before.`);
    return true;
  }

  undo(): boolean {
    if (!this.canEdit() || this.document.getState().past.length === 0) return false;
    const before = this.scenario;
    this.#store.getState().undo();
    this.describe(before, 'Undone');
    return true;
  }

  redo(): boolean {
    if (!this.canEdit() || this.document.getState().future.length === 0) return false;
    const before = this.scenario;
    this.#store.getState().redo();
    this.describe(before, 'Redone');
    return true;
  }

  // ── Time: the one owner of the play state ──────────────────────────────────

  get playing(): boolean {
    return this.session.getState().playing;
  }

  play(): void {
    this.session.getState().setPlaying(true);
    this.engine.play();
  }

  pause(): void {
    this.session.getState().setPlaying(false);
    this.engine.pause();
  }

  /** Play from where the run is; a finished run plays again from t = 0. */
  togglePlay(): void {
    if (this.results.status === 'finished') {
      this.play();
      this.restart();
    } else if (this.playing) this.pause();
    else this.play();
  }

  step(): void {
    this.session.getState().setPlaying(false);
    this.engine.step();
  }

  setSpeed(speed: number): void {
    this.session.getState().setSpeed(speed);
    this.engine.setSpeed(speed);
  }

  /** Drop every sample and run the current design from t = 0. */
  restart(): void {
    this.results.clear();
    this.engine.restart(this.scenario);
  }

  /** What the status pill says: paused is the user's choice, the rest is the engine's. */
  runStatus(): RunDisplayStatus {
    const status = this.results.status;
    return status === 'running' && !this.playing ? 'paused' : status;
  }

  // ── Placement, messages, system services ───────────────────────────────────

  /** Where a node added without a pointer goes: the middle of the canvas's view, or below the design headless. */
  placementPoint(): Point | null {
    return this.canvas?.placementPoint() ?? null;
  }

  /** Frame the whole design on the canvas, once it has drawn a new document. */
  fitView(): void {
    this.canvas?.fitView();
  }

  /** Say something in the live region (the canvas's status line); `seq` lets the same words be announced twice. */
  announce(text: string, tone: 'info' | 'error' = 'info'): void {
    const seq = (this.ui.getState().message?.seq ?? 0) + 1;
    this.ui.setState({ message: { text, tone, seq } });
  }

  /** A message the user must see and dismiss (a failed save, a restarted engine). */
  notify(text: string): void {
    this.notices.getState().push(text);
  }

  writeSystemClipboard(text: string): void {
    this.options.writeSystemClipboard?.(text);
  }

  systemTheme(): Theme {
    return this.options.systemTheme?.() ?? 'light';
  }
}
