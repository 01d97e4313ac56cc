import { fiberLatencySeconds, type FiberParams } from '../channels/fiber';
import { type BellDiagonal } from './bell-diagonal';
import { elementaryLink, type ElementaryLinkModel, type HeraldingScheme } from './elementary-link';
import { decoherePair, type MemoryParams } from './memory';
import { purify, type PurificationNoise, type PurificationProtocol } from './purification';
import { sampleGeometricTrials, Xoshiro128, type RandomSource } from './random';
import { swapBellDiagonal, type SwapParams } from './swapping';

// Discrete-event Monte Carlo of one end-to-end pair over a chain of heralded segments with nested swapping
// (Briegel, Dür, Cirac, Zoller, PRL 81, 5932 (1998)), optional recurrence purification at each nesting level and
// memory cutoffs. Protocol, stated because the waiting time depends on it:
// - segments are split into a binary tree (left half ⌈N/2⌉), so 2^n segments give the usual doubling scheme;
// - every segment attempts from the start; a heralded pair waits in memory for its sibling;
// - when both children of a tree node are ready, the node swaps (or the two copies are purified); the result is
//   usable once the far ends hear of it (classical message at c/n_g); on failure the whole sub-span restarts then;
// - cutoff: a pair that has waited longer than cutoffSeconds for its sibling is discarded and regenerated;
// - purification needs two independent copies of the span pair; enough memories for all copies in parallel are assumed;
// - each qubit decoheres for exactly the wall time between its herald and its use, in its own node's memory (memory.ts);
// - every segment has its own fiber and every node its own memory, detectors and swap: the chain is heterogeneous;
// - the chain is simulated in one canonical orientation (orientChain), so the answer does not depend on which end asked.

export interface PurificationPlan {
  protocol: PurificationProtocol;
  /**
   * 'recurrence': round r purifies two copies that each had r − 1 rounds (2^r pairs per output, Deutsch et al. 1996);
   * 'pumping': round r purifies the r − 1 pair with a fresh unpurified one (r + 1 pairs, Dür et al., PRA 59, 169 (1999)).
   * Left out means 'recurrence'.
   */
  strategy?: 'recurrence' | 'pumping';
  /** Rounds of recurrence purification at each nesting level: [0] elementary links, [k] after the k-th swap level. */
  roundsPerLevel: readonly number[];
  noise: PurificationNoise;
}

/** One node of the chain: the ends hold memories too, inner nodes also swap. */
export interface ChainNodeParams {
  memory: MemoryParams;
  /** Efficiency of this node's detector at the heralding station of each adjacent segment (or its heralded absorption). */
  detectorEfficiency: number;
  /** Fidelity of a pair heralded between two nodes like this one (see elementary-link.ts LinkEndParams). */
  initialFidelity: number;
  maxAttemptRateHz: number;
  /** Bell measurement at this node; read only for inner nodes. */
  swap: SwapParams;
}

export interface RepeaterChainParams {
  /** Each segment's own fiber, in order from one end to the other. */
  segments: readonly FiberParams[];
  /** segments.length + 1 nodes: nodes[i] and nodes[i + 1] bound segments[i]. */
  nodes: readonly ChainNodeParams[];
  scheme: HeraldingScheme;
  /** Bright-state population α of the single-click scheme. */
  brightStatePopulation: number;
  purification: PurificationPlan | null;
}

export interface MonteCarloOptions {
  trials: number;
  seed: number;
  /** Elementary links generated in one trial before it is abandoned as undeliverable (cutoff too tight). */
  maxLinksPerTrial?: number;
  /**
   * Elementary links over all trials: once reached, no further trial starts (the one under way finishes, so at most
   * maxLinksPerTrial more). Bounds the work deterministically; statistics then come from the trials that ran.
   */
  maxTotalLinks?: number;
}

/** A step in the life of the delivered pair, for the fidelity waterfall; node indices are in the simulated orientation. */
export interface ChainStage {
  kind: 'elementary-link' | 'wait' | 'swap' | 'purification' | 'delivered';
  /** The span's end nodes (for 'wait', the span whose pair waited). */
  fromNode: number;
  toNode: number;
  /** The swapping node for 'swap'; null otherwise. */
  atNode: number | null;
  /** Purification round, 1-based; null otherwise. */
  round: number | null;
  /** Mean over every such event in delivered trials (retries included). */
  meanFidelity: number;
  meanState: BellDiagonal;
  events: number;
}

export interface RepeaterChainSamples {
  /** Time from request to delivery at both ends, per delivered trial. */
  deliverySeconds: Float64Array;
  /** Fidelity with |Φ+> of each delivered pair. */
  fidelity: Float64Array;
  /** Mean delivered state (what key distillation sees over many pairs). */
  meanState: BellDiagonal;
  /** Trials abandoned after maxLinksPerTrial elementary links. */
  abandonedTrials: number;
  /** Trials abandoned because a link's success probability underflowed to 0 (its wait is beyond any finite time). */
  neverHeraldedTrials: number;
  /** Mean elementary links heralded per delivered pair. */
  meanElementaryLinksPerDelivery: number;
  /** Trials started: fewer than requested when maxTotalLinks stopped the run. */
  trialsRun: number;
  /** Elementary links heralded over all trials, abandoned ones included. */
  elementaryLinksSimulated: number;
  /** Mean state after each step, in the order the tree builds the pair (post-order), ending with 'delivered'. */
  stages: ChainStage[];
}

export interface SpanNode {
  /** Node indices at the two ends of the span. */
  first: number;
  last: number;
  /** Height in the tree: 0 for a segment. */
  level: number;
  /** Only on segments. */
  link: ElementaryLinkModel | null;
  left: SpanNode | null;
  right: SpanNode | null;
  /** Classical message from the swapping node to the farther end. */
  swapMessageSeconds: number;
  /** Classical message between the two ends (purification outcomes). */
  endToEndMessageSeconds: number;
  /** Stage slots for the waterfall, filled by buildSpanTree. */
  stageIndex: { link: number; waitLeft: number; waitRight: number; swap: number; purification: number[] };
}

interface Pair {
  /** When both ends know the pair exists. */
  readySeconds: number;
  /** Time at which `state` is valid; decoherence applies from here. */
  stateSeconds: number;
  state: BellDiagonal;
}

/** The same chain read from the other end. */
export function reverseChain(params: RepeaterChainParams): RepeaterChainParams {
  return { ...params, segments: [...params.segments].reverse(), nodes: [...params.nodes].reverse() };
}

/**
 * The orientation the chain is simulated in: whichever of the two readings sorts first. The swap tree of an odd
 * segment count and the emitting end of 'node-source' links are then set by the chain itself, not by who asked.
 */
export function orientChain(params: RepeaterChainParams): { params: RepeaterChainParams; reversed: boolean } {
  const reversed = reverseChain(params);
  const key = (p: RepeaterChainParams) => JSON.stringify([p.segments, p.nodes]);
  return key(reversed) < key(params) ? { params: reversed, reversed: true } : { params, reversed: false };
}

export function validateChain(params: RepeaterChainParams): void {
  if (params.segments.length === 0) throw new RangeError('a repeater chain needs at least one segment');
  if (params.nodes.length !== params.segments.length + 1) throw new RangeError('a chain of N segments needs N + 1 nodes');
}

/** Binary span tree over the segments (left half ⌈N/2⌉), with the stage slots of the waterfall in post-order. */
export function buildSpanTree(params: RepeaterChainParams): { root: SpanNode; stageTemplate: Omit<ChainStage, 'meanFidelity' | 'meanState' | 'events'>[] } {
  validateChain(params);
  const { segments, nodes } = params;
  const stages: Omit<ChainStage, 'meanFidelity' | 'meanState' | 'events'>[] = [];
  const slot = (stage: Omit<ChainStage, 'meanFidelity' | 'meanState' | 'events'>) => stages.push(stage) - 1;
  const latency = (first: number, end: number) => {
    let seconds = 0;
    for (let i = first; i < end; i++) seconds += fiberLatencySeconds(segments[i]!);
    return seconds;
  };
  const rounds = (level: number) => params.purification?.roundsPerLevel[level] ?? 0;
  const purificationSlots = (first: number, last: number, level: number) =>
    Array.from({ length: rounds(level) }, (_, r) => slot({ kind: 'purification', fromNode: first, toNode: last, atNode: null, round: r + 1 }));
  const build = (first: number, end: number): SpanNode => {
    if (end - first === 1) {
      const a = nodes[first]!;
      const b = nodes[end]!;
      const end_ = (n: ChainNodeParams) => ({ memoryEfficiency: n.memory.efficiency, detectorEfficiency: n.detectorEfficiency, initialFidelity: n.initialFidelity, maxAttemptRateHz: n.maxAttemptRateHz });
      const link = elementaryLink({ fiber: segments[first]!, scheme: params.scheme, brightStatePopulation: params.brightStatePopulation, endA: end_(a), endB: end_(b) });
      const linkSlot = slot({ kind: 'elementary-link', fromNode: first, toNode: end, atNode: null, round: null });
      return {
        first, last: end, level: 0, link, left: null, right: null, swapMessageSeconds: 0, endToEndMessageSeconds: latency(first, end),
        stageIndex: { link: linkSlot, waitLeft: -1, waitRight: -1, swap: -1, purification: purificationSlots(first, end, 0) },
      };
    }
    const middle = first + Math.ceil((end - first) / 2);
    const left = build(first, middle);
    const right = build(middle, end);
    const level = 1 + Math.max(left.level, right.level);
    const waitLeft = slot({ kind: 'wait', fromNode: first, toNode: middle, atNode: null, round: null });
    const waitRight = slot({ kind: 'wait', fromNode: middle, toNode: end, atNode: null, round: null });
    const swap = slot({ kind: 'swap', fromNode: first, toNode: end, atNode: middle, round: null });
    return {
      first, last: end, level, link: null, left, right,
      swapMessageSeconds: Math.max(latency(first, middle), latency(middle, end)),
      endToEndMessageSeconds: latency(first, end),
      stageIndex: { link: -1, waitLeft, waitRight, swap, purification: purificationSlots(first, end, level) },
    };
  };
  const root = build(0, segments.length);
  slot({ kind: 'delivered', fromNode: 0, toNode: segments.length, atNode: null, round: null });
  return { root, stageTemplate: stages };
}

class TooManyLinks extends Error {}

/** A link whose success probability per attempt is 0 in double precision (or whose wait overflows): it never heralds. */
class NeverHeralded extends Error {}

class ChainSimulation {
  linksThisTrial = 0;
  totalLinks = 0;

  /** Per stage: summed Bell weights and event count, this trial and over delivered trials. */
  readonly trialStageSums: Float64Array;
  readonly stageSums: Float64Array;

  constructor(
    private readonly params: RepeaterChainParams,
    private readonly random: RandomSource,
    private readonly maxLinksPerTrial: number,
    stageCount: number,
  ) {
    this.trialStageSums = new Float64Array(5 * stageCount);
    this.stageSums = new Float64Array(5 * stageCount);
  }

  record(stage: number, state: BellDiagonal): void {
    const s = this.trialStageSums;
    for (let k = 0; k < 4; k++) s[5 * stage + k] = s[5 * stage + k]! + state[k]!;
    s[5 * stage + 4] = s[5 * stage + 4]! + 1;
  }

  /** The state of a span's pair at time t: each qubit has been in its own node's memory since pair.stateSeconds. */
  aged(pair: Pair, atSeconds: number, span: SpanNode): BellDiagonal {
    const waited = atSeconds - pair.stateSeconds;
    return decoherePair(pair.state, waited, waited, this.params.nodes[span.first]!.memory, this.params.nodes[span.last]!.memory);
  }

  produce(node: SpanNode, startSeconds: number): Pair {
    const rounds = this.params.purification?.roundsPerLevel[node.level] ?? 0;
    return this.produceRounds(node, startSeconds, rounds);
  }

  private produceRounds(node: SpanNode, startSeconds: number, rounds: number): Pair {
    if (rounds <= 0) return node.link ? this.elementary(node, startSeconds) : this.swapped(node, startSeconds);
    const plan = this.params.purification!;
    let start = startSeconds;
    for (;;) {
      const make = (t: number) => this.produceRounds(node, t, rounds - 1);
      const auxiliary = plan.strategy === 'pumping' ? (t: number) => this.produceRounds(node, t, 0) : make;
      // Either end may give up on a stored copy: the stricter cutoff of the two applies.
      const cutoff = Math.min(this.params.nodes[node.first]!.memory.cutoffSeconds, this.params.nodes[node.last]!.memory.cutoffSeconds);
      const [a, b] = this.bothWithCutoff(make, auxiliary, start, cutoff);
      const t = Math.max(a.readySeconds, b.readySeconds);
      const result = purify(plan.protocol, this.aged(a, t, node), this.aged(b, t, node), plan.noise);
      // Both ends must hear each other's parity outcome before the pair is known good.
      const known = t + node.endToEndMessageSeconds;
      if (this.random.nextFloat() < result.successProbability) {
        // This call's own round is the last of `rounds`.
        this.record(node.stageIndex.purification[rounds - 1]!, result.state);
        return { readySeconds: known, stateSeconds: t, state: result.state };
      }
      start = known;
    }
  }

  private swapped(node: SpanNode, startSeconds: number): Pair {
    const left = node.left!;
    const right = node.right!;
    let start = startSeconds;
    for (;;) {
      // The swapping node holds one qubit of each pair and decides when one has waited too long.
      const swapper = this.params.nodes[left.last]!;
      const [a, b] = this.bothWithCutoff((t) => this.produce(left, t), (t) => this.produce(right, t), start, swapper.memory.cutoffSeconds);
      const t = Math.max(a.readySeconds, b.readySeconds);
      const known = t + node.swapMessageSeconds;
      const leftState = this.aged(a, t, left);
      const rightState = this.aged(b, t, right);
      this.record(node.stageIndex.waitLeft, leftState);
      this.record(node.stageIndex.waitRight, rightState);
      if (this.random.nextFloat() < swapper.swap.successProbability) {
        const state = swapBellDiagonal(leftState, rightState, swapper.swap);
        this.record(node.stageIndex.swap, state);
        return { readySeconds: known, stateSeconds: t, state };
      }
      start = known;
    }
  }

  private elementary(span: SpanNode, startSeconds: number): Pair {
    const link = span.link!;
    if (++this.linksThisTrial > this.maxLinksPerTrial) throw new TooManyLinks();
    this.totalLinks++;
    const attempts = sampleGeometricTrials(this.random, link.successProbabilityPerAttempt);
    const heraldSeconds = startSeconds + (attempts - 1) * link.attemptPeriodSeconds + link.heraldDelaySeconds;
    if (!Number.isFinite(heraldSeconds)) throw new NeverHeralded();
    const { nodes } = this.params;
    const state = decoherePair(link.state, link.storageAtHeraldSecondsA, link.storageAtHeraldSecondsB, nodes[span.first]!.memory, nodes[span.last]!.memory);
    this.record(span.stageIndex.link, state);
    return { readySeconds: heraldSeconds, stateSeconds: heraldSeconds, state };
  }

  /** Two sibling pairs, regenerating whichever waited more than the cutoff for the other. */
  private bothWithCutoff(makeA: (t: number) => Pair, makeB: (t: number) => Pair, startSeconds: number, cutoff: number): [Pair, Pair] {
    let a = makeA(startSeconds);
    let b = makeB(startSeconds);
    for (;;) {
      if (b.readySeconds - a.readySeconds > cutoff) a = makeA(a.readySeconds + cutoff);
      else if (a.readySeconds - b.readySeconds > cutoff) b = makeB(b.readySeconds + cutoff);
      else return [a, b];
    }
  }
}

/**
 * Runs `trials` independent deliveries from t = 0; reproducible for a given seed. The chain is simulated as given;
 * callers that must not depend on orientation pass orientChain(params).params (repeaterChainPerformance does).
 */
export function simulateRepeaterChain(params: RepeaterChainParams, options: MonteCarloOptions): RepeaterChainSamples {
  const { root: tree, stageTemplate } = buildSpanTree(params);
  const random = new Xoshiro128(options.seed);
  const sim = new ChainSimulation(params, random, options.maxLinksPerTrial ?? 1e6, stageTemplate.length);
  const deliveredStage = stageTemplate.length - 1;
  const delivery: number[] = [];
  const fidelity: number[] = [];
  const sum: [number, number, number, number] = [0, 0, 0, 0];
  let abandoned = 0;
  let neverHeralded = 0;
  let deliveredLinks = 0;
  const maxTotalLinks = options.maxTotalLinks ?? Infinity;
  let trialsRun = 0;
  for (let trial = 0; trial < options.trials && sim.totalLinks < maxTotalLinks; trial++) {
    trialsRun++;
    sim.linksThisTrial = 0;
    sim.trialStageSums.fill(0);
    try {
      const pair = sim.produce(tree, 0);
      // The ends measure (or hand over) the pair as soon as they learn it exists.
      const state = sim.aged(pair, pair.readySeconds, tree);
      sim.record(deliveredStage, state);
      for (let i = 0; i < sim.stageSums.length; i++) sim.stageSums[i] = sim.stageSums[i]! + sim.trialStageSums[i]!;
      delivery.push(pair.readySeconds);
      fidelity.push(state[0]);
      for (let k = 0; k < 4; k++) sum[k] = sum[k]! + state[k]!;
      deliveredLinks += sim.linksThisTrial;
    } catch (error) {
      if (error instanceof NeverHeralded) neverHeralded++;
      else if (error instanceof TooManyLinks) abandoned++;
      else throw error;
    }
  }
  const n = delivery.length;
  return {
    deliverySeconds: Float64Array.from(delivery),
    fidelity: Float64Array.from(fidelity),
    meanState: n > 0 ? [sum[0] / n, sum[1] / n, sum[2] / n, sum[3] / n] : [0.25, 0.25, 0.25, 0.25],
    abandonedTrials: abandoned,
    neverHeraldedTrials: neverHeralded,
    meanElementaryLinksPerDelivery: n > 0 ? deliveredLinks / n : Infinity,
    trialsRun,
    elementaryLinksSimulated: sim.totalLinks,
    stages: stageTemplate.map((stage, i) => {
      const sums = sim.stageSums;
      const events = sums[5 * i + 4]!;
      const meanState: BellDiagonal = events > 0 ? [sums[5 * i]! / events, sums[5 * i + 1]! / events, sums[5 * i + 2]! / events, sums[5 * i + 3]! / events] : [NaN, NaN, NaN, NaN];
      return { ...stage, meanFidelity: meanState[0], meanState, events };
    }),
  };
}
