import { bestPaths, type BestPaths } from '../engine/best-paths';
import { groundTrack } from '../engine/ground-track';
import { satellitePasses, type SatellitePassList } from '../engine/satellite-passes';
import type { SubSatellitePoint } from '../engine/orbits/sub-satellite-point';
import type { EvaluationProgress, EvaluationState } from '../engine/evaluate';
import { Simulation, startingState } from '../engine/simulation';
import { REQUEST_SERIES, type SampleBlock } from './protocol';
import { sweepDistance, type DistanceSweep } from '../engine/sweep-distance';
import type { Scenario } from '../scenario/schema';
import { applyPatch, type ScenarioPatch } from '../scenario/scenario-patch';
import type { ScenarioChecks } from '../scenario/scenario-checks';
import type { EngineApi, EngineMessage, RunOptions } from './protocol';

/** Wall-clock interval between batches: one per display frame at most. */
export const BATCH_INTERVAL_MS = 16;
/** Cap on steps per batch so a huge speed cannot freeze the worker. */
export const MAX_STEPS_PER_BATCH = 20_000;
/**
 * Wall-clock budget for stepping in one batch, so pause and edits wait at most about this long on a heavy scenario.
 * A batch always takes at least one step, and its last chunk is sized from the measured cost per step, so it ends
 * near the budget. Simulated time the budget had no room for is dropped, not owed: a scenario too heavy for the
 * requested speed runs slower than that speed rather than queueing work behind it.
 */
export const BATCH_BUDGET_MS = 8;
/**
 * Wall-clock time a run's first evaluation may take before it pauses to let edits and controls in and to say how far it
 * has come (a 'progress' message, which also tells the page's watchdog the engine is working, not stuck).
 */
export const EVALUATION_SLICE_MS = 100;
/** At most one 'progress' message this often: enough for the page's watchdog and a progress line, little for a busy page. */
export const PROGRESS_INTERVAL_MS = 1000;

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realClock: Clock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

/** A question about a scenario from the page, answered beside the run: an invalid scenario or a throw becomes an error. */
function answerFor<T extends { ok: true }>(checks: ScenarioChecks, raw: unknown, answer: (scenario: Scenario) => T | { ok: false; error: string }): T | { ok: false; error: string } {
  const parsed = checks.parseScenario(raw);
  if (!parsed.ok) return { ok: false, error: parsed.errors[0] ?? 'invalid scenario' };
  try {
    return answer(parsed.scenario);
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

/**
 * Runs one simulation at a time and streams its samples, paced so simulated time advances at `speed`
 * simulated seconds per wall second. Free of worker APIs so Node tests drive it directly.
 */
export class EngineService implements EngineApi {
  private listener: ((message: EngineMessage) => void) | null = null;
  private simulation: Simulation | null = null;
  /** The design last sent here, as received (the running simulation's scenario is it validated): what edits patch. */
  private received: Record<string, unknown> | null = null;
  private runId = -1;
  private speed = 1;
  private playing = false;
  private timer: unknown = null;
  /** Simulated time owed to the run but not yet stepped, seconds. */
  private owedSeconds = 0;
  private lastTick = 0;
  /** Steps that fitted the budget in the last batch: the first chunk of the next one. */
  private stepsPerBudget = 1;
  /** A run whose first evaluation is under way in slices; `previous` is what it re-evaluates from, if anything. */
  private evaluating: { scenario: Scenario; options: RunOptions; previous: EvaluationState | undefined; replacing: Simulation | undefined; pieces: Generator<EvaluationProgress, EvaluationState> } | null = null;
  private evaluationTimer: unknown = null;
  private lastProgressAt = -Infinity;

  /**
   * `checks` validates what the page sends (zod): the worker loads that code after starting its default run and hands
   * it over with useChecks before any call from the page reaches this service (engine.worker.ts).
   */
  constructor(
    private readonly clock: Clock = realClock,
    private checks: ScenarioChecks | null = null,
  ) {}

  useChecks(checks: ScenarioChecks): void {
    this.checks = checks;
  }

  private get check(): ScenarioChecks {
    if (!this.checks) throw new Error('the engine cannot check a design yet: its checks have not loaded');
    return this.checks;
  }

  subscribe(listener: (message: EngineMessage) => void): void {
    this.listener = listener;
  }

  start(raw: unknown, options: RunOptions): void {
    if (options.checked) return this.run(raw as Scenario, options);
    // After an edit only the elements that differ from the running design need checking (same answer as parseScenario).
    const current = this.currentScenario();
    const parsed = current ? this.check.parseScenarioAgainst(current, raw) : this.check.parseScenario(raw);
    if (parsed.ok) return this.run(parsed.scenario, options);
    this.reject(raw, parsed.errors, options);
  }

  startEdit(patch: ScenarioPatch, options: RunOptions): void {
    if (!this.received) return this.reject(null, ['the engine has no design to apply this edit to; reload the page'], options);
    // A running design is valid, so only the patched elements need checking; a rejected one is patched and checked whole.
    const current = this.currentScenario();
    if (current) {
      const parsed = this.check.parsePatched(current, patch);
      if (parsed.ok) return this.run(parsed.scenario, options);
      return this.reject(applyPatch(this.received, patch), parsed.errors, options);
    }
    this.start(applyPatch(this.received, patch), options);
  }

  private reject(raw: unknown, errors: string[], options: RunOptions): void {
    this.cancel();
    this.received = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null;
    this.runId = options.runId;
    this.emit({ type: 'rejected', runId: this.runId, errors });
  }

  /** The valid design running or being evaluated, which edits are checked against. */
  private currentScenario(): Scenario | null {
    return this.simulation?.scenario ?? this.evaluating?.scenario ?? null;
  }

  /**
   * Like start, for a scenario this thread has already validated (the worker's own default run). The first evaluation
   * runs in slices of EVALUATION_SLICE_MS: a small design finishes within the first, here and now; a large one says how
   * far it has come after each slice and lets an edit or a control in between them.
   */
  run(scenario: Scenario, options: RunOptions): void {
    // What the edited design shares with the one running now (or the one it was re-evaluated from) is not evaluated again (src/engine/incremental).
    const previous = this.simulation?.evaluationState ?? this.evaluating?.previous;
    const replacing = this.simulation ?? this.evaluating?.replacing;
    this.cancel();
    this.received = scenario as unknown as Record<string, unknown>;
    this.runId = options.runId;
    this.evaluating = { scenario, options: { ...options }, previous, replacing, pieces: startingState(scenario, options.resume, previous) };
    this.lastProgressAt = -Infinity;
    this.continueEvaluation();
  }

  private continueEvaluation(): void {
    this.evaluationTimer = null;
    const job = this.evaluating;
    if (!job) return;
    const deadline = this.clock.now() + EVALUATION_SLICE_MS;
    let progress: EvaluationProgress | null = null;
    try {
      for (;;) {
        const next = job.pieces.next();
        if (next.done) {
          this.evaluating = null;
          return this.begin(new Simulation(job.scenario, job.options.resume, { evaluated: next.value, replacing: job.replacing }), job.options);
        }
        progress = next.value;
        if (this.clock.now() >= deadline) break;
      }
    } catch (e) {
      this.evaluating = null;
      this.emit({ type: 'failed', runId: this.runId, message: (e as Error).message });
      return;
    }
    const now = this.clock.now();
    if (now - this.lastProgressAt >= PROGRESS_INTERVAL_MS) {
      this.lastProgressAt = now;
      this.emit({ type: 'progress', runId: this.runId, requestsDone: progress.requestsDone, requests: progress.requests });
    }
    this.evaluationTimer = this.clock.setTimeout(() => this.continueEvaluation(), 0);
  }

  /** Starts streaming a run whose first evaluation is done. */
  private begin(sim: Simulation, options: RunOptions): void {
    const scenario = sim.scenario;
    this.simulation = sim;
    this.speed = options.speed;
    // Another scenario can cost far more per step: probe again rather than trust the last run's estimate.
    this.stepsPerBudget = 1;
    this.emit({
      type: 'started', runId: this.runId, evaluation: sim.evaluation, requestIds: sim.requestIds,
      durationSeconds: scenario.settings.durationSeconds, timeSeconds: sim.timeSeconds,
    });
    // Resumed at its end (a worker replaced after the run finished): it is finished, not waiting to play.
    if (sim.done) return this.emit({ type: 'finished', runId: this.runId, timeSeconds: sim.timeSeconds });
    if (options.playing) {
      this.play();
      // The first step goes out at once, so a new run shows numbers without waiting a step's worth of wall time;
      // it is paid back from the owed time, so simulated time still keeps pace with the wall clock.
      if (this.emitSteps(1) > 0) this.owedSeconds = -sim.stepSeconds;
    }
  }

  play(): void {
    if (this.evaluating) this.evaluating.options.playing = true;
    if (!this.simulation || this.playing) return;
    this.playing = true;
    this.lastTick = this.clock.now();
    this.owedSeconds = 0;
    this.schedule();
  }

  pause(): void {
    if (this.evaluating) this.evaluating.options.playing = false;
    this.playing = false;
    this.clearTimer();
  }

  step(): void {
    if (this.evaluating) this.evaluating.options.playing = false;
    if (!this.simulation) return;
    this.pause();
    this.emitSteps(1);
  }

  setSpeed(speed: number): void {
    if (!(Number.isFinite(speed) && speed > 0)) return;
    this.speed = speed;
    if (this.evaluating) this.evaluating.options.speed = speed;
  }

  cancel(): void {
    this.pause();
    this.simulation = null;
    this.evaluating = null;
    if (this.evaluationTimer !== null) this.clock.clearTimeout(this.evaluationTimer);
    this.evaluationTimer = null;
  }

  sweepDistance(raw: unknown, linkId: string, requestId: string, lengthsKm: number[]): DistanceSweep {
    return answerFor(this.check, raw, (scenario) => sweepDistance(scenario, linkId, requestId, lengthsKm));
  }

  bestPaths(raw: unknown, requestId: string, k: number): BestPaths {
    return answerFor(this.check, raw, (scenario) => bestPaths(scenario, requestId, k));
  }

  satellitePasses(raw: unknown, satelliteId: string): SatellitePassList {
    return answerFor(this.check, raw, (scenario) => satellitePasses(scenario, satelliteId));
  }

  groundTrack(raw: unknown, nodeId: string, timesSeconds: number[]): SubSatellitePoint[] {
    const parsed = this.check.parseScenario(raw);
    return parsed.ok ? groundTrack(parsed.scenario, nodeId, timesSeconds) : [];
  }

  private schedule(): void {
    this.timer = this.clock.setTimeout(() => this.tick(), BATCH_INTERVAL_MS);
  }

  private clearTimer(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  private tick(): void {
    this.timer = null;
    const sim = this.simulation;
    if (!sim || !this.playing) return;
    const now = this.clock.now();
    this.owedSeconds += ((now - this.lastTick) / 1000) * this.speed;
    this.lastTick = now;
    const steps = Math.min(Math.floor(this.owedSeconds / sim.stepSeconds), MAX_STEPS_PER_BATCH);
    if (steps > 0) {
      this.owedSeconds -= steps * sim.stepSeconds;
      const taken = this.emitSteps(steps, BATCH_BUDGET_MS);
      // Cut short by the budget: the rest of the owed time is dropped (see BATCH_BUDGET_MS).
      if (taken < steps && !sim.done) this.owedSeconds = 0;
    }
    // Never let a backlog build up behind a capped batch.
    this.owedSeconds = Math.min(this.owedSeconds, sim.stepSeconds * MAX_STEPS_PER_BATCH);
    if (this.simulation === sim && !sim.done && this.playing) this.schedule();
  }

  /** Steps up to `steps` (fewer when `budgetMs` runs out) and emits them as one batch; returns the steps taken. */
  private emitSteps(steps: number, budgetMs = Infinity): number {
    const sim = this.simulation;
    if (!sim) return 0;
    const runId = this.runId;
    let taken = 0;
    try {
      const version = sim.evaluationVersion;
      const block = this.advanceWithin(sim, steps, budgetMs);
      taken = block.timeSeconds.length;
      if (taken > 0) this.emit({ type: 'samples', runId, block, timeSeconds: sim.timeSeconds });
      // At most one per batch, so a satellite pass re-evaluated every step costs one message per frame.
      if (sim.evaluationVersion !== version) this.emit({ type: 'evaluation', runId, evaluation: sim.evaluation, timeSeconds: sim.timeSeconds });
    } catch (e) {
      this.cancel();
      this.emit({ type: 'failed', runId, message: (e as Error).message });
      return taken;
    }
    if (sim.done) {
      this.playing = false;
      this.emit({ type: 'finished', runId, timeSeconds: sim.timeSeconds });
    }
    return taken;
  }

  /**
   * Advances in chunks until `steps` are taken or `budgetMs` has passed on the clock, and joins the chunks. Each
   * chunk after the first is sized to fill what is left of the budget at the cost per step measured so far.
   */
  private advanceWithin(sim: Simulation, steps: number, budgetMs: number): SampleBlock {
    if (!Number.isFinite(budgetMs)) return sim.advance(steps, REQUEST_SERIES);
    const startMs = this.clock.now();
    const blocks: SampleBlock[] = [];
    let taken = 0;
    let chunk = Math.min(steps, this.stepsPerBudget);
    let elapsedMs = 0;
    while (taken < steps && !sim.done) {
      const block = sim.advance(chunk, REQUEST_SERIES);
      blocks.push(block);
      taken += block.timeSeconds.length;
      elapsedMs = this.clock.now() - startMs;
      if (elapsedMs >= budgetMs) break;
      // No measurable time yet (a cheap step or a coarse clock): grow geometrically instead of guessing.
      const fits = elapsedMs > 0 ? Math.floor(((budgetMs - elapsedMs) * taken) / elapsedMs) : 2 * chunk;
      chunk = Math.max(1, Math.min(steps - taken, fits));
    }
    this.stepsPerBudget = elapsedMs > 0 ? Math.max(1, Math.min(MAX_STEPS_PER_BATCH, Math.floor((budgetMs * taken) / elapsedMs))) : Math.min(MAX_STEPS_PER_BATCH, 2 * taken);
    return blocks.length === 1 ? blocks[0]! : blocks.length === 0 ? sim.advance(0, REQUEST_SERIES) : joinBlocks(blocks);
  }

  private emit(message: EngineMessage): void {
    this.listener?.(message);
  }
}

/** Consecutive blocks of one run as one block. */
function joinBlocks(blocks: readonly SampleBlock[]): SampleBlock {
  const rows = blocks.reduce((n, b) => n + b.timeSeconds.length, 0);
  const width = blocks[0]!.requestIds.length * REQUEST_SERIES.length;
  const timeSeconds = new Float64Array(rows);
  const values = new Float64Array(rows * width);
  let row = 0;
  for (const block of blocks) {
    timeSeconds.set(block.timeSeconds, row);
    values.set(block.values, row * width);
    row += block.timeSeconds.length;
  }
  return { requestIds: blocks[0]!.requestIds, timeSeconds, values };
}
