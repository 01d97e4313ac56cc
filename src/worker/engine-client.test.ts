import * as Comlink from 'comlink';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseScenario } from '../scenario/validate';
import { defaultScenarioInput } from '../scenario/default-scenario';
import type { Scenario } from '../scenario/schema';
import { pinnedSatelliteScenario } from '../scenario/testing/satellite-fixture';
import { REQUEST_SERIES } from './protocol';
import { EngineClient, type RemoteEngine } from './engine-client';
import { EngineService, realClock } from './engine-service';
import { scenarioChecks } from '../scenario/scenario-checks';
import { connectEngine, serveEngine, type StreamEndpoint } from './engine-stream';
import type { EngineApi, EngineMessage } from './protocol';
import { recordingRemote } from './testing/recording-remote';

function scenarioWithLength(lengthKm: number): Scenario {
  const input = structuredClone(defaultScenarioInput);
  input.links![0]!.params = { lengthKm };
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(parsed.errors.join());
  return parsed.scenario;
}

/** A client talking to a real EngineService over a MessageChannel, as the page talks to its worker. */
function connectedClient() {
  const { port1, port2 } = new MessageChannel();
  const service = new EngineService(realClock, scenarioChecks);
  service.subscribe(serveEngine(service, port1 as unknown as StreamEndpoint));
  const client = new EngineClient(connectEngine(port2 as unknown as Comlink.Endpoint), { debounceMs: 0 });
  const received: EngineMessage[] = [];
  client.on((m) => received.push(m));
  const close = () => {
    service.cancel();
    port1.close();
    port2.close();
  };
  return { client, received, close };
}

afterEach(() => vi.useRealTimers());

describe('EngineClient', () => {
  it('sends the first scenario at once with sendNow (no debounce)', () => {
    vi.useFakeTimers();
    const { remote, starts } = recordingRemote();
    const client = new EngineClient(remote, { debounceMs: 60 });
    client.sendNow(scenarioWithLength(10), true);
    expect(starts.map((s) => s.options.runId)).toEqual([1]);
  });

  it('after a prestarted run, keeps that run current until it sends its own, numbered after it', () => {
    const { remote, starts, push } = recordingRemote();
    const client = new EngineClient(remote, { runsStarted: 1 });
    const received: EngineMessage[] = [];
    client.on((m) => received.push(m));
    expect(client.currentRunId).toBe(1);
    push({ type: 'finished', runId: 1, timeSeconds: 5 });
    expect(received).toHaveLength(1);
    client.sendNow(scenarioWithLength(10), true);
    expect(starts.map((s) => s.options.runId)).toEqual([2]);
    push({ type: 'finished', runId: 1, timeSeconds: 6 });
    expect(received).toHaveLength(1);
  });

  it('sends a lone edit at once, and a burst as its first edit and then its last once the burst is over', () => {
    vi.useFakeTimers();
    const { remote, starts } = recordingRemote();
    const client = new EngineClient(remote, { debounceMs: 50 });
    const lengths = () => starts.map((s) => (s.scenario as Scenario).links[0]!.params.lengthKm);
    client.setScenario(scenarioWithLength(5));
    expect(lengths()).toEqual([5]);
    vi.advanceTimersByTime(100);
    for (const km of [10, 20, 30, 40]) {
      client.setScenario(scenarioWithLength(km));
      vi.advanceTimersByTime(20);
    }
    expect(lengths()).toEqual([5, 10]);
    vi.advanceTimersByTime(30);
    expect(lengths()).toEqual([5, 10, 40]);
    vi.advanceTimersByTime(500);
    expect(starts).toHaveLength(3);
  });

  it('a run started at once (an example, a reset) supersedes an edit still waiting its debounce: one run, from t = 0', () => {
    vi.useFakeTimers();
    const { remote, starts } = recordingRemote();
    const client = new EngineClient(remote, { debounceMs: 50, resumePoint: () => ({ timeSeconds: 30, secretKeyBits: {} }) });
    client.setScenario(scenarioWithLength(10));
    client.setScenario(scenarioWithLength(15));
    client.sendNow(scenarioWithLength(20), true);
    vi.advanceTimersByTime(500);
    // The burst's first edit went at once; its second never does.
    expect(starts.map((s) => (s.scenario as Scenario).links[0]!.params.lengthKm)).toEqual([10, 20]);
    expect(starts[1]!.options.resume).toBeUndefined();
  });

  it('drops messages from a cancelled run and forwards the current one', () => {
    vi.useFakeTimers();
    const { remote, starts, push } = recordingRemote();
    const client = new EngineClient(remote, { debounceMs: 10 });
    const received: EngineMessage[] = [];
    client.on((m) => received.push(m));
    client.sendNow(scenarioWithLength(10));
    client.setScenario(scenarioWithLength(90));
    vi.advanceTimersByTime(10);
    const [first, second] = starts;
    const block = { requestIds: ['key-1'], timeSeconds: new Float64Array([1]), values: new Float64Array(REQUEST_SERIES.length) };
    push({ type: 'samples', runId: first!.options.runId, block, timeSeconds: 1 });
    push({ type: 'samples', runId: second!.options.runId, block, timeSeconds: 1 });
    expect(received.map((m) => m.runId)).toEqual([second!.options.runId]);
  });

  it('asks for the resume point when it sends, not when the edit was made', () => {
    vi.useFakeTimers();
    const { remote } = recordingRemote();
    const startSpy = vi.spyOn(remote, 'start');
    let now = 5;
    const client = new EngineClient(remote, { debounceMs: 20, resumePoint: () => ({ timeSeconds: now, secretKeyBits: {} }) });
    client.setScenario(scenarioWithLength(10));
    client.setScenario(scenarioWithLength(11));
    now = 42;
    vi.advanceTimersByTime(20);
    expect(startSpy.mock.calls.map((call) => call[1].resume?.timeSeconds)).toEqual([5, 42]);
    client.sendNow(scenarioWithLength(10), true);
    expect(startSpy.mock.calls[2]![1].resume).toBeUndefined();
  });

  it('sends an edit as a patch of the design the worker holds, and a new worker the whole design', () => {
    const { remote, starts } = recordingRemote();
    const client = new EngineClient(remote, { debounceMs: 0 });
    const first = scenarioWithLength(10);
    client.sendNow(first, true);
    const links = first.links.slice();
    links[0] = { ...links[0]!, params: { ...links[0]!.params, lengthKm: 33 } } as Scenario['links'][number];
    const edited: Scenario = { ...first, links };
    client.sendNow(edited);
    expect(starts.map((s) => s.patched)).toEqual([false, true]);
    expect(starts[1]!.scenario).toEqual(edited);
    const next = recordingRemote();
    client.reconnect(next.remote, edited);
    expect(next.starts.map((s) => s.patched)).toEqual([false]);
    expect(next.starts[0]!.scenario).toBe(edited);
    // The design as parsed is the checks' own and goes marked so; the edited copy was never checked here.
    expect(starts[0]!.options.checked).toBe(true);
    expect(next.starts[0]!.options.checked).toBeUndefined();
  });

  it('an edit sent as a patch runs in the worker as the whole edited design would, and an invalid one is refused with the same message', async () => {
    const { client, received, close } = connectedClient();
    const first = scenarioWithLength(80);
    client.sendNow(first, true);
    const withLength = (km: number): Scenario => ({ ...first, links: first.links.map((l, i) => (i === 0 ? { ...l, params: { ...l.params, lengthKm: km } } : l)) as Scenario['links'] });
    const answer = async (runId: number) => {
      await vi.waitFor(() => expect(received.some((m) => m.runId === runId && (m.type === 'started' || m.type === 'rejected'))).toBe(true), { timeout: 5000 });
      return received.find((m) => m.runId === runId && (m.type === 'started' || m.type === 'rejected'));
    };
    await answer(1);
    client.sendNow(withLength(-5));
    const refused = await answer(2);
    const whole = parseScenario(withLength(-5));
    expect(refused).toEqual({ type: 'rejected', runId: 2, errors: whole.ok ? [] : whole.errors });
    // Patched again from the refused design, now valid.
    client.sendNow(withLength(25));
    const started = await answer(3);
    expect(started?.type === 'started' && started.evaluation.links[0]!.lossDb).toBeCloseTo(5, 10);
    close();
  });

  it('runs end to end over a MessageChannel (calls through Comlink, messages on the same port), with samples arriving in batches', async () => {
    const { client, received, close } = connectedClient();
    client.setSpeed(1000);
    client.sendNow(scenarioWithLength(80), true);
    await vi.waitFor(() => expect(received.filter((m) => m.type === 'samples').length).toBeGreaterThanOrEqual(3), { timeout: 5000 });
    const started = received.find((m) => m.type === 'started');
    expect(started?.type === 'started' && started.evaluation.links[0]!.lossDb).toBeCloseTo(16, 10);
    const samples = received.filter((m) => m.type === 'samples');
    const times = samples.flatMap((m) => (m.type === 'samples' ? Array.from(m.block.timeSeconds) : []));
    // Consecutive steps, none lost or repeated across batches.
    times.forEach((t, i) => expect(t).toBe(i + 1));
    expect(samples.some((m) => m.type === 'samples' && m.block.timeSeconds.length > 1)).toBe(true);
    close();
  });

  it('returns a distance sweep from the worker side through Comlink', async () => {
    const { port1, port2 } = new MessageChannel();
    const service = new EngineService(realClock, scenarioChecks);
    const api = { sweepDistance: (s: unknown, l: string, r: string, k: number[]) => service.sweepDistance(s, l, r, k) };
    Comlink.expose(api, port1 as unknown as Comlink.Endpoint);
    const remote = Comlink.wrap<EngineApi>(port2 as unknown as Comlink.Endpoint) as unknown as RemoteEngine;
    const client = new EngineClient({ ...recordingRemote().remote, sweepDistance: remote.sweepDistance });
    const sweep = await client.sweepDistance(scenarioWithLength(80), 'fiber-1', 'key-1', [10, 200]);
    expect(sweep.ok).toBe(true);
    if (!sweep.ok) return;
    expect(sweep.points.map((p) => p.lengthKm)).toEqual([10, 200]);
    expect(sweep.points[0]!.keyRateBitsPerSecond).toBeGreaterThan(0);
    expect(sweep.points[1]!.plobBitsPerSecond).toBeGreaterThan(sweep.points[1]!.keyRateBitsPerSecond);
    port1.close();
    port2.close();
  });

  it('returns a ground track from the worker side through Comlink', async () => {
    const { port1, port2 } = new MessageChannel();
    const service = new EngineService(realClock, scenarioChecks);
    const api = { groundTrack: (s: unknown, n: string, t: number[]) => service.groundTrack(s, n, t) };
    Comlink.expose(api, port1 as unknown as Comlink.Endpoint);
    const remote = Comlink.wrap<EngineApi>(port2 as unknown as Comlink.Endpoint) as unknown as RemoteEngine;
    const client = new EngineClient({ ...recordingRemote().remote, groundTrack: remote.groundTrack });
    const track = await client.groundTrack(pinnedSatelliteScenario as Scenario, 'micius', [0, 1000]);
    expect(track).toHaveLength(2);
    expect(track[0]!.latDeg).toBeCloseTo(0, 6);
    expect(track[0]!.lonDeg).toBeCloseTo(0, 6);
    port1.close();
    port2.close();
  });
});
