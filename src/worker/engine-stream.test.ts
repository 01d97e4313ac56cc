import * as Comlink from 'comlink';
import { describe, expect, it, vi } from 'vitest';
import { REQUEST_SERIES } from './protocol';
import { DEFAULT_SPEED } from '../store/session-store';
import { connectEngine, Relay, serveEngine, type StreamEndpoint } from './engine-stream';
import { PRESTART_SPEED } from './protocol';
import type { EngineMessage } from './protocol';
import { evaluateScenario } from '../engine/evaluate';
import { EXAMPLES } from '../scenario/examples';
import { parseScenario } from '../scenario/validate';

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

describe('evaluations over a port', () => {
  it('arrive equal to what the engine computed, their hops moved as a table', async () => {
    const parsed = parseScenario(EXAMPLES.find((e) => e.id === 'trusted-relay')!.scenario);
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    const evaluation = evaluateScenario(parsed.scenario);
    const { port1, port2 } = new MessageChannel();
    const push = serveEngine({} as Parameters<typeof serveEngine>[0], port1 as unknown as StreamEndpoint);
    const remote = connectEngine(port2 as unknown as Comlink.Endpoint);
    const got: EngineMessage[] = [];
    remote.subscribe((m) => got.push(m));
    push({ type: 'started', runId: 3, evaluation, requestIds: evaluation.requests.map((r) => r.id), durationSeconds: 10, timeSeconds: 0 });
    push({ type: 'evaluation', runId: 3, evaluation, timeSeconds: 1 });
    await vi.waitFor(() => expect(got.map((m) => m.type)).toEqual(['started', 'evaluation']));
    for (const message of got) expect(message.type !== 'started' && message.type !== 'evaluation' ? null : message.evaluation).toEqual(evaluation);
    expect(got[0]).toMatchObject({ runId: 3, requestIds: evaluation.requests.map((r) => r.id), durationSeconds: 10, timeSeconds: 0 });
    // The engine keeps its own evaluation whole: only copies were laid out and moved.
    expect(evaluation.requests.some((r) => r.hops.length > 1)).toBe(true);
    port1.close();
    port2.close();
  });
});
