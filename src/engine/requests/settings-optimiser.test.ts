import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../../scenario/schema';
import { parseScenario } from '../../scenario/validate';
import { evaluateScenario } from '../evaluate';

const at = { x: 0, y: 0 };

function evaluate(input: ScenarioInput) {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return evaluateScenario(parsed.scenario).requests;
}

/** Two GYS stations (the defaults) over one fiber, with a plain and an optimised vacuum + weak decoy request. */
function bb84Pair(lengthKm: number, extra: object = {}, link: object = {}) {
  const [plain, chosen] = evaluate({
    version: 2,
    nodes: [{ id: 'a', kind: 'ground-station', position: at, params: {} }, { id: 'b', kind: 'ground-station', position: at, params: {} }],
    links: [{ id: 'ab', source: 'a', target: 'b', kind: 'fiber', params: { lengthKm, ...link } }],
    requests: [
      { id: 'plain', source: 'a', target: 'b', protocol: 'bb84-decoy', decoyMethod: 'vacuum-weak', params: {}, ...extra },
      { id: 'chosen', source: 'a', target: 'b', protocol: 'bb84-decoy', decoyMethod: 'vacuum-weak', optimiseDecoySettings: true, params: {}, ...extra },
    ],
  });
  return { plain: plain!, chosen: chosen! };
}

describe('optimiseDecoySettings on an asymptotic vacuum + weak decoy request', () => {
  it('gives at least the key of the 1-D search at every length from 1 to 150 km, and reports the ν it chose', () => {
    for (const km of [1, ...Array.from({ length: 15 }, (_, i) => 10 * (i + 1))]) {
      const { plain, chosen } = bb84Pair(km);
      expect(chosen.keyRateBitsPerSecond).toBeGreaterThanOrEqual(plain.keyRateBitsPerSecond);
      if (plain.keyRateBitsPerSecond > 0) {
        expect(chosen.keyRateBitsPerSecond).toBeGreaterThan(plain.keyRateBitsPerSecond);
        expect(chosen.hops[0]!.settings.weakDecoyMeanPhotonNumber).toBeLessThan(plain.hops[0]!.settings.signalMeanPhotonNumber!);
      }
    }
  });

  it('keeps a fixed μ, choosing only ν', () => {
    const { plain, chosen } = bb84Pair(30, { signalMeanPhotonNumber: 0.6 });
    expect(chosen.hops[0]!.settings.signalMeanPhotonNumber).toBe(0.6);
    expect(chosen.keyRateBitsPerSecond).toBeGreaterThan(plain.keyRateBitsPerSecond);
  });

  it('judges an eavesdropped hop with the ν it chose: the decoys still expose intercept–resend', () => {
    const { plain, chosen } = bb84Pair(30, {}, { interceptedFraction: 1 });
    for (const r of [plain, chosen]) {
      expect(r.keyRateBitsPerSecond).toBe(0);
      expect(r.noKeyReason).toMatch(/^eavesdropper detected/);
    }
    const light = bb84Pair(30, {}, { interceptedFraction: 0.02 });
    expect(light.chosen.qber).toBeCloseTo(light.plain.qber, 3);
  });
});

/** a —50 km— r —50 km— b with memories of coherence time T2 and a 50 % swap; pairs of fidelity 0.95 (the test in chain-settings). */
function chainRequest(request: object, memory: object = {}) {
  const node = (id: string, kind: 'ground-station' | 'repeater') => ({ id, kind, position: at, params: { initialFidelity: 0.95, maxAttemptRateHz: 1e10, ...memory, ...(kind === 'repeater' ? { swapSuccessProbability: 0.5 } : {}) } });
  return evaluate({
    version: 2,
    nodes: [node('a', 'ground-station'), node('r', 'repeater'), node('b', 'ground-station')],
    links: [
      { id: 'ar', source: 'a', target: 'r', kind: 'fiber', params: { lengthKm: 50 } },
      { id: 'rb', source: 'r', target: 'b', kind: 'fiber', params: { lengthKm: 50 } },
    ],
    requests: [{ id: 'e', source: 'a', target: 'b', protocol: 'entanglement', purificationProtocol: 'dejmps', params: { monteCarloTrials: 600 }, ...request }],
  })[0]!;
}

describe('optimiseRepeaterSettings on an entanglement request', () => {
  it('meets a minimum fidelity the chain as set misses, and says which cut-off and rounds it chose', () => {
    const memory = { coherenceTimeSeconds: 0.3 };
    const asSet = chainRequest({}, memory);
    expect(asSet.fidelity).toBeLessThan(0.9);
    const floorAsSet = chainRequest({ minFidelity: 0.9 }, memory);
    expect(floorAsSet.entanglementRatePairsPerSecond).toBe(0);
    const chosen = chainRequest({ minFidelity: 0.9, optimiseRepeaterSettings: true }, memory);
    expect(chosen.fidelity).toBeGreaterThanOrEqual(0.9);
    expect(chosen.entanglementRatePairsPerSecond).toBeGreaterThan(0);
    const settings = chosen.hops[0]!.settings;
    expect(settings.purificationRounds).toBeGreaterThan(0);
    expect(chosen.hops.every((hop) => hop.settings.purificationRounds === settings.purificationRounds)).toBe(true);
  });

  it('drops a cut-off the user set when memories are perfect (no cut-off is best), for at least the key', () => {
    const memory = { coherenceTimeSeconds: 1e6, memoryCutoffSeconds: 2e-3 };
    const asSet = chainRequest({ purificationProtocol: 'none' }, memory);
    const chosen = chainRequest({ purificationProtocol: 'none', optimiseRepeaterSettings: true }, memory);
    expect(chosen.hops[0]!.settings).toEqual({ memoryCutoffSeconds: 0 });
    expect(chosen.keyRateBitsPerSecond).toBeGreaterThan(asSet.keyRateBitsPerSecond);
    expect(asSet.hops[0]!.settings).toEqual({});
  });
});
