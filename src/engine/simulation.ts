import type { Scenario } from '../scenario/schema';
import { evaluateState, evaluateStateInPieces, isTimeVarying, type EvaluationProgress, type EvaluationState } from './evaluate';
import { reevaluateState, reevaluateStateInPieces } from './incremental/reevaluate';
import { stepKeyBuffers, type KeyBufferSpec, type KeyBufferState, type KeyConsumer } from './keys/key-buffers';
import { outageChangeTimes } from './network-time/failure-schedule';
import type { Evaluation, RequestResult } from './results';

/** What a step reports for each request; the worker protocol (src/worker/protocol.ts) decides their order on the wire. */
export type RequestSeries =
  | 'keyRateBitsPerSecond'
  /** Entangled pairs delivered per second (after link sharing); 0 for requests that deliver no pairs. */
  | 'pairRatePerSecond'
  | 'qber'
  | 'latencySeconds'
  | 'secretKeyBits'
  | 'fidelity'
  | 'storedKeyBits'
  | 'unservedBitsPerSecond'
  /** Key made on some hop and held at its relay, waiting for the other hops (on board a satellite between passes). */
  | 'heldKeyBits';

/** A block of consecutive samples: row r holds, per request, the layout's values in the layout's order. */
export interface SampleBlock {
  requestIds: string[];
  /** Simulated time of each row, seconds. */
  timeSeconds: Float64Array;
  /** rows × (requests × layout.length) values, row-major. */
  values: Float64Array;
}

/** Continue a run after an edit: the clock and each surviving request's accumulated key carry over. */
export interface ResumePoint {
  timeSeconds: number;
  secretKeyBits: Record<string, number>;
  /** Each request's key store level (the storedKeyBits series), for a run restarted where it stopped; else stores start empty. */
  storedKeyBits?: Record<string, number>;
}

/**
 * The hops of every request under one evaluation, flattened into typed arrays so a step touches no Map or object.
 * Request i owns hops hopStart[i] .. hopStart[i + 1]; pendingBits mirrors Simulation.pendingHopBits for them.
 */
interface HopLayout {
  evaluation: Evaluation;
  hopStart: Int32Array;
  rateBitsPerSecond: Float64Array;
  pendingBits: Float64Array;
}

function startStep(scenario: Scenario, resume: ResumePoint | undefined): number {
  const stepSeconds = scenario.settings.timeStepSeconds;
  const totalSteps = Math.ceil(scenario.settings.durationSeconds / stepSeconds - 1e-9);
  return resume ? Math.min(totalSteps, Math.max(0, Math.round(resume.timeSeconds / stepSeconds))) : 0;
}

/**
 * A run's first evaluation (at its resume point), in pieces that yield after each path search, for a caller that
 * must stay responsive and show progress on a large network; hand the result to the Simulation as `{ evaluated }`.
 */
export function startingState(scenario: Scenario, resume?: ResumePoint, previous?: EvaluationState): Generator<EvaluationProgress, EvaluationState> {
  const timeSeconds = Math.min(startStep(scenario, resume) * scenario.settings.timeStepSeconds, scenario.settings.durationSeconds);
  return previous ? reevaluateStateInPieces(previous, scenario, timeSeconds) : evaluateStateInPieces(scenario, timeSeconds);
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
  private state: EvaluationState;
  private evaluatedAt: number;
  /** Bumped whenever the network's results change during the run (a pass, a failure, an attack). */
  evaluationVersion = 0;
  private readonly timeVarying: boolean;
  private readonly secretKeyBits: Float64Array;
  /** Per request, per link of its path: key made on that hop and not yet relayed end to end (kept across path changes). */
  private readonly pendingHopBits: Map<string, number>[];
  private readonly buffers: KeyBufferSpec[];
  private readonly consumers: KeyConsumer[];
  private bufferState: KeyBufferState;
  /** Flat hop arrays for the current evaluation; rebuilt only when the evaluation changes. */
  private layout: HopLayout | null = null;
  /** The layout of the run this one replaces after an edit: its hop rates are copied for the requests the edit left alone. */
  private inherited: HopLayout | null = null;

  /**
   * `start` is the run's first evaluation made beforehand (startingState), or `previous`, the state of the run this one
   * replaces after an edit, which lets the first evaluation reuse what the edit left alone.
   */
  constructor(
    readonly scenario: Scenario,
    resume?: ResumePoint,
    start?: { previous: EvaluationState } | { evaluated: EvaluationState; replacing?: Simulation },
  ) {
    this.requestIds = scenario.requests.map((r) => r.id);
    this.stepSeconds = scenario.settings.timeStepSeconds;
    this.totalSteps = Math.ceil(scenario.settings.durationSeconds / this.stepSeconds - 1e-9);
    this.secretKeyBits = new Float64Array(this.requestIds.map((id) => resume?.secretKeyBits[id] ?? 0));
    if (resume) this.stepIndex = startStep(scenario, resume);
    this.timeVarying = isTimeVarying(scenario);
    this.pendingHopBits = this.requestIds.map(() => new Map());
    this.buffers = this.requestIds.map((id) => ({ id, capacityBits: Infinity }));
    this.consumers = scenario.requests.map((r, i) => ({ id: r.id, buffers: [i], demandBitsPerSecond: r.demandBitsPerSecond }));
    this.bufferState = { timeSeconds: this.timeSeconds, levelBits: new Float64Array(this.requestIds.map((id) => resume?.storedKeyBits?.[id] ?? 0)) };
    this.evaluatedAt = this.timeSeconds;
    if (start && 'evaluated' in start && (start.evaluated.scenario !== scenario || start.evaluated.timeSeconds !== this.evaluatedAt)) throw new Error('the evaluation given is of another scenario or time');
    this.state = !start ? evaluateState(scenario, this.evaluatedAt) : 'evaluated' in start ? start.evaluated : reevaluateState(start.previous, scenario, this.evaluatedAt);
    this.inherited = start && 'evaluated' in start ? (start.replacing?.layout ?? null) : null;
  }

  /** Results at the current simulated time. */
  get evaluation(): Evaluation {
    return this.state.evaluation;
  }

  /** The current evaluation with what produced it, for the run that replaces this one after an edit. */
  get evaluationState(): EvaluationState {
    return this.state;
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
    if (timeSeconds === this.evaluatedAt) return this.state.evaluation;
    const changed = this.timeVarying || outageChangeTimes(this.scenario.events, this.evaluatedAt, timeSeconds).length > 0;
    this.evaluatedAt = timeSeconds;
    if (changed) {
      this.state = evaluateState(this.scenario, timeSeconds);
      this.evaluationVersion++;
    }
    return this.state.evaluation;
  }

  /** Takes up to `maxSteps` steps and returns them as one block in `layout`'s order (empty when the run is over). */
  advance(maxSteps: number, layout: readonly RequestSeries[]): SampleBlock {
    const rows = Math.max(0, Math.min(maxSteps, this.totalSteps - this.stepIndex));
    const requestCount = this.requestIds.length;
    const stride = layout.length;
    // Offsets within a request's values; −1 for a series the layout leaves out.
    const at = (series: RequestSeries) => layout.indexOf(series);
    const SERIES = { keyRate: at('keyRateBitsPerSecond'), pairRate: at('pairRatePerSecond'), qber: at('qber'), latency: at('latencySeconds'), secretKey: at('secretKeyBits'), fidelity: at('fidelity'), storedKey: at('storedKeyBits'), unserved: at('unservedBitsPerSecond'), held: at('heldKeyBits') };
    const width = requestCount * stride;
    const timeSeconds = new Float64Array(rows);
    const values = new Float64Array(rows * width);
    const deliveredRate = new Float64Array(requestCount);
    for (let row = 0; row < rows; row++) {
      const t0 = this.timeSeconds;
      const evaluation = this.evaluationFor(t0);
      const layout = this.layoutFor(evaluation);
      this.stepIndex++;
      const t1 = this.timeSeconds;
      const dt = t1 - t0;
      for (let i = 0; i < requestCount; i++) {
        deliveredRate[i] = dt > 0 ? this.relay(layout, i, dt) / dt : 0;
        this.secretKeyBits[i]! += deliveredRate[i]! * dt;
      }
      const report = dt > 0 ? stepKeyBuffers(this.buffers, this.bufferState, deliveredRate, this.consumers, dt) : null;
      if (report) this.bufferState = report.state;
      timeSeconds[row] = t1;
      const levelBits = this.bufferState.levelBits;
      const requests = evaluation.requests;
      for (let i = 0, base = row * width; i < requestCount; i++, base += stride) {
        const request = requests[i]!;
        if (SERIES.keyRate >= 0) values[base + SERIES.keyRate] = deliveredRate[i]!;
        if (SERIES.pairRate >= 0) values[base + SERIES.pairRate] = request.entanglementRatePairsPerSecond;
        if (SERIES.qber >= 0) values[base + SERIES.qber] = request.qber;
        if (SERIES.latency >= 0) values[base + SERIES.latency] = request.latencySeconds;
        if (SERIES.secretKey >= 0) values[base + SERIES.secretKey] = this.secretKeyBits[i]!;
        if (SERIES.fidelity >= 0) values[base + SERIES.fidelity] = request.fidelity;
        if (SERIES.storedKey >= 0) values[base + SERIES.storedKey] = levelBits[i]!;
        if (SERIES.unserved >= 0) values[base + SERIES.unserved] = report ? report.unservedBitsPerSecond[i]! : 0;
        if (SERIES.held >= 0) values[base + SERIES.held] = heldBits(layout, i);
      }
    }
    return { requestIds: this.requestIds, timeSeconds, values };
  }

  /** The flat hop arrays for `evaluation`, moving pending key between them and the per-link maps when it changes. */
  private layoutFor(evaluation: Evaluation): HopLayout {
    const old = this.layout;
    if (old?.evaluation === evaluation) return old;
    if (old) this.storePending(old);
    const requests = evaluation.requests;
    const hopStart = new Int32Array(requests.length + 1);
    for (let i = 0; i < requests.length; i++) hopStart[i + 1] = hopStart[i]! + requests[i]!.hops.length;
    const rateBitsPerSecond = new Float64Array(hopStart[requests.length]!);
    const pendingBits = new Float64Array(rateBitsPerSecond.length);
    // A run that replaces another starts with no pending key: a result it shares at the same place copies its rates.
    const inherited = old ? null : this.inherited;
    this.inherited = null;
    for (let i = 0; i < requests.length; i++) {
      const hops = requests[i]!.hops;
      if (inherited && inherited.evaluation.requests[i] === requests[i]) {
        rateBitsPerSecond.set(inherited.rateBitsPerSecond.subarray(inherited.hopStart[i]!, inherited.hopStart[i + 1]!), hopStart[i]!);
        continue;
      }
      const pending = this.pendingHopBits[i]!;
      assertSimplePath(requests[i]!, this.requestIds[i]!);
      for (let h = 0, at = hopStart[i]!; h < hops.length; h++, at++) {
        rateBitsPerSecond[at] = hops[h]!.keyRateBitsPerSecond;
        // A run just started or edited holds no pending key yet: no lookup per hop.
        pendingBits[at] = pending.size === 0 ? 0 : (pending.get(hops[h]!.linkId) ?? 0);
      }
    }
    return (this.layout = { evaluation, hopStart, rateBitsPerSecond, pendingBits });
  }

  /** Writes a layout's pending key back to the per-link maps, where it waits if the path later returns to those links. */
  private storePending(layout: HopLayout): void {
    layout.evaluation.requests.forEach((request, i) => {
      const pending = this.pendingHopBits[i]!;
      request.hops.forEach((hop, h) => pending.set(hop.linkId, layout.pendingBits[layout.hopStart[i]! + h]!));
    });
  }

  /** Adds each hop's key for this step, then relays as much as every hop of the path can cover; returns the bits relayed. */
  private relay(layout: HopLayout, requestIndex: number, dt: number): number {
    const first = layout.hopStart[requestIndex]!;
    const end = layout.hopStart[requestIndex + 1]!;
    if (end === first) return 0;
    const rate = layout.rateBitsPerSecond;
    const pending = layout.pendingBits;
    let deliverable = Infinity;
    for (let h = first; h < end; h++) {
      const bits = pending[h]! + rate[h]! * dt;
      pending[h] = bits;
      deliverable = Math.min(deliverable, bits);
    }
    for (let h = first; h < end; h++) pending[h] = pending[h]! - deliverable;
    return deliverable;
  }
}

/** Results already checked: an edit keeps most of them, and a run restarted after it need not check them again. */
const simplePaths = new WeakSet<RequestResult>();

/** One slot per hop equals one entry per link because routes are simple paths (the search settles each node once). */
function assertSimplePath(result: RequestResult, requestId: string): void {
  if (simplePaths.has(result)) return;
  if (new Set(result.hops.map((h) => h.linkId)).size < result.hops.length) throw new Error(`request ${requestId} crosses a link twice`);
  simplePaths.add(result);
}

/**
 * Key a request's relays hold that the rest of its path cannot yet match: after relaying, the largest leftover of any
 * hop. Between a satellite's passes this is the key it shares with the station it last saw, kept on board.
 */
function heldBits(layout: HopLayout, requestIndex: number): number {
  let held = 0;
  for (let h = layout.hopStart[requestIndex]!; h < layout.hopStart[requestIndex + 1]!; h++) held = Math.max(held, layout.pendingBits[h]!);
  return held;
}
