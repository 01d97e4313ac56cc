import { describe, expect, it } from 'vitest';
import { repeaterChain } from '../../scenario/examples/repeater-chain';
import type { ScenarioInput } from '../../scenario/schema';
import { parseScenario } from '../../scenario/validate';
import { evaluateScenario } from '../evaluate';
import { MONTE_CARLO_LINK_BUDGET } from './entanglement-request';

const at = { x: 0, y: 0 };

function evaluate(input: ScenarioInput) {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return evaluateScenario(parsed.scenario);
}

/** Entanglement between two stations 10 km either side of one repeater whose swaps succeed with `swapSuccessProbability`. */
function oneRepeater(swapSuccessProbability: number, monteCarloTrials: number) {
  return evaluate({
    version: 2,
    nodes: [
      { id: 'a', kind: 'ground-station', position: at, params: {} },
      { id: 'r', kind: 'repeater', position: at, params: { swapSuccessProbability } },
      { id: 'b', kind: 'ground-station', position: at, params: {} },
    ],
    links: [
      { id: 'ar', source: 'a', target: 'r', kind: 'fiber', params: { lengthKm: 10 } },
      { id: 'rb', source: 'r', target: 'b', kind: 'fiber', params: { lengthKm: 10 } },
    ],
    requests: [{ id: 'e', source: 'a', target: 'b', protocol: 'entanglement', params: { monteCarloTrials } }],
  }).requests[0]!;
}

describe('entanglement request Monte Carlo budget', () => {
  it('stops a chain whose swaps almost never succeed at the link budget, and says so', () => {
    const result = oneRepeater(1e-5, 2000);
    const note = result.notes.find((n) => n.startsWith('Monte Carlo stopped at its budget'));
    expect(note).toMatch(/budget of 5,000,000 elementary links after \d+ of 2000 trials: rate and fidelity come from those trials \(rate ± [\d.]+ %, one standard error\)/);
    // About 200,000 links per pair (1/p_swap attempts, two links each), so the budget allows tens of trials, not 2,000.
    const trialsRun = Number(/after (\d+) of/.exec(note!)![1]);
    expect(trialsRun).toBeGreaterThanOrEqual(MONTE_CARLO_LINK_BUDGET / 200_000);
    expect(trialsRun).toBeLessThan(100);
    expect(result.entanglementRatePairsPerSecond).toBeGreaterThan(0);
  }, 60_000);

  it('reports no fidelity and no QBER when no pair gets through, rather than a mixed state\'s 0.25 and 50 %', () => {
    // A swap that succeeds once in 10⁷ tries needs millions of links per pair: every trial is abandoned at its cap.
    const result = oneRepeater(1e-7, 100);
    expect(result.entanglementRatePairsPerSecond).toBe(0);
    expect(result.keyRateBitsPerSecond).toBe(0);
    expect(result.fidelity).toBeNaN();
    expect(result.qber).toBeNaN();
    expect(result.hops.every((h) => Number.isNaN(h.qber))).toBe(true);
    expect(result.noKeyReason).toMatch(/^no pair was delivered: every simulated trial needed more than 200,000 elementary links/);
    expect(result.notes[0]).toMatch(/^no pair delivered in \d+ simulated trials/);
  }, 60_000);

  it('leaves the gallery repeater chain untouched: no budget note', () => {
    const result = evaluate(repeaterChain.scenario);
    for (const request of result.requests) expect(request.notes.some((n) => n.includes('budget'))).toBe(false);
  });
});

describe('entanglement over a chain of unlike segments and repeaters', () => {
  /** a —20 km at 0.2 dB/km— r1 —20 km at 1.0 dB/km— r2 —20 km— b, the repeaters' pairs of fidelity 0.99 and 0.8. */
  function unlikeChain(source: string, target: string) {
    return evaluate({
      version: 2,
      nodes: [
        { id: 'a', kind: 'ground-station', position: at, params: {} },
        { id: 'r1', kind: 'repeater', position: at, params: { initialFidelity: 0.99 } },
        { id: 'r2', kind: 'repeater', position: at, params: { initialFidelity: 0.8, swapSuccessProbability: 0.7 } },
        { id: 'b', kind: 'ground-station', position: at, memoryNoiseModel: 'depolarizing', params: { coherenceTimeSeconds: 0.1 } },
      ],
      links: [
        { id: 'l1', source: 'a', target: 'r1', kind: 'fiber', params: { lengthKm: 20, attenuationDbPerKm: 0.2 } },
        { id: 'l2', source: 'r1', target: 'r2', kind: 'fiber', params: { lengthKm: 20, attenuationDbPerKm: 1.0 } },
        { id: 'l3', source: 'r2', target: 'b', kind: 'fiber', params: { lengthKm: 20, insertionLossDb: 2 } },
      ],
      requests: [{ id: 'e', source, target, protocol: 'entanglement', params: { monteCarloTrials: 500 } }],
    }).requests[0]!;
  }

  it('gives the same pairs, fidelity and key whichever end asks', () => {
    const forward = unlikeChain('a', 'b');
    const backward = unlikeChain('b', 'a');
    expect(backward.path).toEqual([...forward.path].reverse());
    expect(backward.entanglementRatePairsPerSecond).toBe(forward.entanglementRatePairsPerSecond);
    expect(backward.fidelity).toBe(forward.fidelity);
    expect(backward.keyRateBitsPerSecond).toBe(forward.keyRateBitsPerSecond);
    expect(forward.entanglementRatePairsPerSecond).toBeGreaterThan(0);
  });

  it('a station with a satellite on the path cannot hold a pair, and says so', () => {
    const result = evaluate({
      version: 2,
      nodes: [
        { id: 'a', kind: 'ground-station', position: at, params: {} },
        { id: 's', kind: 'satellite', position: at, params: {} },
      ],
      links: [{ id: 'l', source: 'a', target: 's', kind: 'fiber', params: { lengthKm: 10 } }],
      requests: [{ id: 'e', source: 'a', target: 's', protocol: 'entanglement', params: { monteCarloTrials: 100 } }],
    }).requests[0]!;
    expect(result.noKeyReason).toMatch(/satellite, which holds no quantum memory/);
  });
});

describe('routing to a minimum fidelity', () => {
  /** Two routes a → b: 2 × 10 km through a noisy repeater (pairs at 0.8), or 2 × 30 km through a clean one (0.99). */
  function twoRoutes(minFidelity?: number) {
    return evaluate({
      version: 2,
      nodes: [
        { id: 'a', kind: 'ground-station', position: at, params: { initialFidelity: 0.99 } },
        { id: 'noisy', kind: 'repeater', position: at, params: { initialFidelity: 0.8 } },
        { id: 'clean', kind: 'repeater', position: at, params: { initialFidelity: 0.99 } },
        { id: 'b', kind: 'ground-station', position: at, params: { initialFidelity: 0.99 } },
      ],
      links: [
        { id: 'a-noisy', source: 'a', target: 'noisy', kind: 'fiber', params: { lengthKm: 10 } },
        { id: 'noisy-b', source: 'noisy', target: 'b', kind: 'fiber', params: { lengthKm: 10 } },
        { id: 'a-clean', source: 'a', target: 'clean', kind: 'fiber', params: { lengthKm: 30 } },
        { id: 'clean-b', source: 'clean', target: 'b', kind: 'fiber', params: { lengthKm: 30 } },
      ],
      requests: [{ id: 'e', source: 'a', target: 'b', protocol: 'entanglement', ...(minFidelity === undefined ? {} : { minFidelity }), params: { monteCarloTrials: 400 } }],
    }).requests[0]!;
  }

  it('takes the least-loss route when no minimum is set', () => {
    const result = twoRoutes();
    expect(result.path).toEqual(['a', 'noisy', 'b']);
    expect(result.fidelity).toBeLessThan(0.9);
  });

  it('routes past the noisy repeater to meet a minimum fidelity, and says so', () => {
    const result = twoRoutes(0.9);
    expect(result.path).toEqual(['a', 'clean', 'b']);
    expect(result.fidelity).toBeGreaterThanOrEqual(0.9);
    expect(result.notes.some((n) => /routed past 1 better-ranked path/.test(n))).toBe(true);
  });

  it('reports no pair, with the best fidelity any route reaches, when no route meets the minimum', () => {
    const result = twoRoutes(0.999);
    expect(result.path).toEqual([]);
    expect(result.entanglementRatePairsPerSecond).toBe(0);
    expect(result.keyRateBitsPerSecond).toBe(0);
    expect(result.fidelity).toBeNaN();
    expect(result.noKeyReason).toMatch(/^no pair: no route reaches the minimum fidelity 0.999 \(checked any of the 2 possible path\(s\); the best reaches 0\.9\d+ over a → clean → b\)$/);
    expect(result.notes).toHaveLength(2);
  });
});

describe('delivered pair', () => {
  it('carries the mean delivered Bell weights, a waterfall ending at the delivered fidelity, and both waiting-time estimates', () => {
    const result = oneRepeater(0.5, 2000);
    const pair = result.entanglement!;
    const w = pair.deliveredState!;
    expect(w.phiPlus + w.psiPlus + w.psiMinus + w.phiMinus).toBeCloseTo(1, 12);
    expect(w.phiPlus).toBeCloseTo(result.fidelity, 12);
    expect(pair.stages.map((s) => s.kind)).toEqual(['elementary-link', 'elementary-link', 'wait', 'wait', 'swap', 'delivered']);
    expect(pair.stages.at(-1)!.fidelity).toBeCloseTo(result.fidelity, 12);
    expect(pair.stages.find((s) => s.kind === 'swap')!.atNodeId).toBe('r');
    // Each step can only lose fidelity here (no purification): heralded ≥ after waiting, swap ≤ its inputs.
    const [linkA, , waitA, waitB, swap] = pair.stages;
    expect(waitA!.fidelity).toBeLessThanOrEqual(linkA!.fidelity);
    expect(swap!.fidelity).toBeLessThan(Math.min(waitA!.fidelity, waitB!.fidelity));
    // Two equal segments: the exponential estimate is Sangouard's (3/2)·τ/(p0·p_swap) up to the herald and message delays.
    expect(pair.analyticMeanDeliverySeconds / pair.sangouardMeanDeliverySeconds!).toBeGreaterThan(0.95);
    expect(pair.analyticMeanDeliverySeconds / pair.sangouardMeanDeliverySeconds!).toBeLessThan(1.2);
    expect(pair.monteCarloMeanDeliverySeconds).toBeCloseTo(result.latencySeconds, 12);
  });
});

describe('entanglement between two stations with no repeater', () => {
  it('uses the stations\' own pair fidelities: a 1 m lossless link gives Werner parameter √(w_a·w_b), no hidden repeater defaults', () => {
    const result = evaluate({
      version: 2,
      nodes: [
        { id: 'a', kind: 'ground-station', position: at, params: { initialFidelity: 0.95, coherenceTimeSeconds: 1e6 } },
        { id: 'b', kind: 'ground-station', position: at, params: { initialFidelity: 0.85, coherenceTimeSeconds: 1e6 } },
      ],
      links: [{ id: 'l', source: 'a', target: 'b', kind: 'fiber', params: { lengthKm: 0.001, attenuationDbPerKm: 0 } }],
      requests: [{ id: 'e', source: 'a', target: 'b', protocol: 'entanglement', params: { monteCarloTrials: 200 } }],
    }).requests[0]!;
    const w = (f: number) => (4 * f - 1) / 3;
    expect(result.fidelity).toBeCloseTo((1 + 3 * Math.sqrt(w(0.95) * w(0.85))) / 4, 6);
    expect(result.entanglement!.stages.map((s) => s.kind)).toEqual(['elementary-link', 'delivered']);
  });
});
