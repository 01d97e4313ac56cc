import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../scenario/schema';
import { parseScenario } from '../scenario/validate';
import { evaluateScenario } from './evaluate';
import { predictPasses } from './orbits/passes';
import { Simulation } from './simulation';
import { seriesOffset, REQUEST_SERIES } from './request-series';

const at = { x: 0, y: 0 };

function scenario(input: Omit<ScenarioInput, 'version'>) {
  const parsed = parseScenario({ version: 2, ...input });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.scenario;
}

const gs = (id: string, extra: object = {}) => ({ id, kind: 'ground-station' as const, position: at, params: {}, ...extra });
const tn = (id: string) => ({ id, kind: 'trusted-node' as const, position: at, params: {} });
const fiber = (id: string, source: string, target: string, lengthKm: number) => ({ id, source, target, kind: 'fiber' as const, params: { lengthKm } });
const bb84 = (id: string, source: string, target: string, extra: object = {}) => ({ id, source, target, protocol: 'bb84-decoy' as const, params: {}, ...extra });

describe('links shared among requests', () => {
  it('splits a link evenly between two requests, so adding one halves the other', () => {
    const nodes = [gs('a'), gs('b'), gs('c')];
    const links = [fiber('ab', 'a', 'b', 30), fiber('bc', 'b', 'c', 30)];
    const alone = evaluateScenario(scenario({ nodes: [...nodes.slice(0, 2), { ...tn('b') }, nodes[2]!].filter((n, i) => i !== 1), links, requests: [bb84('r1', 'a', 'b')] }));
    const both = evaluateScenario(scenario({ nodes: [gs('a'), tn('b'), gs('c')], links, requests: [bb84('r1', 'a', 'b'), bb84('r2', 'a', 'c')] }));
    const r1Alone = alone.requests[0]!.keyRateBitsPerSecond;
    expect(both.requests[0]!.linkShare).toBeCloseTo(0.5, 12);
    expect(both.requests[0]!.keyRateBitsPerSecond).toBeCloseTo(r1Alone / 2, 9);
    expect(both.requests[1]!.linkShare).toBeCloseTo(0.5, 12);
  });

  it('gives the unused time to the other request when one application needs little key', () => {
    const s = scenario({
      nodes: [gs('a'), gs('b')],
      links: [fiber('ab', 'a', 'b', 30)],
      requests: [bb84('small', 'a', 'b', { demandBitsPerSecond: 100 }), bb84('big', 'a', 'b')],
    });
    const [small, big] = evaluateScenario(s).requests;
    const full = small!.unsharedKeyRateBitsPerSecond;
    expect(small!.keyRateBitsPerSecond).toBeCloseTo(100, 6);
    expect(big!.keyRateBitsPerSecond).toBeCloseTo(full - 100, 6);
    // Alone, the small application's link keeps making key for its store rather than idling.
    const alone = evaluateScenario({ ...s, requests: [s.requests[0]!] }).requests[0]!;
    expect(alone.keyRateBitsPerSecond).toBeCloseTo(full, 9);
  });
});

describe('failures and attacks over time', () => {
  const network = () => ({
    nodes: [gs('a'), tn('t'), gs('b')],
    links: [fiber('direct', 'a', 'b', 40), fiber('at', 'a', 't', 50), fiber('tb', 't', 'b', 50)],
    requests: [bb84('r', 'a', 'b')],
  });

  it('reroutes around a failed link while it is down, and back after it recovers', () => {
    const s = scenario({ ...network(), events: [{ kind: 'link-failure', linkId: 'direct', startSeconds: 10, endSeconds: 20 }] });
    const before = evaluateScenario(s, 5).requests[0]!;
    const during = evaluateScenario(s, 15).requests[0]!;
    const after = evaluateScenario(s, 25).requests[0]!;
    expect(before.path).toEqual(['a', 'b']);
    expect(during.path).toEqual(['a', 't', 'b']);
    expect(during.keyRateBitsPerSecond).toBeLessThan(before.keyRateBitsPerSecond);
    expect(during.keyRateBitsPerSecond).toBeGreaterThan(0);
    expect(after).toEqual(before);
  });

  it('says so when no path is left', () => {
    const s = scenario({ ...network(), events: [{ kind: 'link-failure', linkId: 'direct', startSeconds: 0 }, { kind: 'node-failure', nodeId: 't', startSeconds: 0 }] });
    const result = evaluateScenario(s, 1).requests[0]!;
    expect(result.path).toEqual([]);
    expect(result.keyRateBitsPerSecond).toBe(0);
    expect(result.noKeyReason).toMatch(/crosses a failed or attacked link or node/);
  });

  it('shows a scheduled eavesdropper as a QBER jump in the streamed samples', () => {
    const s = scenario({ ...network(), settings: { durationSeconds: 60, timeStepSeconds: 1 }, events: [{ kind: 'eavesdropper', linkId: 'direct', startSeconds: 30 }] });
    const sim = new Simulation(s);
    const block = sim.advance(60, REQUEST_SERIES);
    const qberAt = (row: number) => block.values[row * (block.values.length / 60) + seriesOffset(0, 'qber')]!;
    expect(qberAt(10)).toBeLessThan(0.05);
    expect(qberAt(40)).toBeGreaterThan(0.25);
    expect(sim.evaluationVersion).toBe(1);
  });
});

describe('key stores and application demand', () => {
  it('stores what the application does not use and reports what it cannot get', () => {
    const s = scenario({ nodes: [gs('a'), gs('b')], links: [fiber('ab', 'a', 'b', 50)], requests: [bb84('r', 'a', 'b', { demandBitsPerSecond: 200 })], settings: { durationSeconds: 10, timeStepSeconds: 1 } });
    const rate = evaluateScenario(s).requests[0]!.keyRateBitsPerSecond;
    expect(rate).toBeGreaterThan(200);
    const block = new Simulation(s).advance(10, REQUEST_SERIES);
    const width = block.values.length / 10;
    expect(block.values[9 * width + seriesOffset(0, 'storedKeyBits')]).toBeCloseTo((rate - 200) * 10, 6);
    expect(block.values[9 * width + seriesOffset(0, 'unservedBitsPerSecond')]).toBe(0);

    const hungry = scenario({ ...s, requests: [bb84('r', 'a', 'b', { demandBitsPerSecond: rate + 50 })] });
    const starved = new Simulation(hungry).advance(3, REQUEST_SERIES);
    expect(starved.values[2 * width + seriesOffset(0, 'unservedBitsPerSecond')]).toBeCloseTo(50, 6);
    expect(starved.values[2 * width + seriesOffset(0, 'storedKeyBits')]).toBe(0);
  });
});

describe('satellites that move', () => {
  // A Micius-like orbit over Xinglong (China) and Graz (Austria); RAAN chosen so that both see passes within the day.
  const satellite = { id: 'sat', kind: 'satellite' as const, position: at, params: { altitudeKm: 500, inclinationDeg: 97.4, raanDeg: 100, phaseDeg: 0 } };
  const xinglong = gs('xinglong', { location: { latDeg: 40.4, lonDeg: 117.6 } });
  const graz = gs('graz', { location: { latDeg: 47.1, lonDeg: 15.5 } });
  const downlink = (id: string, ground: string) => ({ id, source: 'sat', target: ground, kind: 'free-space' as const, params: { fixedLossDb: 15 } });

  it('makes key with a ground station only while the satellite is above its minimum elevation', () => {
    const s = scenario({
      nodes: [satellite, xinglong], links: [downlink('down', 'xinglong')], requests: [bb84('r', 'sat', 'xinglong')],
      settings: { durationSeconds: 86400, timeStepSeconds: 10 },
    });
    const passes = predictPasses({ altitudeKm: 500, inclinationDeg: 97.4, raanDeg: 100, phaseDeg: 0 }, { latDeg: 40.4, lonDeg: 117.6 }, 0, 86400, 10);
    expect(passes.length).toBeGreaterThan(0);
    const inPass = (t: number) => passes.some((p) => t >= p.riseSeconds && t < p.setSeconds);
    const sim = new Simulation(s);
    const block = sim.advance(sim.totalSteps, REQUEST_SERIES);
    const width = block.values.length / block.timeSeconds.length;
    let keyed = 0;
    for (let row = 0; row < block.timeSeconds.length; row++) {
      const stepStart = block.timeSeconds[row]! - 10;
      const rate = block.values[row * width + seriesOffset(0, 'keyRateBitsPerSecond')]!;
      if (rate > 0) {
        keyed++;
        expect(inPass(stepStart)).toBe(true);
      }
    }
    expect(keyed).toBeGreaterThan(10);
    expect(block.values[(block.timeSeconds.length - 1) * width + seriesOffset(0, 'secretKeyBits')]).toBeGreaterThan(0);
  });

  it('relays key between two continents by storing it on board: the shared key is the smaller of the two passes\' keys', () => {
    const s = scenario({
      nodes: [satellite, xinglong, graz],
      links: [downlink('to-xinglong', 'xinglong'), downlink('to-graz', 'graz')],
      requests: [bb84('r', 'xinglong', 'graz')],
      settings: { durationSeconds: 86400, timeStepSeconds: 10 },
    });
    const hopTotals = new Map<string, number>();
    for (let t = 0; t < 86400; t += 10) {
      for (const hop of evaluateScenario(s, t).requests[0]!.hops) hopTotals.set(hop.linkId, (hopTotals.get(hop.linkId) ?? 0) + hop.keyRateBitsPerSecond * 10);
    }
    const sim = new Simulation(s);
    const block = sim.advance(sim.totalSteps, REQUEST_SERIES);
    const width = block.values.length / block.timeSeconds.length;
    const shared = block.values[(block.timeSeconds.length - 1) * width + seriesOffset(0, 'secretKeyBits')]!;
    const withXinglong = hopTotals.get('to-xinglong')!;
    const withGraz = hopTotals.get('to-graz')!;
    expect(withXinglong).toBeGreaterThan(0);
    expect(withGraz).toBeGreaterThan(0);
    expect(shared / Math.min(withXinglong, withGraz)).toBeCloseTo(1, 9);
    expect(evaluateScenario(s, 0).requests[0]!.path).toEqual(['xinglong', 'sat', 'graz']);
  });
});
