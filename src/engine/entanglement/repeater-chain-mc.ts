import { SPEED_OF_LIGHT_KM_PER_S } from '../constants';
import type { FiberParams } from '../channels/fiber';
import { type BellDiagonal } from './bell-diagonal';
import { elementaryLink, type ElementaryLinkModel, type ElementaryLinkParams } from './elementary-link';
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
// - each qubit decoheres for exactly the wall time between its herald and its use (memory.ts convention).

export interface PurificationPlan {
  protocol: PurificationProtocol;
  /** Rounds of recurrence purification at each nesting level: [0] elementary links, [k] after the k-th swap level. */
  roundsPerLevel: readonly number[];
  noise: PurificationNoise;
}

export interface RepeaterChainParams {
  /** Length of each segment between neighbouring nodes, in order from one end to the other. */
  segmentLengthsKm: readonly number[];
  /** Fiber of every segment (its lengthKm is replaced by the segment's). */
  fiber: Omit<FiberParams, 'lengthKm'>;
  link: Omit<ElementaryLinkParams, 'fiber' | 'memoryEfficiency'>;
  memory: MemoryParams;
  swap: SwapParams;
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

export interface RepeaterChainSamples {
  /** Time from request to delivery at both ends, per delivered trial. */
  deliverySeconds: Float64Array;
  /** Fidelity with |Φ+> of each delivered pair. */
  fidelity: Float64Array;
  /** Mean delivered state (what key distillation sees over many pairs). */
  meanState: BellDiagonal;
  /** Trials abandoned after maxLinksPerTrial elementary links. */
  abandonedTrials: number;
  /** Mean elementary links heralded per delivered pair. */
  meanElementaryLinksPerDelivery: number;
  /** Trials started: fewer than requested when maxTotalLinks stopped the run. */
  trialsRun: number;
  /** Elementary links heralded over all trials, abandoned ones included. */
  elementaryLinksSimulated: number;
}

interface SpanNode {
  lengthKm: number;
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
}

interface Pair {
  /** When both ends know the pair exists. */
  readySeconds: number;
  /** Time at which `state` is valid; decoherence applies from here. */
  stateSeconds: number;
  state: BellDiagonal;
}

class TooManyLinks extends Error {}

export function buildSpanTree(params: RepeaterChainParams): SpanNode {
  const lengths = params.segmentLengthsKm;
  if (lengths.length === 0) throw new RangeError('a repeater chain needs at least one segment');
  const secondsPerKm = params.fiber.groupIndex / SPEED_OF_LIGHT_KM_PER_S;
  const build = (first: number, end: number): SpanNode => {
    let lengthKm = 0;
    for (let i = first; i < end; i++) lengthKm += lengths[i]!;
    if (end - first === 1) {
      const link = elementaryLink({ ...params.link, memoryEfficiency: params.memory.efficiency, fiber: { ...params.fiber, lengthKm } });
      return { lengthKm, level: 0, link, left: null, right: null, swapMessageSeconds: 0, endToEndMessageSeconds: lengthKm * secondsPerKm };
    }
    const middle = first + Math.ceil((end - first) / 2);
    const left = build(first, middle);
    const right = build(middle, end);
    return {
      lengthKm,
      level: 1 + Math.max(left.level, right.level),
      link: null,
      left,
      right,
      swapMessageSeconds: Math.max(left.lengthKm, right.lengthKm) * secondsPerKm,
      endToEndMessageSeconds: lengthKm * secondsPerKm,
    };
  };
  return build(0, lengths.length);
}

class ChainSimulation {
  linksThisTrial = 0;
  totalLinks = 0;

  constructor(
    private readonly params: RepeaterChainParams,
    private readonly random: RandomSource,
    private readonly maxLinksPerTrial: number,
  ) {}

  /** The state of a pair at time t: both qubits have been in memory since pair.stateSeconds. */
  aged(pair: Pair, atSeconds: number): BellDiagonal {
    const waited = atSeconds - pair.stateSeconds;
    return decoherePair(pair.state, waited, waited, this.params.memory);
  }

  produce(node: SpanNode, startSeconds: number): Pair {
    const rounds = this.params.purification?.roundsPerLevel[node.level] ?? 0;
    return this.produceRounds(node, startSeconds, rounds);
  }

  private produceRounds(node: SpanNode, startSeconds: number, rounds: number): Pair {
    if (rounds <= 0) return node.link ? this.elementary(node.link, startSeconds) : this.swapped(node, startSeconds);
    const plan = this.params.purification!;
    let start = startSeconds;
    for (;;) {
      const make = (t: number) => this.produceRounds(node, t, rounds - 1);
      const [a, b] = this.bothWithCutoff(make, make, start);
      const t = Math.max(a.readySeconds, b.readySeconds);
      const result = purify(plan.protocol, this.aged(a, t), this.aged(b, t), plan.noise);
      // Both ends must hear each other's parity outcome before the pair is known good.
      const known = t + node.endToEndMessageSeconds;
      if (this.random.nextFloat() < result.successProbability) return { readySeconds: known, stateSeconds: t, state: result.state };
      start = known;
    }
  }

  private swapped(node: SpanNode, startSeconds: number): Pair {
    const left = node.left!;
    const right = node.right!;
    let start = startSeconds;
    for (;;) {
      const [a, b] = this.bothWithCutoff((t) => this.produce(left, t), (t) => this.produce(right, t), start);
      const t = Math.max(a.readySeconds, b.readySeconds);
      const known = t + node.swapMessageSeconds;
      if (this.random.nextFloat() < this.params.swap.successProbability) {
        return { readySeconds: known, stateSeconds: t, state: swapBellDiagonal(this.aged(a, t), this.aged(b, t), this.params.swap) };
      }
      start = known;
    }
  }

  private elementary(link: ElementaryLinkModel, startSeconds: number): Pair {
    if (++this.linksThisTrial > this.maxLinksPerTrial) throw new TooManyLinks();
    this.totalLinks++;
    const attempts = sampleGeometricTrials(this.random, link.successProbabilityPerAttempt);
    const heraldSeconds = startSeconds + (attempts - 1) * link.attemptPeriodSeconds + link.heraldDelaySeconds;
    const memory = this.params.memory;
    const state = decoherePair(link.state, link.storageAtHeraldSecondsA, link.storageAtHeraldSecondsB, memory);
    return { readySeconds: heraldSeconds, stateSeconds: heraldSeconds, state };
  }

  /** Two sibling pairs, regenerating whichever waited more than the cutoff for the other. */
  private bothWithCutoff(makeA: (t: number) => Pair, makeB: (t: number) => Pair, startSeconds: number): [Pair, Pair] {
    const cutoff = this.params.memory.cutoffSeconds;
    let a = makeA(startSeconds);
    let b = makeB(startSeconds);
    for (;;) {
      if (b.readySeconds - a.readySeconds > cutoff) a = makeA(a.readySeconds + cutoff);
      else if (a.readySeconds - b.readySeconds > cutoff) b = makeB(b.readySeconds + cutoff);
      else return [a, b];
    }
  }
}

/** Runs `trials` independent deliveries from t = 0; reproducible for a given seed. */
export function simulateRepeaterChain(params: RepeaterChainParams, options: MonteCarloOptions): RepeaterChainSamples {
  const tree = buildSpanTree(params);
  const random = new Xoshiro128(options.seed);
  const sim = new ChainSimulation(params, random, options.maxLinksPerTrial ?? 1e6);
  const delivery: number[] = [];
  const fidelity: number[] = [];
  const sum: [number, number, number, number] = [0, 0, 0, 0];
  let abandoned = 0;
  let deliveredLinks = 0;
  const maxTotalLinks = options.maxTotalLinks ?? Infinity;
  let trialsRun = 0;
  for (let trial = 0; trial < options.trials && sim.totalLinks < maxTotalLinks; trial++) {
    trialsRun++;
    sim.linksThisTrial = 0;
    try {
      const pair = sim.produce(tree, 0);
      // The ends measure (or hand over) the pair as soon as they learn it exists.
      const state = sim.aged(pair, pair.readySeconds);
      delivery.push(pair.readySeconds);
      fidelity.push(state[0]);
      for (let k = 0; k < 4; k++) sum[k] = sum[k]! + state[k]!;
      deliveredLinks += sim.linksThisTrial;
    } catch (error) {
      if (!(error instanceof TooManyLinks)) throw error;
      abandoned++;
    }
  }
  const n = delivery.length;
  return {
    deliverySeconds: Float64Array.from(delivery),
    fidelity: Float64Array.from(fidelity),
    meanState: n > 0 ? [sum[0] / n, sum[1] / n, sum[2] / n, sum[3] / n] : [0.25, 0.25, 0.25, 0.25],
    abandonedTrials: abandoned,
    meanElementaryLinksPerDelivery: n > 0 ? deliveredLinks / n : Infinity,
    trialsRun,
    elementaryLinksSimulated: sim.totalLinks,
  };
}
