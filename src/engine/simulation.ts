import type { Scenario } from '../scenario/schema';
import { evaluateScenario } from './evaluate';
import type { Evaluation } from './results';

/** The quantities streamed for every request at every time step, in this order. */
export const REQUEST_SERIES = ['keyRateBitsPerSecond', 'qber', 'latencySeconds', 'secretKeyBits', 'fidelity'] as const;
export type RequestSeries = (typeof REQUEST_SERIES)[number];

/** A block of consecutive samples: row r holds time then, per request, the REQUEST_SERIES values. */
export interface SampleBlock {
  requestIds: string[];
  /** Simulated time of each row, seconds. */
  timeSeconds: Float64Array;
  /** rows × (requests × REQUEST_SERIES.length) values, row-major. */
  values: Float64Array;
}

export function seriesOffset(requestIndex: number, series: RequestSeries): number {
  return requestIndex * REQUEST_SERIES.length + REQUEST_SERIES.indexOf(series);
}

/** Continue a run after an edit: the clock and each surviving request's accumulated key carry over. */
export interface ResumePoint {
  timeSeconds: number;
  secretKeyBits: Record<string, number>;
}

/**
 * Advances simulated time over a scenario. The current models are steady-state, so each step integrates the
 * rate into accumulated key; time-dependent models (passes, failures) plug in through `evaluationAt`.
 */
export class Simulation {
  readonly evaluation: Evaluation;
  readonly requestIds: string[];
  readonly stepSeconds: number;
  readonly totalSteps: number;
  private stepIndex = 0;
  private readonly secretKeyBits: Float64Array;

  constructor(
    readonly scenario: Scenario,
    resume?: ResumePoint,
  ) {
    this.evaluation = evaluateScenario(scenario);
    this.requestIds = scenario.requests.map((r) => r.id);
    this.stepSeconds = scenario.settings.timeStepSeconds;
    this.totalSteps = Math.ceil(scenario.settings.durationSeconds / this.stepSeconds - 1e-9);
    this.secretKeyBits = new Float64Array(this.requestIds.map((id) => resume?.secretKeyBits[id] ?? 0));
    if (resume) this.stepIndex = Math.min(this.totalSteps, Math.max(0, Math.round(resume.timeSeconds / this.stepSeconds)));
  }

  get stepsTaken(): number {
    return this.stepIndex;
  }

  get done(): boolean {
    return this.stepIndex >= this.totalSteps;
  }

  get timeSeconds(): number {
    return Math.min(this.stepIndex * this.stepSeconds, this.scenario.settings.durationSeconds);
  }

  /** Takes up to `maxSteps` steps and returns them as one block (empty when the run is over). */
  advance(maxSteps: number): SampleBlock {
    const rows = Math.max(0, Math.min(maxSteps, this.totalSteps - this.stepIndex));
    const width = this.requestIds.length * REQUEST_SERIES.length;
    const timeSeconds = new Float64Array(rows);
    const values = new Float64Array(rows * width);
    for (let row = 0; row < rows; row++) {
      const t0 = this.timeSeconds;
      this.stepIndex++;
      const t1 = this.timeSeconds;
      timeSeconds[row] = t1;
      this.evaluation.requests.forEach((request, i) => {
        this.secretKeyBits[i]! += request.keyRateBitsPerSecond * (t1 - t0);
        const base = row * width;
        values[base + seriesOffset(i, 'keyRateBitsPerSecond')] = request.keyRateBitsPerSecond;
        values[base + seriesOffset(i, 'qber')] = request.qber;
        values[base + seriesOffset(i, 'latencySeconds')] = request.latencySeconds;
        values[base + seriesOffset(i, 'secretKeyBits')] = this.secretKeyBits[i]!;
        values[base + seriesOffset(i, 'fidelity')] = request.fidelity;
      });
    }
    return { requestIds: this.requestIds, timeSeconds, values };
  }
}
