import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultScenarioInput } from '../scenario/default-scenario';
import { Simulation } from '../engine/simulation';
import { REQUEST_SERIES, seriesOffset } from './protocol';
import { parseScenario } from '../scenario/validate';
import { scenarioPatch } from '../scenario/scenario-patch';
import { BATCH_BUDGET_MS, BATCH_INTERVAL_MS, EngineService, MAX_STEPS_PER_BATCH, realClock } from './engine-service';
import { scenarioChecks } from '../scenario/scenario-checks';
import type { EngineMessage } from './protocol';
import { pinnedSatelliteScenario } from '../scenario/testing/satellite-fixture';

/** A hand-driven clock: time moves only when the test says so. */
function manualClock() {
  let now = 0;
  let pending: { at: number; fn: () => void } | null = null;
  return {
    now: () => now,
    setTimeout: (fn: () => void, ms: number) => (pending = { at: now + ms, fn }),
    clearTimeout: () => (pending = null),
    advance(ms: number) {
      const end = now + ms;
      while (pending && pending.at <= end) {
        const task = pending;
        pending = null;
        now = Math.max(now, task.at);
        task.fn();
      }
      now = Math.max(now, end);
    },
    /** Wall time used by work inside a tick (pending timers do not run). */
    spend(ms: number) {
      now += ms;
    },
  };
}

function setup() {
  const clock = manualClock();
  const service = new EngineService(clock, scenarioChecks);
  const messages: EngineMessage[] = [];
  service.subscribe((m) => messages.push(m));
  return { clock, service, messages };
}

const scenario = defaultScenarioInput;

describe('EngineService', () => {
  it('streams samples at the requested speed, batched at most once per frame', () => {
    const { clock, service, messages } = setup();
    service.start(scenario, { runId: 1, speed: 10, playing: true });
    expect(messages[0]?.type).toBe('started');
    clock.advance(63 * BATCH_INTERVAL_MS);
    const batches = messages.filter((m) => m.type === 'samples');
    // 1.008 s of wall time at 10× with a 1 s step is 10 whole steps, in no more than one batch per tick.
    const rows = batches.reduce((n, m) => n + (m.type === 'samples' ? m.block.timeSeconds.length : 0), 0);
    expect(rows).toBe(10);
    expect(batches.length).toBeLessThanOrEqual(Math.ceil(1000 / BATCH_INTERVAL_MS));
    const last = batches.at(-1);
    expect(last?.type === 'samples' && last.block.timeSeconds.at(-1)).toBe(10);
  });

  it('accumulates key as rate × time', () => {
    const { clock, service, messages } = setup();
    service.start(scenario, { runId: 1, speed: 100, playing: true });
    clock.advance(1000);
    const started = messages[0];
    if (started?.type !== 'started') throw new Error('no start');
    const rate = started.evaluation.requests[0]!.keyRateBitsPerSecond;
    const last = messages.filter((m) => m.type === 'samples').at(-1);
    if (last?.type !== 'samples') throw new Error('no samples');
    const rows = last.block.timeSeconds.length;
    const t = last.block.timeSeconds[rows - 1]!;
    expect(last.block.values[(rows - 1) * REQUEST_SERIES.length + seriesOffset(0, 'secretKeyBits')]).toBeCloseTo(rate * t, 6);
  });

  it('stops the old run when a new one starts', () => {
    const { clock, service, messages } = setup();
    service.start(scenario, { runId: 1, speed: 10, playing: true });
    clock.advance(200);
    service.start(scenario, { runId: 2, speed: 10, playing: true });
    const cut = messages.length;
    clock.advance(1000);
    expect(messages.slice(cut).every((m) => m.runId === 2)).toBe(true);
    expect(messages.slice(cut).some((m) => m.type === 'samples')).toBe(true);
  });

  it('pauses, steps one step at a time, and finishes at the scenario duration', () => {
    const { clock, service, messages } = setup();
    const short = { ...scenario, settings: { durationSeconds: 5, timeStepSeconds: 1 } };
    service.start(short, { runId: 3, speed: 1, playing: false });
    clock.advance(5000);
    expect(messages.some((m) => m.type === 'samples')).toBe(false);
    service.step();
    const first = messages.at(-1);
    expect(first?.type === 'samples' && Array.from(first.block.timeSeconds)).toEqual([1]);
    service.play();
    clock.advance(10_000);
    expect(messages.at(-1)).toMatchObject({ type: 'finished', timeSeconds: 5 });
  });

  it('caps a batch so a huge speed cannot freeze the worker', () => {
    const { clock, service, messages } = setup();
    const long = { ...scenario, settings: { durationSeconds: 1e6, timeStepSeconds: 1 } };
    service.start(long, { runId: 4, speed: 1e9, playing: true });
    clock.advance(BATCH_INTERVAL_MS);
    // The first batch is the run's first step, sent at start; the next is the first paced one.
    const batch = messages.filter((m) => m.type === 'samples')[1];
    expect(batch?.type === 'samples' && batch.block.timeSeconds.length).toBe(MAX_STEPS_PER_BATCH);
  });

  it('sends a new run\'s first step at once, and pays it back so simulated time keeps pace with the wall clock', () => {
    const { clock, service, messages } = setup();
    service.start(scenario, { runId: 5, speed: 10, playing: true });
    const first = messages.filter((m) => m.type === 'samples');
    expect(first.length).toBe(1);
    expect(first[0]?.type === 'samples' && Array.from(first[0].block.timeSeconds)).toEqual([1]);
    clock.advance(63 * BATCH_INTERVAL_MS);
    const rows = messages.reduce((n, m) => n + (m.type === 'samples' ? m.block.timeSeconds.length : 0), 0);
    // 1.008 s at 10× with 1 s steps owes 10 steps in all, the one sent at start included.
    expect(rows).toBe(10);
  });

  it('sends nothing at start when the run starts paused', () => {
    const { service, messages } = setup();
    service.start(scenario, { runId: 6, speed: 10, playing: false });
    expect(messages.filter((m) => m.type === 'samples')).toEqual([]);
  });

  it('rejects an invalid scenario with the validation messages', () => {
    const { service, messages } = setup();
    service.start({ version: 1, nodes: 'none' }, { runId: 5, speed: 1, playing: true });
    expect(messages).toEqual([{ type: 'rejected', runId: 5, errors: [expect.stringMatching(/^nodes: /)] }]);
  });

  it('runs a design the page’s checks gave back without checking it again, and checks any other', () => {
    const parsed = parseScenario(scenario);
    if (!parsed.ok) throw new Error(parsed.errors.join());
    // No checks handed over: a start that checked would throw; one marked checked runs as it came.
    const service = new EngineService(realClock, null);
    const messages: EngineMessage[] = [];
    service.subscribe((m) => messages.push(m));
    service.start(parsed.scenario, { runId: 1, speed: 1, playing: false, checked: true });
    expect(messages[0]).toMatchObject({ type: 'started', runId: 1, requestIds: parsed.scenario.requests.map((r) => r.id) });
    expect(() => service.start(scenario, { runId: 2, speed: 1, playing: false })).toThrow(/checks have not loaded/);
    service.cancel();
  });

  it('resumes at a given time with the accumulated key carried over', () => {
    const { clock, service, messages } = setup();
    service.start(scenario, { runId: 6, speed: 10, playing: true, resume: { timeSeconds: 100, secretKeyBits: { 'key-1': 5000 } } });
    clock.advance(1000);
    const batch = messages.find((m) => m.type === 'samples');
    if (batch?.type !== 'samples') throw new Error('no samples');
    expect(batch.block.timeSeconds[0]).toBe(101);
    expect(batch.block.values[seriesOffset(0, 'secretKeyBits')]).toBeGreaterThan(5000);
  });

  it('resumed at the run’s end (a replaced worker after the run finished) says finished, not started and waiting', () => {
    const { clock, service, messages } = setup();
    const end = defaultScenarioInput.settings!.durationSeconds!;
    service.start(scenario, { runId: 8, speed: 10, playing: false, resume: { timeSeconds: end, secretKeyBits: {} } });
    clock.advance(1000);
    expect(messages.map((m) => m.type)).toEqual(['started', 'finished']);
  });

  it('sweeps a link length beside a running simulation without disturbing it', () => {
    const { clock, service, messages } = setup();
    service.start(scenario, { runId: 7, speed: 10, playing: true });
    const sweep = service.sweepDistance(scenario, 'fiber-1', 'key-1', [25, 50, 100]);
    if (!sweep.ok) throw new Error(sweep.error);
    const started = messages[0];
    if (started?.type !== 'started') throw new Error('no start');
    // The scenario's own 50 km gives the running simulation's rate exactly.
    expect(sweep.points[1]!.keyRateBitsPerSecond).toBe(started.evaluation.requests[0]!.keyRateBitsPerSecond);
    expect(sweep.points[0]!.keyRateBitsPerSecond).toBeGreaterThan(sweep.points[2]!.keyRateBitsPerSecond);
    clock.advance(1000);
    expect(messages.filter((m) => m.type === 'samples').every((m) => m.runId === 7)).toBe(true);
    expect(messages.some((m) => m.type === 'samples')).toBe(true);
  });

  it('answers a sweep of an invalid scenario with the first validation message', () => {
    const { service } = setup();
    expect(service.sweepDistance({ version: 1, nodes: 'none' }, 'a', 'b', [1])).toEqual({ ok: false, error: expect.stringMatching(/^nodes: /) });
  });

  it('answers a satellite ground track beside a running simulation, and nothing for a non-satellite or invalid scenario', () => {
    const { clock, service, messages } = setup();
    service.start(scenario, { runId: 8, speed: 10, playing: true });
    const withSatellite = pinnedSatelliteScenario;
    const track = service.groundTrack(withSatellite, 'micius', [0, 60, 120]);
    expect(track).toHaveLength(3);
    // Phase 0 at t = 0: over the ascending node, on the equator, heading north.
    expect(track[0]!.latDeg).toBeCloseTo(0, 6);
    expect(track[1]!.latDeg).toBeGreaterThan(0);
    expect(track[2]!.latDeg).toBeGreaterThan(track[1]!.latDeg);
    expect(service.groundTrack(withSatellite, 'graz', [0])).toEqual([]);
    expect(service.groundTrack({ version: 1, nodes: 'none' }, 'micius', [0])).toEqual([]);
    clock.advance(1000);
    expect(messages.filter((m) => m.type === 'samples').every((m) => m.runId === 8)).toBe(true);
  });
});

describe('EngineService.bestPaths', () => {
  it('answers for the scenario it is given, and explains an invalid one instead of throwing', () => {
    const service = new EngineService(realClock, scenarioChecks);
    const result = service.bestPaths(defaultScenarioInput, 'key-1', 3);
    expect(result).toMatchObject({ ok: true, requestId: 'key-1', paths: [{ path: ['alice', 'bob'], linkIds: ['fiber-1'] }] });
    expect(service.bestPaths({ version: 1, nodes: 'none' }, 'key-1', 3)).toEqual({ ok: false, error: expect.stringMatching(/^nodes: /) });
  });
});

describe('EngineService batch budget', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  /** Each simulated step costs `cost.msPerStep` of the fake clock's wall time, so budgets are tested without timing. */
  function setupWithStepCost(msPerStep: number) {
    const harness = setup();
    const cost = { msPerStep };
    const advance = Simulation.prototype.advance;
    vi.spyOn(Simulation.prototype, 'advance').mockImplementation(function (this: Simulation, maxSteps: number, layout: Parameters<Simulation['advance']>[1]) {
      const block = advance.call(this, maxSteps, layout);
      harness.clock.spend(block.timeSeconds.length * cost.msPerStep);
      return block;
    });
    return { ...harness, cost };
  }

  const long = { ...scenario, settings: { durationSeconds: 1e6, timeStepSeconds: 1 } };
  const batches = (messages: EngineMessage[]) => messages.flatMap((m) => (m.type === 'samples' ? [m.block] : []));

  it('ends a batch when the wall-clock budget is spent, however many steps are owed', () => {
    const { clock, service, messages } = setupWithStepCost(0.5);
    service.start(long, { runId: 1, speed: 1e9, playing: true });
    clock.advance(BATCH_INTERVAL_MS);
    // The run's first step went out at start; the first paced batch follows.
    const [, first] = batches(messages);
    // A 1-step probe measures the cost, then one chunk fills the rest of the budget: 8 ms / 0.5 ms.
    expect(first!.timeSeconds.length).toBe(BATCH_BUDGET_MS / 0.5);
    expect(first!.timeSeconds.length).toBeLessThan(MAX_STEPS_PER_BATCH);
  });

  it('answers a pause at the next tick instead of after a long batch', () => {
    const { clock, service, messages } = setupWithStepCost(0.5);
    service.start(long, { runId: 1, speed: 1e9, playing: true });
    clock.advance(BATCH_INTERVAL_MS);
    service.pause();
    const seen = messages.length;
    clock.advance(10_000);
    expect(messages.length).toBe(seen);
  });

  it('drops simulated time the budget had no room for instead of owing it', () => {
    const { clock, service, messages, cost } = setupWithStepCost(2);
    // 1,000× with 1 s steps owes 16 steps per 16 ms tick, but only 4 fit in the budget at 2 ms each.
    service.start(long, { runId: 1, speed: 1000, playing: true });
    clock.advance(1000);
    const slow = batches(messages);
    expect(slow.length).toBeGreaterThan(10);
    expect(slow.every((b) => b.timeSeconds.length <= BATCH_BUDGET_MS / 2)).toBe(true);
    const reached = slow.at(-1)!.timeSeconds.at(-1)!;
    expect(reached).toBeLessThan(500);
    // Steps become cheap again: the next batch covers one tick's worth of time, not the backlog of the slow second.
    cost.msPerStep = 0;
    const seen = messages.length;
    clock.advance(BATCH_INTERVAL_MS);
    const next = batches(messages.slice(seen));
    expect(next).toHaveLength(1);
    expect(next[0]!.timeSeconds.length).toBeLessThanOrEqual(3 * BATCH_INTERVAL_MS);
  });

  it('measures the cost per step afresh for a new run instead of trusting the last run', () => {
    const { clock, service, messages, cost } = setupWithStepCost(0);
    service.start(long, { runId: 1, speed: 1e9, playing: true });
    clock.advance(20 * BATCH_INTERVAL_MS);
    expect(batches(messages).at(-1)!.timeSeconds.length).toBe(MAX_STEPS_PER_BATCH);
    cost.msPerStep = 0.5;
    service.start(long, { runId: 2, speed: 1e9, playing: true });
    const seen = messages.length;
    clock.advance(BATCH_INTERVAL_MS);
    expect(batches(messages.slice(seen))[0]!.timeSeconds.length).toBe(BATCH_BUDGET_MS / 0.5);
  });

  it('takes at least one step per batch even when one step costs more than the budget', () => {
    const { clock, service, messages } = setupWithStepCost(5 * BATCH_BUDGET_MS);
    service.start(long, { runId: 1, speed: 1e9, playing: true });
    clock.advance(1000);
    const all = batches(messages);
    expect(all.length).toBeGreaterThan(3);
    expect(all.every((b) => b.timeSeconds.length === 1)).toBe(true);
  });

  it('streams exactly the samples of one uninterrupted run when batches are stepped in chunks', () => {
    const { clock, service, messages } = setupWithStepCost(0.3);
    const short = { ...scenario, settings: { durationSeconds: 300, timeStepSeconds: 1 } };
    service.start(short, { runId: 1, speed: 1e9, playing: true });
    clock.advance(1000);
    expect(messages.at(-1)).toMatchObject({ type: 'finished', timeSeconds: 300 });
    const streamed = batches(messages);
    expect(streamed.length).toBeGreaterThan(3);
    vi.restoreAllMocks();
    const parsed = parseScenario(short);
    if (!parsed.ok) throw new Error(parsed.errors.join());
    const whole = new Simulation(parsed.scenario).advance(300, REQUEST_SERIES);
    expect(streamed.flatMap((b) => Array.from(b.timeSeconds))).toEqual(Array.from(whole.timeSeconds));
    expect(streamed.flatMap((b) => Array.from(b.values))).toEqual(Array.from(whole.values));
  });

  describe('a first evaluation longer than a slice', () => {
    /** Four requests from four sources: four path searches, each of which this clock says takes 60 ms. */
    const fourSources = {
      version: 2,
      settings: { durationSeconds: 100, timeStepSeconds: 1 },
      nodes: ['a', 'b', 'c', 'd', 'e'].map((id, i) => ({ id, kind: i === 2 ? 'trusted-node' : 'ground-station', position: { x: i * 100, y: 0 }, params: {} })),
      links: ['a', 'b', 'd', 'e'].map((id, i) => ({ id: `l${i}`, kind: 'fiber', source: id, target: 'c', params: { lengthKm: 10 + 10 * i } })),
      requests: [['a', 'b'], ['b', 'd'], ['d', 'e'], ['e', 'a']].map(([source, target], i) => ({ id: `r${i}`, source, target, protocol: 'bb84-decoy' })),
    };
    function slowSetup() {
      const clock = manualClock();
      const service = new EngineService({ ...clock, now: () => (clock.spend(60), clock.now()) }, scenarioChecks);
      const messages: EngineMessage[] = [];
      service.subscribe((m) => messages.push(m));
      return { clock, service, messages };
    }

    it('reports progress between slices, then starts with the same results as in one go', () => {
      const { clock, service, messages } = slowSetup();
      service.start(fourSources, { runId: 1, speed: 1, playing: true });
      expect(messages.map((m) => m.type)).toEqual(['progress']);
      const first = messages[0]!;
      expect(first.type === 'progress' && first.requests).toBe(4);
      expect(first.type === 'progress' && first.requestsDone).toBeLessThan(4);
      for (let i = 0; i < 10 && !messages.some((m) => m.type === 'started'); i++) clock.advance(0);
      const progress = messages.filter((m) => m.type === 'progress').map((m) => (m.type === 'progress' ? m.requestsDone : -1));
      expect(progress.length).toBeGreaterThanOrEqual(1);
      expect(progress).toEqual([...progress].sort((a, b) => a - b));
      const started = messages.find((m) => m.type === 'started');
      const parsed = parseScenario(fourSources);
      if (!parsed.ok) throw new Error('fixture');
      expect(started?.type === 'started' && started.evaluation).toEqual(new Simulation(parsed.scenario).evaluation);
    });

    it('lets an edit in between slices: the edited design runs, checked against the one being evaluated', () => {
      const { clock, service, messages } = slowSetup();
      const edited = structuredClone(fourSources);
      edited.links[0]!.params.lengthKm = 70;
      const [before, after] = [parseScenario(fourSources), parseScenario(edited)];
      if (!before.ok || !after.ok) throw new Error('fixture');
      service.start(fourSources, { runId: 1, speed: 1, playing: false });
      expect(messages.map((m) => m.type)).toEqual(['progress']);
      service.startEdit(scenarioPatch(before.scenario, after.scenario)!, { runId: 2, speed: 1, playing: false });
      for (let i = 0; i < 10 && !messages.some((m) => m.type === 'started'); i++) clock.advance(0);
      const started = messages.filter((m) => m.type === 'started');
      expect(started.map((m) => m.runId)).toEqual([2]);
      expect(started[0]?.type === 'started' && started[0].evaluation).toEqual(new Simulation(after.scenario).evaluation);
    });

    it('keeps a pause given while it evaluates', () => {
      const { clock, service, messages } = slowSetup();
      service.start(fourSources, { runId: 1, speed: 1, playing: true });
      service.pause();
      for (let i = 0; i < 10 && !messages.some((m) => m.type === 'started'); i++) clock.advance(0);
      clock.advance(5000);
      expect(messages.some((m) => m.type === 'started')).toBe(true);
      expect(messages.some((m) => m.type === 'samples')).toBe(false);
    });
  });
});
