// Scope: results — what the engine streams, kept outside React and the undo history.
import type { Evaluation } from '../engine/results';
import type { ResumePoint } from '../engine/simulation';
import { REQUEST_SERIES, seriesOffset, type EngineMessage, type RequestSeries } from '../worker/protocol';

/** The engine's own account of the run; whether the user paused it is session state (Editor.runStatus joins the two). */
export type RunStatus = 'idle' | 'running' | 'finished' | 'rejected' | 'failed';

/** Rows kept per run; older rows are overwritten (a ring buffer), so memory stays flat on long runs. */
export const RESULT_CAPACITY_ROWS = 50_000;

/**
 * Streamed results, kept outside React state: typed-array ring buffers that charts read through `subscribe`.
 * Telemetry never enters the undo history or triggers a React render by itself.
 */
export class ResultsStore {
  status: RunStatus = 'idle';
  message: string[] = [];
  evaluation: Evaluation | null = null;
  requestIds: string[] = [];
  durationSeconds = 0;
  timeSeconds = 0;
  /** Bumped on every change so subscribers can tell whether to redraw. */
  version = 0;
  private times = new Float64Array(RESULT_CAPACITY_ROWS);
  private values = new Float64Array(0);
  private start = 0;
  private count = 0;
  private readonly listeners = new Set<() => void>();

  get width(): number {
    return this.requestIds.length * REQUEST_SERIES.length;
  }

  get rowCount(): number {
    return this.count;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Drop every sample (the run restarts at t = 0). */
  clear(): void {
    this.start = 0;
    this.count = 0;
    this.timeSeconds = 0;
    this.changed();
  }

  /** Where a run started after an edit should continue: the current time and each request's accumulated key. */
  resumePoint(): ResumePoint | undefined {
    if (this.count === 0 || this.timeSeconds >= this.durationSeconds) return undefined;
    const secretKeyBits: Record<string, number> = {};
    this.requestIds.forEach((id, i) => {
      secretKeyBits[id] = this.value(this.count - 1, i, 'secretKeyBits');
    });
    return { timeSeconds: this.timeSeconds, secretKeyBits };
  }

  receive(message: EngineMessage): void {
    switch (message.type) {
      case 'started': {
        const sameRequests = message.requestIds.join('\n') === this.requestIds.join('\n');
        if (!sameRequests || message.timeSeconds === 0) {
          this.requestIds = message.requestIds;
          this.values = new Float64Array(RESULT_CAPACITY_ROWS * this.width);
          this.start = 0;
          this.count = 0;
        }
        this.evaluation = message.evaluation;
        this.durationSeconds = message.durationSeconds;
        this.timeSeconds = message.timeSeconds;
        this.message = [];
        this.status = 'running';
        break;
      }
      case 'samples':
        this.append(message.block.timeSeconds, message.block.values);
        this.timeSeconds = message.timeSeconds;
        break;
      case 'evaluation':
        this.evaluation = message.evaluation;
        break;
      case 'finished':
        this.status = 'finished';
        this.timeSeconds = message.timeSeconds;
        break;
      case 'rejected':
        this.status = 'rejected';
        this.message = message.errors;
        break;
      case 'failed':
        this.status = 'failed';
        this.message = [message.message];
        break;
    }
    this.changed();
  }

  time(row: number): number {
    return this.times[(this.start + row) % RESULT_CAPACITY_ROWS]!;
  }

  value(row: number, requestIndex: number, series: RequestSeries): number {
    const physical = (this.start + row) % RESULT_CAPACITY_ROWS;
    return this.values[physical * this.width + seriesOffset(requestIndex, series)]!;
  }

  private append(times: Float64Array, values: Float64Array): void {
    const width = this.width;
    for (let i = 0; i < times.length; i++) {
      const physical = (this.start + this.count) % RESULT_CAPACITY_ROWS;
      this.times[physical] = times[i]!;
      this.values.set(values.subarray(i * width, (i + 1) * width), physical * width);
      if (this.count < RESULT_CAPACITY_ROWS) this.count++;
      else this.start = (this.start + 1) % RESULT_CAPACITY_ROWS;
    }
  }

  private changed(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }
}
