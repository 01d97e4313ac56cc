import type { Scenario } from '../scenario/schema';
import { evaluateScenario } from './evaluate';
import { stepKeyBuffers, type KeyBufferSpec, type KeyBufferState } from './keys/key-buffers';
import { outageChangeTimes } from './network-time/failure-schedule';
import type { Evaluation } from './results';

/** The quantities streamed for every request at every time step, in this order. */
export const REQUEST_SERIES = [
  'keyRateBitsPerSecond',
  'qber',
  'latencySeconds',
  'secretKeyBits',
  'fidelity',
  'storedKeyBits',
  'unservedBitsPerSecond',
] as const;
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

/** Satellite links change with every step; everything else changes only at scheduled events. */
function isTimeVarying(scenario: Scenario): boolean {
  const satellites = new Set(scenario.nodes.filter((n) => n.kind === 'satellite').map((n) => n.id));
  return scenario.links.some((l) => satellites.has(l.source) || satellites.has(l.target));
}

/**
 * Advances simulated time over a scenario. Each step holds the network as it is at the step's start, relays key hop
 * by hop (store and forward: a hop's key waits until every hop of the path has key for it, so a trusted satellite
 * carries key from one pass to the next), and feeds each request's key store, which its application drains.
 */
export class Simulation {
  readonly requestIds: string[];
  readonly stepSeconds: number;
  readonly totalSteps: number;
  private stepIndex = 0;
  private current: Evaluation;
  private evaluatedAt: number;
  /** Bumped whenever the network's results change during the run (a pass, a failure, an attack). */
  evaluationVersion = 0;
  private readonly timeVarying: boolean;
  private readonly secretKeyBits: Float64Array;
  /** Per request, per link of its path: key made on that hop and not yet relayed end to end. */
  private readonly pendingHopBits: Map<string, number>[];
  private readonly buffers: KeyBufferSpec[];
  private bufferState: KeyBufferState;

  constructor(
    readonly scenario: Scenario,
    resume?: ResumePoint,
  ) {
    this.requestIds = scenario.requests.map((r) => r.id);
    this.stepSeconds = scenario.settings.timeStepSeconds;
    this.totalSteps = Math.ceil(scenario.settings.durationSeconds / this.stepSeconds - 1e-9);
    this.secretKeyBits = new Float64Array(this.requestIds.map((id) => resume?.secretKeyBits[id] ?? 0));
    if (resume) this.stepIndex = Math.min(this.totalSteps, Math.max(0, Math.round(resume.timeSeconds / this.stepSeconds)));
    this.timeVarying = isTimeVarying(scenario);
    this.pendingHopBits = this.requestIds.map(() => new Map());
    this.buffers = this.requestIds.map((id) => ({ id, capacityBits: Infinity }));
    this.bufferState = { timeSeconds: this.timeSeconds, levelBits: new Float64Array(this.requestIds.length) };
    this.evaluatedAt = this.timeSeconds;
    this.current = evaluateScenario(scenario, this.evaluatedAt);
  }

  /** Results at the current simulated time. */
  get evaluation(): Evaluation {
    return this.current;
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

  /** Re-evaluate only when something can have changed since the last evaluation. */
  private evaluationFor(timeSeconds: number): Evaluation {
    if (timeSeconds === this.evaluatedAt) return this.current;
    const changed = this.timeVarying || outageChangeTimes(this.scenario.events, this.evaluatedAt, timeSeconds).length > 0;
    this.evaluatedAt = timeSeconds;
    if (changed) {
      this.current = evaluateScenario(this.scenario, timeSeconds);
      this.evaluationVersion++;
    }
    return this.current;
  }

  /** Takes up to `maxSteps` steps and returns them as one block (empty when the run is over). */
  advance(maxSteps: number): SampleBlock {
    const rows = Math.max(0, Math.min(maxSteps, this.totalSteps - this.stepIndex));
    const width = this.requestIds.length * REQUEST_SERIES.length;
    const timeSeconds = new Float64Array(rows);
    const values = new Float64Array(rows * width);
    const deliveredRate = new Float64Array(this.requestIds.length);
    for (let row = 0; row < rows; row++) {
      const t0 = this.timeSeconds;
      const evaluation = this.evaluationFor(t0);
      this.stepIndex++;
      const t1 = this.timeSeconds;
      const dt = t1 - t0;
      evaluation.requests.forEach((request, i) => {
        deliveredRate[i] = dt > 0 ? this.relay(i, request.hops, dt) / dt : 0;
        this.secretKeyBits[i]! += deliveredRate[i]! * dt;
      });
      const consumers = this.scenario.requests.map((r, i) => ({ id: r.id, buffers: [i], demandBitsPerSecond: r.demandBitsPerSecond }));
      const report = dt > 0 ? stepKeyBuffers(this.buffers, this.bufferState, deliveredRate, consumers, dt) : null;
      if (report) this.bufferState = report.state;
      timeSeconds[row] = t1;
      const base = row * width;
      evaluation.requests.forEach((request, i) => {
        values[base + seriesOffset(i, 'keyRateBitsPerSecond')] = deliveredRate[i]!;
        values[base + seriesOffset(i, 'qber')] = request.qber;
        values[base + seriesOffset(i, 'latencySeconds')] = request.latencySeconds;
        values[base + seriesOffset(i, 'secretKeyBits')] = this.secretKeyBits[i]!;
        values[base + seriesOffset(i, 'fidelity')] = request.fidelity;
        values[base + seriesOffset(i, 'storedKeyBits')] = this.bufferState.levelBits[i]!;
        values[base + seriesOffset(i, 'unservedBitsPerSecond')] = report ? report.unservedBitsPerSecond[i]! : 0;
      });
    }
    return { requestIds: this.requestIds, timeSeconds, values };
  }

  /** Adds each hop's key for this step, then relays as much as every hop of the path can cover; returns the bits relayed. */
  private relay(requestIndex: number, hops: readonly { linkId: string; keyRateBitsPerSecond: number }[], dt: number): number {
    if (hops.length === 0) return 0;
    const pending = this.pendingHopBits[requestIndex]!;
    let deliverable = Infinity;
    for (const hop of hops) {
      const bits = (pending.get(hop.linkId) ?? 0) + hop.keyRateBitsPerSecond * dt;
      pending.set(hop.linkId, bits);
      deliverable = Math.min(deliverable, bits);
    }
    for (const hop of hops) pending.set(hop.linkId, pending.get(hop.linkId)! - deliverable);
    return deliverable;
  }
}
