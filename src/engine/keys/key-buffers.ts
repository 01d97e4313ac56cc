import { maxMinFairShare, type FairShareFlow } from './max-min-fair';

/**
 * Key stores in the spirit of ETSI GS QKD 014 (key delivery API): each QKD link leaves identical key at its two ends,
 * which applications then fetch. Here one buffer stands for the matched pair of stores of a link (or a satellite's
 * on-board store with one ground station); it fills at that link's secret-key rate and holds at most `capacityBits`.
 */
export interface KeyBufferSpec {
  id: string;
  /** Most key the store can hold, bits; Infinity for no limit. Key arriving at a full store is discarded. */
  capacityBits: number;
}

/** An application drawing key end to end. Trusted-node relay uses the same number of bits on every hop it crosses. */
export interface KeyConsumer {
  id: string;
  /** Indices of the buffers (hops) its path draws on; empty when it has no path. */
  buffers: readonly number[];
  demandBitsPerSecond: number;
}

export interface KeyBufferState {
  timeSeconds: number;
  levelBits: Float64Array;
}

export interface KeyStepReport {
  state: KeyBufferState;
  /** Per consumer, mean over the step, bits/s. */
  servedBitsPerSecond: Float64Array;
  unservedBitsPerSecond: Float64Array;
  /** Per buffer: key lost to a full store during the step, bits. */
  discardedBits: Float64Array;
  /** Per buffer: at the step's end rates, seconds until it is empty (0 when it already starves a consumer, Infinity when it is not draining). */
  secondsUntilEmpty: Float64Array;
}

export function initialKeyBufferState(buffers: readonly KeyBufferSpec[], initialLevelBits = 0): KeyBufferState {
  return { timeSeconds: 0, levelBits: Float64Array.from(buffers, (b) => Math.min(initialLevelBits, b.capacityBits)) };
}

/**
 * Advances every buffer by `dtSeconds`: key available in the step (level + fill × dt) is shared max–min fairly among
 * the consumers, each asking demand × dt. For one buffer at constant rates this serves exactly what a continuous
 * model would, min(demand·dt, level + fill·dt); with several shared buffers it is first order in dt. Pure: the input
 * state is not changed.
 */
export function stepKeyBuffers(
  buffers: readonly KeyBufferSpec[],
  state: KeyBufferState,
  fillRateBitsPerSecond: ArrayLike<number>,
  consumers: readonly KeyConsumer[],
  dtSeconds: number,
): KeyStepReport {
  if (!(dtSeconds > 0)) throw new Error('dtSeconds must be greater than 0');
  const count = buffers.length;
  const available = new Float64Array(count);
  for (let b = 0; b < count; b++) available[b] = state.levelBits[b]! + Math.max(0, fillRateBitsPerSecond[b]!) * dtSeconds;
  const flows: FairShareFlow[] = consumers.map((c) => ({ resources: c.buffers, demand: c.buffers.length > 0 ? c.demandBitsPerSecond * dtSeconds : 0 }));
  const share = maxMinFairShare(available, flows);
  const levelBits = new Float64Array(count);
  const discardedBits = new Float64Array(count);
  for (let b = 0; b < count; b++) {
    const left = share.residual[b]!;
    const capacity = buffers[b]!.capacityBits;
    levelBits[b] = Math.min(left, capacity);
    discardedBits[b] = Math.max(0, left - capacity);
  }
  const servedBitsPerSecond = Float64Array.from(share.allocation, (bits) => bits / dtSeconds);
  const unservedBitsPerSecond = Float64Array.from(consumers, (c, i) => Math.max(0, c.demandBitsPerSecond - servedBitsPerSecond[i]!));
  const drawn = new Float64Array(count);
  const wanted = new Float64Array(count);
  consumers.forEach((c, i) => {
    for (const b of c.buffers) {
      drawn[b]! += servedBitsPerSecond[i]!;
      wanted[b]! += c.demandBitsPerSecond;
    }
  });
  const secondsUntilEmpty = new Float64Array(count);
  for (let b = 0; b < count; b++) {
    const fill = Math.max(0, fillRateBitsPerSecond[b]!);
    const level = levelBits[b]!;
    if (level <= 0) secondsUntilEmpty[b] = wanted[b]! > fill ? 0 : Infinity;
    else secondsUntilEmpty[b] = drawn[b]! > fill ? level / (drawn[b]! - fill) : Infinity;
  }
  return {
    state: { timeSeconds: state.timeSeconds + dtSeconds, levelBits },
    servedBitsPerSecond,
    unservedBitsPerSecond,
    discardedBits,
    secondsUntilEmpty,
  };
}
