import type { BestPaths } from '../engine/best-paths';
import type { ResumePoint } from '../engine/simulation';
import type { SubSatellitePoint } from '../engine/orbits/sub-satellite-point';
import type { DistanceSweep } from '../engine/sweep-distance';
import type { SatellitePassList } from '../engine/satellite-passes';
import { patchSize, scenarioPatch } from '../scenario/scenario-patch';
import type { Scenario } from '../scenario/schema';
import { wasChecked } from '../scenario/checked-designs';
import type { EngineApi, EngineMessage, RunOptions } from './protocol';

/** The engine as seen across a worker boundary: every call may be asynchronous; its messages come to one subscriber. */
export type RemoteEngine = {
  [K in keyof EngineApi]: (...args: Parameters<EngineApi[K]>) => ReturnType<EngineApi[K]> | Promise<ReturnType<EngineApi[K]>>;
} & {
  subscribe(listener: (message: EngineMessage) => void): void;
};

export interface EngineClientOptions {
  /**
   * An edit after this long without one is sent at once; edits closer together wait until this long after the last,
   * so a burst of keystrokes or a drag starts at most two runs (its first edit and its last).
   */
  debounceMs?: number;
  /** Runs already started on this worker before the client existed (prestartEngineWorker); ours are numbered after them. */
  runsStarted?: number;
  /** Where the next run should pick up from, asked at send time. */
  resumePoint?: () => ResumePoint | undefined;
  /** Where a run restarted on a new worker picks up: exactly where the last one stopped (its key stores too). */
  restartPoint?: () => ResumePoint | undefined;
  setTimeout?: (fn: () => void, ms: number) => unknown;
  clearTimeout?: (handle: unknown) => void;
  /** Milliseconds, for telling a lone edit from a burst. */
  now?: () => number;
}

export const DEFAULT_DEBOUNCE_MS = 60;

/**
 * The page's one handle on the engine: sends the scenario (debounced), numbers each run so samples of a
 * cancelled run are dropped, and fans the single worker subscription out to the page's listeners.
 */
export class EngineClient {
  private readonly listeners = new Set<(message: EngineMessage) => void>();
  private runId = 0;
  private pendingTimer: unknown = null;
  private pendingScenario: Scenario | null = null;
  private lastEditAt = -Infinity;
  /** The design the worker holds, as last sent: the next one goes as a patch against it when it can. */
  private sent: Scenario | null = null;
  private speed = 1;
  private playing = true;
  private readonly opts: Required<Omit<EngineClientOptions, 'resumePoint' | 'restartPoint' | 'runsStarted'>> & Pick<EngineClientOptions, 'resumePoint' | 'restartPoint'>;

  constructor(
    private remote: RemoteEngine,
    options: EngineClientOptions = {},
  ) {
    this.opts = {
      debounceMs: options.debounceMs ?? DEFAULT_DEBOUNCE_MS,
      resumePoint: options.resumePoint,
      restartPoint: options.restartPoint,
      setTimeout: options.setTimeout ?? ((fn, ms) => setTimeout(fn, ms)),
      clearTimeout: options.clearTimeout ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>)),
      now: options.now ?? (() => Date.now()),
    };
    this.runId = options.runsStarted ?? 0;
    this.subscribeRemote();
  }

  /**
   * Replace the transport (after a worker died) and resend the latest scenario where the run stopped, playing or paused
   * as it was; returns the simulated time it continues from (0 when it starts over, or null when nothing is sent).
   */
  reconnect(remote: RemoteEngine, scenario: Scenario | null): number | null {
    this.remote = remote;
    this.sent = null;
    this.subscribeRemote();
    if (!scenario) return null;
    const resume = (this.opts.restartPoint ?? this.opts.resumePoint)?.();
    this.send(scenario, resume);
    return resume?.timeSeconds ?? 0;
  }

  get currentRunId(): number {
    return this.runId;
  }

  on(listener: (message: EngineMessage) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Send an edited scenario: at once after a quiet spell, else when the burst it belongs to ends; the run in flight is cancelled when it is sent. */
  setScenario(scenario: Scenario): void {
    const now = this.opts.now();
    const lone = this.pendingTimer === null && now - this.lastEditAt >= this.opts.debounceMs;
    this.lastEditAt = now;
    // A lone edit (a value typed and entered, a box ticked) shows its effect without waiting out the debounce.
    if (lone) return this.sendNow(scenario);
    this.pendingScenario = scenario;
    if (this.pendingTimer !== null) this.opts.clearTimeout(this.pendingTimer);
    this.pendingTimer = this.opts.setTimeout(() => {
      this.pendingTimer = null;
      const next = this.pendingScenario;
      this.pendingScenario = null;
      if (next) this.sendNow(next);
    }, this.opts.debounceMs);
  }

  /** Start a run at once from t = 0 (reset) or from the resume point; a queued send is dropped, this one supersedes it. */
  sendNow(scenario: Scenario, fromStart = false): void {
    this.send(scenario, fromStart ? undefined : this.opts.resumePoint?.());
  }

  private send(scenario: Scenario, resume: ResumePoint | undefined): void {
    if (this.pendingTimer !== null) this.opts.clearTimeout(this.pendingTimer);
    this.pendingTimer = null;
    this.pendingScenario = null;
    this.runId += 1;
    const options: RunOptions = { runId: this.runId, speed: this.speed, playing: this.playing, ...(resume ? { resume } : {}) };
    // Copying a big design to the worker costs more than evaluating a small edit of it: send what changed.
    const patch = this.sent ? scenarioPatch(this.sent, scenario) : null;
    this.sent = scenario;
    if (patch && patchSize(patch) < scenario.nodes.length + scenario.links.length + scenario.requests.length) void this.remote.startEdit(patch, options);
    else void this.remote.start(scenario, wasChecked(scenario) ? { ...options, checked: true } : options);
  }

  play(): void {
    this.playing = true;
    void this.remote.play();
  }

  pause(): void {
    this.playing = false;
    void this.remote.pause();
  }

  step(): void {
    this.playing = false;
    void this.remote.step();
  }

  setSpeed(speed: number): void {
    this.speed = speed;
    void this.remote.setSpeed(speed);
  }

  /** Ask the worker for a key-rate-against-length curve; runs beside the simulation without disturbing it. */
  async sweepDistance(scenario: Scenario, linkId: string, requestId: string, lengthsKm: number[]): Promise<DistanceSweep> {
    return await this.remote.sweepDistance(scenario, linkId, requestId, lengthsKm);
  }

  /** Ask the worker where a satellite is overhead at each time (for its ground track on the map); beside the run. */
  async groundTrack(scenario: Scenario, nodeId: string, timesSeconds: number[]): Promise<SubSatellitePoint[]> {
    return await this.remote.groundTrack(scenario, nodeId, timesSeconds);
  }

  /** Ask the worker for a request's best paths, each with what the request would get on it alone; beside the run. */
  async bestPaths(scenario: Scenario, requestId: string, k: number): Promise<BestPaths> {
    return await this.remote.bestPaths(scenario, requestId, k);
  }

  /** Ask the worker when a satellite passes over the stations it links to during the run; beside the run. */
  async satellitePasses(scenario: Scenario, satelliteId: string): Promise<SatellitePassList> {
    return await this.remote.satellitePasses(scenario, satelliteId);
  }

  private subscribeRemote(): void {
    this.remote.subscribe((message) => this.receive(message));
  }

  private receive(message: EngineMessage): void {
    if (message.runId !== this.runId) return;
    for (const listener of this.listeners) listener(message);
  }
}
