import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenario, ScenarioInput, ScenarioRequest } from '../../scenario/schema';
import { parseScenario } from '../../scenario/validate';
import { networkAt } from '../evaluate';
import { evaluateRequest, evaluateRequestOnPath } from '../requests/evaluate-request';
import type { NetworkIndex } from '../requests/network-index';
import { applyPlacement } from './apply-placement';
import { optimisePlacement, type Objective } from './optimise-placement';
import { enumerateChains } from './repeater-chains';
import type { MilpSolve } from './milp-solver';
import { expectBruteForceOptimum, testClock as now, nodeSolver, parsed, repeaterLineScenario, uniqueLinks } from './testing/placement-fixtures';

type Entanglement = Extract<ScenarioRequest, { protocol: 'entanglement' }>;

/**
 * Brute force, written apart from the optimiser: every loopless path of the placed design whose inner nodes are
 * repeaters, each run through the engine's evaluation of that path; true when one meets the fidelity and rate.
 */
function someChainMeets(index: NetworkIndex, scenario: Scenario, request: Entanglement, memo: Map<string, boolean>): boolean {
  const kinds = new Map(scenario.nodes.map((n) => [n.id, n]));
  const nodes = [request.source];
  const linkIds: string[] = [];
  const walk = (at: string): boolean => {
    for (const link of scenario.links) {
      if (link.kind !== 'fiber' || (link.source !== at && link.target !== at)) continue;
      const next = link.source === at ? link.target : link.source;
      if (nodes.includes(next)) continue;
      nodes.push(next);
      linkIds.push(link.id);
      let found = false;
      if (next === request.target) {
        const key = JSON.stringify([nodes.map((id) => [kinds.get(id)!.kind, kinds.get(id)!.params]), linkIds.map((id) => scenario.links.find((l) => l.id === id)!.params)]);
        if (!memo.has(key)) {
          const out = evaluateRequestOnPath(index, request, { nodes: [...nodes], linkIds: [...linkIds] });
          memo.set(key, out.fidelity >= request.minFidelity! && out.keyRateBitsPerSecond >= (request.minKeyRateBitsPerSecond ?? 0));
        }
        found = memo.get(key)!;
      } else if (kinds.get(next)!.kind === 'repeater') found = walk(next);
      nodes.pop();
      linkIds.pop();
      if (found) return true;
    }
    return false;
  };
  return walk(request.source);
}

/** Every placed design meets every target: BB84 by the engine's own routing, entanglement by some chain. */
function served(placed: Scenario, memo: Map<string, boolean>): boolean {
  const { index } = networkAt(placed, 0);
  return placed.requests.every((r) =>
    r.protocol === 'entanglement' ? someChainMeets(index, placed, r, memo) : evaluateRequest(index, r).keyRateBitsPerSecond >= (r.minKeyRateBitsPerSecond ?? 0),
  );
}

function bruteForceCost(scenario: Scenario, objective: Objective): number {
  const candidates = scenario.nodes.filter((n) => 'candidate' in n && n.candidate);
  const memo = new Map<string, boolean>();
  let best = Infinity;
  for (let mask = 0; mask < 1 << candidates.length; mask++) {
    const cost = candidates.reduce((sum, n, i) => sum + (mask & (1 << i) ? (objective === 'fewest-relays' ? 1 : ('costUnits' in n && n.costUnits) || 1) : 0), 0);
    if (cost >= best) continue;
    if (served(applyPlacement(scenario, new Set(candidates.filter((_, i) => mask & (1 << i)).map((n) => n.id))), memo)) best = cost;
  }
  return best;
}

/** A random fibre network of candidate repeaters and trusted nodes between stations A and B, with an entanglement request. */
const randomRepeaterNetwork = fc
  .record({
    sites: fc.integer({ min: 3, max: 8 }),
    spine: fc.integer({ min: 2, max: 4 }),
    trustedMask: fc.tuple(fc.nat(1023), fc.nat(1023)).map(([a, b]) => a & b),
    lengths: fc.array(fc.integer({ min: 25, max: 55 }), { minLength: 20, maxLength: 20 }),
    parents: fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
    extra: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
    costs: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 12, maxLength: 12 }),
    minFidelity: fc.constantFrom(0.8, 0.85, 0.88, 0.9),
    minKeyRate: fc.constantFrom(undefined, 0.5, 1, 2, 4),
    withBb84: fc.boolean(),
  })
  .map(({ sites, spine, trustedMask, lengths, parents, extra, costs, minFidelity, minKeyRate, withBb84 }) => {
    const ids = ['A', ...Array.from({ length: sites }, (_, i) => `S${i}`), 'B'];
    const { links, add } = uniqueLinks();
    // A line of `spine` sites from A to B (so the stations are far apart), the other sites hung off it, then extra fibres.
    const line = ['A', ...ids.slice(1, 1 + Math.min(spine, sites)), 'B'];
    for (let i = 1; i < line.length; i++) add(line[i - 1]!, line[i]!);
    for (let i = line.length - 1; i <= sites; i++) add(ids[parents[i % parents.length]! % i]!, ids[i]!);
    for (const [a, b] of extra) add(ids[a % ids.length]!, ids[b % ids.length]!);
    const input: ScenarioInput = {
      version: 2,
      nodes: ids.map((id, i) => ({
        id, position: { x: i * 50, y: 0 }, params: {},
        ...(id === 'A' || id === 'B' ? { kind: 'ground-station' as const } : { kind: trustedMask & (1 << i) ? ('trusted-node' as const) : ('repeater' as const), candidate: true, costUnits: costs[i]! }),
      })) as ScenarioInput['nodes'],
      links: links.map((l, i) => ({ id: `f${i}`, kind: 'fiber', ...l, params: { lengthKm: lengths[i % lengths.length]! } })),
      requests: [
        { id: 'pairs', protocol: 'entanglement', source: 'A', target: 'B', minFidelity, ...(minKeyRate ? { minKeyRateBitsPerSecond: minKeyRate } : {}), params: { monteCarloTrials: 100 } },
        ...(withBb84 ? [{ id: 'key', protocol: 'bb84-decoy' as const, source: 'A', target: 'B', minKeyRateBitsPerSecond: 10, params: {} }] : []),
      ],
    };
    return parsed(input);
  });

describe('repeater placement for fidelity targets', () => {
  it.each(['fewest-relays', 'lowest-cost'] as const)('equals brute force over every subset of up to 8 candidate repeaters and trusted nodes (%s)', async (objective) => {
    const solve = await nodeSolver();
    fc.assert(
      fc.property(randomRepeaterNetwork, (scenario) => {
        const best = bruteForceCost(scenario, objective);
        const out = optimisePlacement(scenario, solve, { objective, timeLimitSeconds: 30, now });
        const placed = expectBruteForceOptimum(out, best);
        if (!placed) return;
        expect(served(placed.scenario, new Map())).toBe(true);
        expect(parseScenario(placed.scenario).ok).toBe(true);
        // The engine's own routing of the proposal (the best of its candidate routes that reaches the floor) gets there too.
        const pairs = placed.requests.find((r) => r.id === 'pairs')!;
        expect(pairs.after.fidelity).toBeGreaterThanOrEqual(pairs.minFidelity!);
      }),
      { numRuns: 25 },
    );
  });

  it('lists exactly the chains of at most n segments, n = ⌊ln((4F−1)/3) / ln w₀⌋, on a line of ideal repeaters (Werner parameters multiply)', () => {
    const initialFidelity = 0.97;
    const w0 = (4 * initialFidelity - 1) / 3;
    const sites = 6;
    for (const floor of [0.95, 0.9, 0.85, 0.8]) {
      // Ideal swaps and memories that do not decohere: a chain of n segments delivers F = (1 + 3 w₀ⁿ)/4 (Dür et al. PRA 59, 169 (1999)).
      const maxSegments = Math.floor(Math.log((4 * floor - 1) / 3) / Math.log(w0));
      const ideal = { initialFidelity, coherenceTimeSeconds: 1e6 };
      const ids = ['A', ...Array.from({ length: sites }, (_, i) => `R${i + 1}`), 'B'];
      const scenario = parsed({
        version: 2,
        nodes: ids.map((id, i) => ({
          id, position: { x: i * 100, y: 0 },
          ...(id.startsWith('R') ? { kind: 'repeater' as const, candidate: true, params: { ...ideal, swapGateFidelity: 1, swapMeasurementFidelity: 1 } } : { kind: 'ground-station' as const, params: ideal }),
        })) as ScenarioInput['nodes'],
        links: ids.slice(1).map((id, i) => ({ id: `f${i}`, kind: 'fiber', source: ids[i]!, target: id, params: { lengthKm: 10 } })),
        requests: [{ id: 'pairs', protocol: 'entanglement', source: 'A', target: 'B', minFidelity: floor, params: { monteCarloTrials: 100 } }],
      });
      const listed = enumerateChains(scenario, scenario.requests[0] as Entanglement, {}, new Map());
      // Chains of n segments on a line of s sites: C(s, n − 1) choices of which sites relay.
      const binomial = (n: number, k: number): number => (k < 0 || k > n ? 0 : k === 0 ? 1 : (binomial(n - 1, k - 1) * n) / k);
      const expected = Array.from({ length: Math.min(maxSegments, sites + 1) }, (_, m) => binomial(sites, m)).reduce((a, b) => a + b, 0);
      expect(listed.chains.length).toBe(expected);
      expect(Math.max(...listed.chains.map((c) => c.hops.length))).toBe(Math.min(maxSegments, sites + 1));
      for (const chain of listed.chains) expect(chain.fidelity).toBeCloseTo((1 + 3 * w0 ** chain.hops.length) / 4, 5);
    }
  });

  it('keeps a repeater on each side of a ring for two disjoint chains', async () => {
    const solve = await nodeSolver();
    const ids = ['A', 'R1', 'R2', 'B', 'R3', 'R4'];
    const scenario = parsed({
      version: 2,
      nodes: ids.map((id, i) => ({ id, position: { x: i * 100, y: 0 }, params: {}, ...(id.startsWith('R') ? { kind: 'repeater' as const, candidate: true } : { kind: 'ground-station' as const }) })) as ScenarioInput['nodes'],
      links: ids.map((id, i) => ({ id: `f${i}`, kind: 'fiber', source: id, target: ids[(i + 1) % ids.length]!, params: { lengthKm: 50 } })),
      requests: [{ id: 'pairs', protocol: 'entanglement', source: 'A', target: 'B', minFidelity: 0.85, minKeyRateBitsPerSecond: 1, params: { monteCarloTrials: 200 } }],
    });
    const one = optimisePlacement(scenario, solve, { objective: 'fewest-relays', timeLimitSeconds: 10, now });
    const two = optimisePlacement(scenario, solve, { objective: 'fewest-relays', disjointRoutes: 2, timeLimitSeconds: 10, now });
    expect(one.ok && two.ok).toBe(true);
    if (!one.ok || !two.ok) return;
    expect(one.requests[0]!.after.fidelity).toBeGreaterThanOrEqual(0.85);
    // The sides are alike: two disjoint chains keep as many repeaters on each side as one chain keeps on its side.
    expect(two.chosen).toHaveLength(2 * one.chosen.length);
    expect(two.chosen.filter((id) => id === 'R1' || id === 'R2')).toHaveLength(one.chosen.length);
    expect(two.requests[0]!.after.disjointRoutes).toBe(2);
  });

  it('when the time limit comes first, the greedy placement still meets the floor and the gap is reported', async () => {
    const real = await nodeSolver();
    const outOfTime: MilpSolve = (lp, options) => (lp.includes('\nBinary\n') ? { status: 'time-limit', objective: NaN, values: {} } : real(lp, options));
    const out = optimisePlacement(repeaterLineScenario(5, 25, 0.5), outOfTime, { objective: 'fewest-relays', minFidelity: 0.85, minKeyRateBitsPerSecond: 1, timeLimitSeconds: 10, now });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect([out.method, out.optimal]).toEqual(['greedy', false]);
    expect(out.bound).toBeLessThanOrEqual(out.objectiveValue);
    const pairs = out.requests[0]!.after;
    expect(pairs.fidelity).toBeGreaterThanOrEqual(0.85);
    expect(pairs.keyRateBitsPerSecond).toBeGreaterThanOrEqual(1);
  });

  it('a chain listing cut short by the time limit is not claimed optimal', async () => {
    const solve = await nodeSolver();
    let clock = 0;
    // Each reading of the clock is a second later: the listing runs out of its 3 s after a few chains.
    const out = optimisePlacement(repeaterLineScenario(5, 25, 0.5), solve, { objective: 'fewest-relays', minFidelity: 0.85, minKeyRateBitsPerSecond: 1, timeLimitSeconds: 3, now: () => clock++ });
    if (out.ok) expect(out.optimal).toBe(false);
    else expect(out.message).toMatch(/^request pairs: no chain found reaching fidelity 0.85 and 1 bit\/s before the listing stopped/);
  });

  it('names an entanglement request whose floor no chain reaches, with the best fidelity any chain gets', async () => {
    const solve = await nodeSolver();
    const ids = ['A', 'R1', 'R2', 'B'];
    const scenario = parsed({
      version: 2,
      nodes: ids.map((id, i) => ({ id, position: { x: i * 100, y: 0 }, params: {}, ...(id.startsWith('R') ? { kind: 'repeater' as const, candidate: true } : { kind: 'ground-station' as const }) })) as ScenarioInput['nodes'],
      links: ids.slice(1).map((id, i) => ({ id: `f${i}`, kind: 'fiber', source: ids[i]!, target: id, params: { lengthKm: 20 } })),
      requests: [{ id: 'pairs', protocol: 'entanglement', source: 'A', target: 'B', minFidelity: 0.99, params: { monteCarloTrials: 100 } }],
    });
    const out = optimisePlacement(scenario, solve, { objective: 'fewest-relays', timeLimitSeconds: 10, now });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.requestId).toBe('pairs');
    expect(out.bestFidelity).toBeGreaterThan(0.9);
    expect(out.bestFidelity).toBeLessThan(0.99);
    expect(out.message).toMatch(/^request pairs cannot reach fidelity 0.99 with any choice of candidate sites; the best fidelity any chain gets is at most 0\.9\d+$/);
  });
});
