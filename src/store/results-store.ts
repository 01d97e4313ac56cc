// Scope: results — what the engine streams, kept outside React and the undo history.
import type { Evaluation } from '../engine/results';
import type { ResumePoint } from '../engine/simulation';
import { REQUEST_SERIES, seriesOffset, type EngineMessage, type RequestSeries } from '../worker/protocol';
import { SampleRows } from './results-store-rows';

export { RESULT_CAPACITY_ROWS, TELEMETRY_BUDGET_BYTES } from './results-store-rows';

/** The engine's own account of the run; whether the user paused it is session state (Editor.runStatus joins the two). */
export type RunStatus = 'idle' | 'running' | 'finished' | 'rejected' | 'failed';

/**
 * Streamed results, kept outside React state: typed-array rows (SampleRows: grown on demand, older ones thinned, within
 * TELEMETRY_BUDGET_BYTES) that charts read through `subscribe`. Telemetry never enters the undo history or triggers
 * a React render by itself.
 */
export class ResultsStore {
  status: RunStatus = 'idle';
  message: string[] = [];
  evaluation: Evaluation | null = null;
  /** While a large network's first evaluation runs in pieces: how many of the requests it routes are done. */
  evaluating: { requestsDone: number; requests: number } | null = null;
  requestIds: string[] = [];
  durationSeconds = 0;
  timeSeconds = 0;
  /** Bumped on every change so subscribers can tell whether to redraw. */
  version = 0;
  private rows = new SampleRows(0);
  private readonly listeners = new Set<() => void>();

  get width(): number {
    return this.requestIds.length * REQUEST_SERIES.length;
  }

  get rowCount(): number {
    return this.rows.rowCount;
  }

  /** Leading rows of thinned history (samples between them dropped to stay within the budget); 0 when every sample is kept. */
  get thinnedRows(): number {
    return this.rows.thinnedRows;
  }

  /** Bytes the sample buffers hold now. */
  get allocatedBytes(): number {
    return this.rows.allocatedBytes;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Drop every sample (the run restarts at t = 0). */
  clear(): void {
    this.rows.clear();
    this.timeSeconds = 0;
    this.changed();
  }

  /** Where a run started after an edit should continue: the current time and each request's accumulated key. */
  resumePoint(): ResumePoint | undefined {
    if (this.rowCount === 0 || this.timeSeconds >= this.durationSeconds) return undefined;
    const secretKeyBits: Record<string, number> = {};
    this.requestIds.forEach((id, i) => {
      secretKeyBits[id] = this.value(this.rowCount - 1, i, 'secretKeyBits');
    });
    return { timeSeconds: this.timeSeconds, secretKeyBits };
  }

  receive(message: EngineMessage): void {
    try {
      this.apply(message);
    } catch (error) {
      // Whatever went wrong (most likely the browser refusing memory), the run must not go on saying "running".
      this.status = 'failed';
      this.message = [`The page could not keep this run's results (${(error as Error).message}); the charts stop at t = ${+this.timeSeconds.toPrecision(6)} s. Restart the run, or simulate it with the command-line tool.`];
    }
    this.changed();
  }

  private apply(message: EngineMessage): void {
    this.evaluating = message.type === 'progress' ? { requestsDone: message.requestsDone, requests: message.requests } : null;
    switch (message.type) {
      case 'started': {
        const sameRequests = message.requestIds.join('\n') === this.requestIds.join('\n') && this.rows.width === this.width;
        if (!sameRequests || message.timeSeconds === 0) {
          // Drop the old rows before allocating the new ones, so both are never held at once.
          this.rows = new SampleRows(0);
          this.requestIds = message.requestIds;
          this.rows = new SampleRows(this.width);
        }
        this.evaluation = message.evaluation;
        this.durationSeconds = message.durationSeconds;
        this.timeSeconds = message.timeSeconds;
        this.message = [];
        this.status = 'running';
        break;
      }
      case 'samples':
        // After a failure, samples wait for the next run's start.
        if (this.status === 'failed') return;
        this.rows.append(message.block.timeSeconds, message.block.values);
        this.timeSeconds = message.timeSeconds;
        break;
      case 'evaluation':
        this.evaluation = message.evaluation;
        break;
      case 'finished':
        if (this.status === 'failed') return;
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
  }

  time(row: number): number {
    return this.rows.time(row);
  }

  value(row: number, requestIndex: number, series: RequestSeries): number {
    return this.rows.value(row, seriesOffset(requestIndex, series));
  }

  private changed(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }
}
