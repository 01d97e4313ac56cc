import { describe, expect, it } from 'vitest';
import { initialKeyBufferState, stepKeyBuffers, type KeyBufferSpec, type KeyBufferState } from './key-buffers';

describe('stepKeyBuffers', () => {
  const one: KeyBufferSpec[] = [{ id: 'AB', capacityBits: 1e6 }];

  it('fills at the link rate when nobody draws, up to capacity, discarding the rest', () => {
    let state = initialKeyBufferState(one);
    const r = stepKeyBuffers(one, state, [1000], [], 10);
    expect(r.state.levelBits[0]).toBe(1e4);
    expect(r.secondsUntilEmpty[0]).toBe(Infinity);
    state = { timeSeconds: 0, levelBits: Float64Array.of(999_000) };
    const full = stepKeyBuffers(one, state, [1000], [], 10);
    expect(full.state.levelBits[0]).toBe(1e6);
    expect(full.discardedBits[0]).toBe(9000);
  });

  it('drains by demand and reports when the buffer will run dry', () => {
    const state = { timeSeconds: 0, levelBits: Float64Array.of(10_000) };
    const r = stepKeyBuffers(one, state, [100], [{ id: 'otp', buffers: [0], demandBitsPerSecond: 600 }], 1);
    expect(r.servedBitsPerSecond[0]).toBe(600);
    expect(r.state.levelBits[0]).toBe(9500);
    expect(r.secondsUntilEmpty[0]).toBe(9500 / 500);
    expect(state.levelBits[0]).toBe(10_000); // pure: input untouched
  });

  it('serves only level + inflow once the buffer runs dry, and reports the unserved rest', () => {
    const state = { timeSeconds: 0, levelBits: Float64Array.of(200) };
    const r = stepKeyBuffers(one, state, [100], [{ id: 'otp', buffers: [0], demandBitsPerSecond: 1000 }], 1);
    expect(r.servedBitsPerSecond[0]).toBe(300);
    expect(r.unservedBitsPerSecond[0]).toBe(700);
    expect(r.state.levelBits[0]).toBe(0);
    expect(r.secondsUntilEmpty[0]).toBe(0);
  });

  it('matches the continuous model over many small steps for a single buffer', () => {
    let state: KeyBufferState = { timeSeconds: 0, levelBits: Float64Array.of(5000) };
    let served = 0;
    for (let i = 0; i < 1000; i++) {
      const r = stepKeyBuffers(one, state, [100], [{ id: 'c', buffers: [0], demandBitsPerSecond: 200 }], 0.1);
      served += r.servedBitsPerSecond[0]! * 0.1;
      state = r.state;
    }
    // Dry after 5000 / (200 − 100) = 50 s, then served at the fill rate: 200·50 + 100·50 bits.
    expect(served).toBeCloseTo(15_000, 6);
    expect(state.timeSeconds).toBeCloseTo(100, 9);
  });

  it('shares a scarce relay hop fairly and charges every hop of a relayed request', () => {
    const buffers: KeyBufferSpec[] = [{ id: 'AT', capacityBits: Infinity }, { id: 'TB', capacityBits: Infinity }];
    const consumers = [
      { id: 'A-B', buffers: [0, 1], demandBitsPerSecond: 1000 },
      { id: 'A-T', buffers: [0], demandBitsPerSecond: 1000 },
    ];
    const r = stepKeyBuffers(buffers, initialKeyBufferState(buffers), [1000, 5000], consumers, 1);
    expect([...r.servedBitsPerSecond]).toEqual([500, 500]);
    expect(r.state.levelBits[1]).toBe(4500);
  });
});
