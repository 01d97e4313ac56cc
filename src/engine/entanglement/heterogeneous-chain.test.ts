import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fiberLatencySeconds, fiberLossDb, transmittanceFromLossDb, type FiberParams } from '../channels/fiber';
import { DEFAULT_ENTANGLEMENT_KEY_PARAMS } from './entanglement-key-rate';
import { repeaterChainAnalytic, repeaterChainPerformance } from './repeater-chain';
import { buildSpanTree, orientChain, reverseChain, simulateRepeaterChain, type ChainNodeParams, type RepeaterChainParams } from './repeater-chain-mc';
import { meanAndStdError } from './testing/sample-stats';
import { idealNode } from './testing/chain-nodes';

// Chains whose segments and nodes differ: each segment keeps its own loss and delay, each node its own memory,
// detectors and swap, and the answer is the same whichever end the request starts from.

const perfectNode = (overrides: Partial<ChainNodeParams> = {}): ChainNodeParams => idealNode(0.98, overrides);

const fiber = (lengthKm: number, attenuationDbPerKm = 0.2, insertionLossDb = 0, groupIndex = 1.468): FiberParams => ({ lengthKm, attenuationDbPerKm, insertionLossDb, groupIndex });

describe('heterogeneous repeater chains', () => {
  it('each segment heralds with its own loss: p = ½(η_m·10^{−(αL+IL)/20}·η_d)² per segment', () => {
    const params: RepeaterChainParams = {
      segments: [fiber(20, 0.2), fiber(20, 1.0, 3)],
      nodes: [perfectNode(), perfectNode(), perfectNode()],
      scheme: 'two-click',
      brightStatePopulation: 0.1,
      purification: null,
    };
    const { root } = buildSpanTree(params);
    for (const [i, leaf] of [root.left!, root.right!].entries()) {
      const arm = 0.9 * Math.pow(10, -fiberLossDb(params.segments[i]!) / 20) * 0.8;
      expect(leaf.link!.successProbabilityPerAttempt).toBeCloseTo(0.5 * arm * arm, 15);
      expect(leaf.link!.heraldDelaySeconds).toBeCloseTo(fiberLatencySeconds(params.segments[i]!), 15);
    }
    expect(transmittanceFromLossDb(fiberLossDb(params.segments[1]!))).toBeLessThan(0.01);
  });

  it('perfect swaps and memories: every pair has F = (1 + 3·Π√(w_i·w_{i+1}))/4 with each node its own w', () => {
    const fidelities = [0.99, 0.8, 0.95, 0.9];
    const params: RepeaterChainParams = {
      segments: [fiber(10), fiber(30), fiber(5)],
      nodes: fidelities.map((f) => perfectNode({ initialFidelity: f })),
      scheme: 'two-click',
      brightStatePopulation: 0.1,
      purification: null,
    };
    const w = fidelities.map((f) => (4 * f - 1) / 3);
    let product = 1;
    for (let i = 0; i < 3; i++) product *= Math.sqrt(w[i]! * w[i + 1]!);
    const expected = (1 + 3 * product) / 4;
    const samples = simulateRepeaterChain(params, { trials: 200, seed: 3 });
    for (const f of samples.fidelity) expect(f).toBeCloseTo(expected, 12);
    expect(repeaterChainAnalytic(params).noWaitingState[0]).toBeCloseTo(expected, 12);
  });

  it('two unequal segments, deterministic swap: mean delivery = E[max of the two herald times] + the longer message, within 4 standard errors', () => {
    const params: RepeaterChainParams = {
      segments: [fiber(5, 0.2), fiber(15, 0.5, 1, 1.5)],
      nodes: [perfectNode({ detectorEfficiency: 0.95 }), perfectNode({ maxAttemptRateHz: 2e4 }), perfectNode({ memory: { coherenceTimeSeconds: Infinity, noiseModel: 'dephasing', efficiency: 0.7, cutoffSeconds: Infinity } })],
      scheme: 'two-click',
      brightStatePopulation: 0.1,
      purification: null,
    };
    const { root } = buildSpanTree(params);
    const a = root.left!.link!;
    const b = root.right!.link!;
    // E[max(X, Y)], X = h_a + kτ_a with probability p_a(1 − p_a)^k, summed until the tails are negligible.
    let expectedMax = 0;
    for (let k = 0; k < 3000; k++) {
      const pk = a.successProbabilityPerAttempt * (1 - a.successProbabilityPerAttempt) ** k;
      const x = a.heraldDelaySeconds + k * a.attemptPeriodSeconds;
      for (let j = 0; j < 3000; j++) {
        const pj = b.successProbabilityPerAttempt * (1 - b.successProbabilityPerAttempt) ** j;
        expectedMax += pk * pj * Math.max(x, b.heraldDelaySeconds + j * b.attemptPeriodSeconds);
      }
    }
    const message = Math.max(fiberLatencySeconds(params.segments[0]!), fiberLatencySeconds(params.segments[1]!));
    expect(b.attemptPeriodSeconds).toBeCloseTo(Math.max(fiberLatencySeconds(params.segments[1]!), 1 / 2e4), 15);
    const samples = simulateRepeaterChain(params, { trials: 20000, seed: 17 });
    const { mean, stdError } = meanAndStdError(samples.deliverySeconds);
    expect(Math.abs(mean - (expectedMax + message))).toBeLessThan(4 * stdError);
  });

  it('a request gives the same rate, fidelity, state and waterfall from either end (random chains)', () => {
    const nodeArb = fc.record({
      coherence: fc.constantFrom(Infinity, 0.05, 1),
      noiseModel: fc.constantFrom('dephasing' as const, 'depolarizing' as const, 't1-t2' as const),
      efficiency: fc.double({ min: 0.5, max: 1, noNaN: true }),
      cutoff: fc.constantFrom(Infinity, 0.05),
      detector: fc.double({ min: 0.3, max: 1, noNaN: true }),
      fidelity: fc.double({ min: 0.8, max: 1, noNaN: true }),
      rate: fc.constantFrom(Infinity, 1e5),
      swapP: fc.double({ min: 0.3, max: 1, noNaN: true }),
      gate: fc.double({ min: 0.95, max: 1, noNaN: true }),
    });
    const segmentArb = fc.record({
      lengthKm: fc.double({ min: 1, max: 40, noNaN: true }),
      attenuation: fc.double({ min: 0.15, max: 1, noNaN: true }),
      insertion: fc.double({ min: 0, max: 3, noNaN: true }),
      groupIndex: fc.double({ min: 1.4, max: 1.5, noNaN: true }),
    });
    const chainArb = fc.integer({ min: 1, max: 5 }).chain((n) =>
      fc.record({
        segments: fc.array(segmentArb, { minLength: n, maxLength: n }),
        nodes: fc.array(nodeArb, { minLength: n + 1, maxLength: n + 1 }),
        scheme: fc.constantFrom('two-click' as const, 'single-click' as const, 'node-source' as const),
        purify: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(chainArb, (c) => {
        const params: RepeaterChainParams = {
          segments: c.segments.map((s) => fiber(s.lengthKm, s.attenuation, s.insertion, s.groupIndex)),
          nodes: c.nodes.map((n) => ({
            memory: { coherenceTimeSeconds: n.coherence, noiseModel: n.noiseModel, t1Seconds: n.coherence, efficiency: n.efficiency, cutoffSeconds: n.cutoff },
            detectorEfficiency: n.detector,
            initialFidelity: n.fidelity,
            maxAttemptRateHz: n.rate,
            swap: { successProbability: n.swapP, gateFidelity: n.gate, measurementFidelity: 1 },
          })),
          scheme: c.scheme,
          brightStatePopulation: 0.1,
          purification: c.purify ? { protocol: 'dejmps', roundsPerLevel: [1], noise: { gateFidelity: 1, measurementFidelity: 1 } } : null,
        };
        const options = { trials: 100, seed: 5, maxLinksPerTrial: 20_000 };
        const forward = repeaterChainPerformance(params, DEFAULT_ENTANGLEMENT_KEY_PARAMS, options);
        const backward = repeaterChainPerformance(reverseChain(params), DEFAULT_ENTANGLEMENT_KEY_PARAMS, options);
        expect(backward.entanglementRatePairsPerSecond).toBe(forward.entanglementRatePairsPerSecond);
        expect(backward.meanFidelity).toBe(forward.meanFidelity);
        expect(backward.meanState).toEqual(forward.meanState);
        // The waterfall names nodes in the caller's order, so read backwards it is the same list mirrored.
        const last = params.segments.length;
        const mirrored = backward.stages.map((s) => ({ ...s, fromNode: last - s.toNode, toNode: last - s.fromNode, atNode: s.atNode === null ? null : last - s.atNode }));
        expect(mirrored).toEqual(forward.stages);
      }),
      { numRuns: 30, seed: 20261205 },
    );
  });

  it('the orientation is chosen from the chain alone: a chain and its reverse pick the same one', () => {
    const params: RepeaterChainParams = {
      segments: [fiber(20, 0.2), fiber(20, 1.0)],
      nodes: [perfectNode(), perfectNode({ initialFidelity: 0.9 }), perfectNode()],
      scheme: 'node-source',
      brightStatePopulation: 0.1,
      purification: null,
    };
    expect(orientChain(reverseChain(params)).params).toEqual(orientChain(params).params);
    expect(orientChain(reverseChain(params)).reversed).toBe(!orientChain(params).reversed);
  });
});
