import { groundTrack } from '../engine/ground-track';
import type { SubSatellitePoint } from '../engine/orbits/sub-satellite-point';
import { Simulation } from '../engine/simulation';
import { sweepDistance, type DistanceSweep } from '../engine/sweep-distance';
import { parseScenario } from '../scenario/validate';
import type { EngineApi, EngineMessage, RunOptions } from './protocol';

/** Wall-clock interval between batches: one per display frame at most. */
export const BATCH_INTERVAL_MS = 16;
/** Cap on steps per batch so a huge speed cannot freeze the worker. */
export const MAX_STEPS_PER_BATCH = 20_000;

interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realClock: Clock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

/**
 * Runs one simulation at a time and streams its samples, paced so simulated time advances at `speed`
 * simulated seconds per wall second. Free of worker APIs so Node tests drive it directly.
 */
export class EngineService implements EngineApi {
  private listener: ((message: EngineMessage) => void) | null = null;
  private simulation: Simulation | null = null;
  private runId = -1;
  private speed = 1;
  private playing = false;
  private timer: unknown = null;
  /** Simulated time owed to the run but not yet stepped, seconds. */
  private owedSeconds = 0;
  private lastTick = 0;

  constructor(private readonly clock: Clock = realClock) {}

  subscribe(listener: (message: EngineMessage) => void): void {
    this.listener = listener;
  }

  start(raw: unknown, options: RunOptions): void {
    this.cancel();
    this.runId = options.runId;
    const parsed = parseScenario(raw);
    if (!parsed.ok) {
      this.emit({ type: 'rejected', runId: this.runId, errors: parsed.errors });
      return;
    }
    try {
      this.simulation = new Simulation(parsed.scenario, options.resume);
    } catch (e) {
      this.emit({ type: 'failed', runId: this.runId, message: (e as Error).message });
      return;
    }
    const sim = this.simulation;
    this.speed = options.speed;
    this.emit({
      type: 'started', runId: this.runId, evaluation: sim.evaluation, requestIds: sim.requestIds,
      durationSeconds: parsed.scenario.settings.durationSeconds, timeSeconds: sim.timeSeconds,
    });
    if (options.playing) this.play();
  }

  play(): void {
    if (!this.simulation || this.playing) return;
    this.playing = true;
    this.lastTick = this.clock.now();
    this.owedSeconds = 0;
    this.schedule();
  }

  pause(): void {
    this.playing = false;
    this.clearTimer();
  }

  step(): void {
    if (!this.simulation) return;
    this.pause();
    this.emitSteps(1);
  }

  setSpeed(speed: number): void {
    if (Number.isFinite(speed) && speed > 0) this.speed = speed;
  }

  cancel(): void {
    this.pause();
    this.simulation = null;
  }

  sweepDistance(raw: unknown, linkId: string, requestId: string, lengthsKm: number[]): DistanceSweep {
    const parsed = parseScenario(raw);
    if (!parsed.ok) return { ok: false, error: parsed.errors[0] ?? 'invalid scenario' };
    try {
      return sweepDistance(parsed.scenario, linkId, requestId, lengthsKm);
    } catch (e) {
      return { ok: false, error: (e as Error).message };
    }
  }

  groundTrack(raw: unknown, nodeId: string, timesSeconds: number[]): SubSatellitePoint[] {
    const parsed = parseScenario(raw);
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
      this.emitSteps(steps);
    }
    // Never let a backlog build up behind a capped batch.
    this.owedSeconds = Math.min(this.owedSeconds, sim.stepSeconds * MAX_STEPS_PER_BATCH);
    if (this.simulation === sim && !sim.done && this.playing) this.schedule();
  }

  private emitSteps(steps: number): void {
    const sim = this.simulation;
    if (!sim) return;
    const runId = this.runId;
    try {
      const version = sim.evaluationVersion;
      const block = sim.advance(steps);
      if (block.timeSeconds.length > 0) this.emit({ type: 'samples', runId, block, timeSeconds: sim.timeSeconds });
      // At most one per batch, so a satellite pass re-evaluated every step costs one message per frame.
      if (sim.evaluationVersion !== version) this.emit({ type: 'evaluation', runId, evaluation: sim.evaluation, timeSeconds: sim.timeSeconds });
    } catch (e) {
      this.cancel();
      this.emit({ type: 'failed', runId, message: (e as Error).message });
      return;
    }
    if (sim.done) {
      this.playing = false;
      this.emit({ type: 'finished', runId, timeSeconds: sim.timeSeconds });
    }
  }

  private emit(message: EngineMessage): void {
    this.listener?.(message);
  }
}
