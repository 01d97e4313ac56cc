import * as Comlink from 'comlink';
import { describe, expect, it, vi } from 'vitest';
import { REQUEST_SERIES } from './protocol';
import { DEFAULT_SPEED } from '../store/session-store';
import { connectEngine, Relay, serveEngine, type StreamEndpoint } from './engine-stream';
import { PRESTART_SPEED } from './protocol';
import type { EngineMessage } from './protocol';

const finished = (runId: number, timeSeconds: number): EngineMessage => ({ type: 'finished', runId, timeSeconds });

describe('engine stream', () => {
  it('starts at the session default speed', () => {
    expect(PRESTART_SPEED).toBe(DEFAULT_SPEED);
  });

  it('relay holds messages until the page attaches, then hands them over in order and passes later ones straight on', async () => {
    const relay = new Relay();
    relay.receive(finished(1, 1));
    relay.receive(finished(1, 2));
    const got: number[] = [];
    relay.attach((m) => got.push(m.type === 'finished' ? m.timeSeconds : -1));
    // Not during attach: the page registers its own listeners first.
    expect(got).toEqual([]);
    relay.receive(finished(1, 3));
    await Promise.resolve();
    expect(got).toEqual([1, 2, 3]);
    relay.receive(finished(1, 4));
    expect(got).toEqual([1, 2, 3, 4]);
  });
});

describe('engine stream over a port', () => {
  it('holds what the worker says before the page subscribes, in order, and moves sample arrays rather than copying them', async () => {
    const { port1, port2 } = new MessageChannel();
    const noCalls = {} as Parameters<typeof serveEngine>[0];
    const push = serveEngine(noCalls, port1 as unknown as StreamEndpoint);
    const block = { requestIds: ['key-1'], timeSeconds: new Float64Array([1]), values: new Float64Array(REQUEST_SERIES.length) };
    const remote = connectEngine(port2 as unknown as Comlink.Endpoint);
    push(finished(1, 1));
    push({ type: 'samples', runId: 1, block, timeSeconds: 1 });
    push(finished(1, 2));
    // Transferred: the sender's arrays are detached.
    expect(block.timeSeconds.byteLength).toBe(0);
    await new Promise((r) => setTimeout(r, 20));
    const got: string[] = [];
    remote.subscribe((m) => got.push(m.type === 'finished' ? `finished ${m.timeSeconds}` : m.type));
    await vi.waitFor(() => expect(got).toEqual(['finished 1', 'samples', 'finished 2']));
    port1.close();
    port2.close();
  });
});
