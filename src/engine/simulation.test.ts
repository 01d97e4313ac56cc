import { describe, expect, it } from 'vitest';
import type { Scenario, ScenarioInput } from '../scenario/schema';
import { satellitePass } from '../scenario/examples/satellite-pass';
import { parseScenario } from '../scenario/validate';
import { evaluateScenario, finish } from './evaluate';
import { stepKeyBuffers, type KeyBufferState } from './keys/key-buffers';
import { outageChangeTimes } from './network-time/failure-schedule';
import { Simulation, startingState, type ResumePoint } from './simulation';
import { REQUEST_SERIES, seriesOffset } from './request-series';

/**
 * The stepping loop as first written (per-link maps, objects rebuilt every step), kept as the oracle that the
 * flattened loop in Simulation must match number for number.
 */
function referenceRun(scenario: Scenario, chunks: readonly number[], resume?: ResumePoint) {
  const stepSeconds = scenario.settings.timeStepSeconds;
  const totalSteps = Math.ceil(scenario.settings.durationSeconds / stepSeconds - 1e-9);
  let stepIndex = resume ? Math.min(totalSteps, Math.max(0, Math.round(resume.timeSeconds / stepSeconds))) : 0;
  const time = () => Math.min(stepIndex * stepSeconds, scenario.settings.durationSeconds);
  const satellites = new Set(scenario.nodes.filter((n) => n.kind === 'satellite').map((n) => n.id));
  const timeVarying = scenario.links.some((l) => satellites.has(l.source) || satellites.has(l.target));
  const ids = scenario.requests.map((r) => r.id);
  const secretKeyBits = ids.map((id) => resume?.secretKeyBits[id] ?? 0);
  const pendingHopBits = ids.map(() => new Map<string, number>());
  const buffers = ids.map((id) => ({ id, capacityBits: Infinity }));
  let bufferState: KeyBufferState = { timeSeconds: time(), levelBits: new Float64Array(ids.length) };
  let evaluatedAt = time();
  let current = evaluateScenario(scenario, evaluatedAt);
  const relay = (i: number, hops: readonly { linkId: string; keyRateBitsPerSecond: number }[], dt: number) => {
    if (hops.length === 0) return 0;
    const pending = pendingHopBits[i]!;
    let deliverable = Infinity;
    for (const hop of hops) {
      const bits = (pending.get(hop.linkId) ?? 0) + hop.keyRateBitsPerSecond * dt;
      pending.set(hop.linkId, bits);
      deliverable = Math.min(deliverable, bits);
    }
    for (const hop of hops) pending.set(hop.linkId, pending.get(hop.linkId)! - deliverable);
    return deliverable;
  };
  return chunks.map((maxSteps) => {
    const rows = Math.max(0, Math.min(maxSteps, totalSteps - stepIndex));
    const width = ids.length * REQUEST_SERIES.length;
    const timeSeconds = new Float64Array(rows);
    const values = new Float64Array(rows * width);
    const deliveredRate = new Float64Array(ids.length);
    for (let row = 0; row < rows; row++) {
      const t0 = time();
      if (t0 !== evaluatedAt) {
        if (timeVarying || outageChangeTimes(scenario.events, evaluatedAt, t0).length > 0) current = evaluateScenario(scenario, t0);
        evaluatedAt = t0;
      }
      stepIndex++;
      const dt = time() - t0;
      current.requests.forEach((request, i) => {
        deliveredRate[i] = dt > 0 ? relay(i, request.hops, dt) / dt : 0;
        secretKeyBits[i]! += deliveredRate[i]! * dt;
      });
      const consumers = scenario.requests.map((r, i) => ({ id: r.id, buffers: [i], demandBitsPerSecond: r.demandBitsPerSecond }));
      const report = dt > 0 ? stepKeyBuffers(buffers, bufferState, deliveredRate, consumers, dt) : null;
      if (report) bufferState = report.state;
      timeSeconds[row] = time();
      current.requests.forEach((request, i) => {
        const at = row * width;
        values[at + seriesOffset(i, 'keyRateBitsPerSecond')] = deliveredRate[i]!;
        values[at + seriesOffset(i, 'pairRatePerSecond')] = request.entanglementRatePairsPerSecond;
        values[at + seriesOffset(i, 'qber')] = request.qber;
        values[at + seriesOffset(i, 'latencySeconds')] = request.latencySeconds;
        values[at + seriesOffset(i, 'secretKeyBits')] = secretKeyBits[i]!;
        values[at + seriesOffset(i, 'fidelity')] = request.fidelity;
        values[at + seriesOffset(i, 'storedKeyBits')] = bufferState.levelBits[i]!;
        values[at + seriesOffset(i, 'unservedBitsPerSecond')] = report ? report.unservedBitsPerSecond[i]! : 0;
        values[at + seriesOffset(i, 'heldKeyBits')] = Math.max(0, ...request.hops.map((h) => pendingHopBits[i]!.get(h.linkId) ?? 0));
      });
    }
    return { timeSeconds, values };
  });
}

function parse(input: ScenarioInput): Scenario {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.scenario;
}

const at = { x: 0, y: 0 };
const node = (id: string, kind: 'ground-station' | 'trusted-node') => ({ id, kind, position: at, params: {} });
const fiber = (id: string, source: string, target: string, lengthKm: number) => ({ id, source, target, kind: 'fiber' as const, params: { lengthKm } });

/**
 * a → b runs over a-t1 then either t1-b (60 km, the bottleneck) or t1-t2-b (10 + 10 km, leaving a-t1 the bottleneck).
 * t1-t2 is down at first, so key piles up on a-t1; when it comes back the route changes and that banked key must be
 * relayed; a node failure sends the route back and forth again, an eavesdropper stops b-c later, demands drain the
 * stores, and the 0.7 s step does not divide the 40 s run.
 */
function reroutingScenario(): Scenario {
  return parse({
    version: 2,
    nodes: [node('a', 'ground-station'), node('t1', 'trusted-node'), node('t2', 'trusted-node'), node('b', 'ground-station'), node('c', 'ground-station')],
    links: [fiber('a-t1', 'a', 't1', 20), fiber('t1-b', 't1', 'b', 60), fiber('t1-t2', 't1', 't2', 10), fiber('t2-b', 't2', 'b', 10), fiber('b-c', 'b', 'c', 40)],
    requests: [
      { id: 'ab', source: 'a', target: 'b', protocol: 'bb84-decoy', params: {} },
      { id: 'ac', source: 'a', target: 'c', protocol: 'bb84-decoy', params: {}, demandBitsPerSecond: 400 },
      { id: 'cb', source: 'c', target: 'b', protocol: 'bb84-decoy', params: {}, demandBitsPerSecond: 1e9 },
    ],
    events: [
      { kind: 'link-failure', linkId: 't1-t2', startSeconds: 0, endSeconds: 6.3 },
      { kind: 'node-failure', nodeId: 't2', startSeconds: 21, endSeconds: 24 },
      { kind: 'eavesdropper', linkId: 'b-c', startSeconds: 30, interceptedFraction: 0.4 },
    ],
    settings: { timeStepSeconds: 0.7, durationSeconds: 40 },
  });
}

function expectSameRun(scenario: Scenario, chunks: readonly number[], resume?: ResumePoint) {
  const sim = new Simulation(scenario, resume);
  const blocks = chunks.map((n) => sim.advance(n, REQUEST_SERIES));
  const reference = referenceRun(scenario, chunks, resume);
  blocks.forEach((block, k) => {
    expect(Array.from(block.timeSeconds)).toEqual(Array.from(reference[k]!.timeSeconds));
    // Object.is per value, so even a last-bit rounding difference fails.
    expect(Array.from(block.values)).toEqual(Array.from(reference[k]!.values));
  });
  return blocks;
}

describe('Simulation stepping matches the reference loop exactly', () => {
  it('through reroutes, outages, an attack, demands and uneven chunks', () => {
    const blocks = expectSameRun(reroutingScenario(), [1, 4, 13, 2, 30, 100]);
    const width = 3 * REQUEST_SERIES.length;
    const last = blocks.at(-1)!;
    // The run really exercised what it claims: key banked on a-t1 is relayed when the route changes, stores drain.
    const rates = blocks.flatMap((b) => Array.from(b.timeSeconds, (_, row) => b.values[row * width + seriesOffset(0, 'keyRateBitsPerSecond')]!));
    const steady = rates[25]!;
    expect(rates[2]!).toBeLessThan(steady / 2);
    expect(rates[9]!).toBeGreaterThan(1.5 * steady);
    // Back from the detour at 24 s: key banked on the links left behind at 21 s is relayed at once.
    expect(rates[35]!).toBeGreaterThan(5 * steady);
    expect(last.values[(last.timeSeconds.length - 1) * width + seriesOffset(0, 'secretKeyBits')]).toBeGreaterThan(0);
    expect(blocks.flatMap((b) => Array.from(b.values.filter((_, i) => i % width === seriesOffset(2, 'unservedBitsPerSecond')))).some((v) => v > 0)).toBe(true);
  });

  it('when resumed part way with carried-over key', () => {
    expectSameRun(reroutingScenario(), [3, 200], { timeSeconds: 9.8, secretKeyBits: { ab: 1234.5, cb: 7 } });
  });

  it('across two satellite passes, re-evaluated every step, with key stored on board in between', () => {
    const scenario = parse(satellitePass.scenario);
    const blocks = expectSameRun({ ...scenario, settings: { ...scenario.settings, timeStepSeconds: 20 } }, [10, 300, 1000]);
    const last = blocks.at(-1)!;
    const width = scenario.requests.length * REQUEST_SERIES.length;
    expect(last.values[(last.timeSeconds.length - 1) * width + seriesOffset(0, 'secretKeyBits')]).toBeGreaterThan(0);
  });
});

describe('a run started at time t', () => {
  /** Single-hop requests (no key waits at a relay), one store drained by its demand, an outage and an attack after t. */
  function restartScenario(): Scenario {
    return parse({
      version: 2,
      nodes: [node('a', 'ground-station'), node('b', 'ground-station'), node('c', 'ground-station')],
      links: [fiber('a-b', 'a', 'b', 30), fiber('b-c', 'b', 'c', 70)],
      requests: [
        { id: 'ab', source: 'a', target: 'b', protocol: 'bb84-decoy', params: {}, demandBitsPerSecond: 400 },
        { id: 'bc', source: 'b', target: 'c', protocol: 'bb84-decoy', params: {} },
      ],
      events: [
        { kind: 'link-failure', linkId: 'a-b', startSeconds: 4, endSeconds: 13 },
        { kind: 'eavesdropper', linkId: 'b-c', startSeconds: 20, interceptedFraction: 0.3 },
      ],
      settings: { timeStepSeconds: 0.7, durationSeconds: 40 },
    });
  }

  it('from the last sample of a run advanced to t gives the same samples from t on as that run (a restarted engine)', () => {
    const scenario = restartScenario();
    const advanced = new Simulation(scenario);
    const before = advanced.advance(14, REQUEST_SERIES);
    const last = before.timeSeconds.length - 1;
    const width = scenario.requests.length * REQUEST_SERIES.length;
    const read = (series: 'secretKeyBits' | 'storedKeyBits') =>
      Object.fromEntries(scenario.requests.map((r, i) => [r.id, before.values[last * width + seriesOffset(i, series)]!]));
    const restarted = new Simulation(scenario, { timeSeconds: before.timeSeconds[last]!, secretKeyBits: read('secretKeyBits'), storedKeyBits: read('storedKeyBits') });
    expect(restarted.timeSeconds).toBe(advanced.timeSeconds);
    const expected = advanced.advance(1000, REQUEST_SERIES);
    const got = restarted.advance(1000, REQUEST_SERIES);
    expect(Array.from(got.timeSeconds)).toEqual(Array.from(expected.timeSeconds));
    expect(Array.from(got.values)).toEqual(Array.from(expected.values));
    // The comparison means something: the store was part full at t, the outage ends and the attack begins after t.
    expect(read('storedKeyBits')['bc']).toBeGreaterThan(0);
    const keyRate = (row: number) => expected.values[row * width + seriesOffset(0, 'keyRateBitsPerSecond')]!;
    expect(keyRate(0)).toBe(0);
    expect(keyRate(expected.timeSeconds.length - 1)).toBeGreaterThan(0);
  });

  it('after an edit, replacing the run it follows, steps exactly as a run of the edited design started afresh', () => {
    const scenario = restartScenario();
    const running = new Simulation(scenario);
    running.advance(5, REQUEST_SERIES);
    const edited = { ...scenario, links: scenario.links.map((l) => (l.id === 'b-c' ? { ...l, params: { ...l.params, lengthKm: 60 } } : l)) } as Scenario;
    const resume = { timeSeconds: running.timeSeconds, secretKeyBits: { ab: 123, bc: 45 } };
    const evaluated = finish(startingState(edited, resume, running.evaluationState));
    const replacing = new Simulation(edited, resume, { evaluated, replacing: running });
    // The edit left request ab alone: its hop rates are the ones the replaced run laid out.
    expect(replacing.evaluation.requests[0]).toBe(running.evaluation.requests[0]);
    expect(replacing.evaluation.requests[1]).not.toBe(running.evaluation.requests[1]);
    const expected = new Simulation(edited, resume).advance(1000, REQUEST_SERIES);
    const got = replacing.advance(1000, REQUEST_SERIES);
    expect(Array.from(got.values)).toEqual(Array.from(expected.values));
    expect(got.values[seriesOffset(0, 'keyRateBitsPerSecond')]).toBeGreaterThan(0);
  });

  it('without the store levels starts with empty stores (an edit resumes that way)', () => {
    const scenario = restartScenario();
    const advanced = new Simulation(scenario);
    advanced.advance(14, REQUEST_SERIES);
    const resumed = new Simulation(scenario, { timeSeconds: advanced.timeSeconds, secretKeyBits: {} });
    const stored = (block: { values: Float64Array }) => block.values[seriesOffset(1, 'storedKeyBits')]!;
    expect(stored(resumed.advance(1, REQUEST_SERIES))).toBeLessThan(stored(advanced.advance(1, REQUEST_SERIES)));
  });
});

describe('key held at relays', () => {
  it('is the faster hop’s surplus on a two-hop trusted relay: (r₁ − r₂)·t held while r₂·t is delivered', () => {
    const scenario = parse({
      version: 2,
      nodes: [node('a', 'ground-station'), node('t', 'trusted-node'), node('b', 'ground-station')],
      links: [fiber('a-t', 'a', 't', 10), fiber('t-b', 't', 'b', 40)],
      requests: [{ id: 'ab', source: 'a', target: 'b', protocol: 'bb84-decoy', params: {} }],
      settings: { timeStepSeconds: 1, durationSeconds: 20 },
    });
    const sim = new Simulation(scenario);
    const [fast, slow] = sim.evaluation.requests[0]!.hops.map((h) => h.keyRateBitsPerSecond) as [number, number];
    expect(fast).toBeGreaterThan(slow);
    const block = sim.advance(20, REQUEST_SERIES);
    const last = (series: 'heldKeyBits' | 'secretKeyBits') => block.values[19 * REQUEST_SERIES.length + seriesOffset(0, series)]!;
    expect(last('heldKeyBits')).toBeCloseTo((fast - slow) * 20, 6);
    expect(last('secretKeyBits')).toBeCloseTo(slow * 20, 6);
  });

  it('is kept on board a satellite between passes, while nothing is yet delivered end to end', () => {
    const scenario = parse(satellitePass.scenario);
    const block = new Simulation(scenario).advance(Math.round(3 * 3600 / scenario.settings.timeStepSeconds), REQUEST_SERIES);
    const row = block.timeSeconds.length - 1;
    // Three hours in: Graz's pass is over, Xinglong's not begun.
    expect(block.values[row * REQUEST_SERIES.length + seriesOffset(0, 'heldKeyBits')]).toBeGreaterThan(1000);
    expect(block.values[row * REQUEST_SERIES.length + seriesOffset(0, 'secretKeyBits')]).toBe(0);
  });
});
