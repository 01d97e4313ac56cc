import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenario, ScenarioInput } from '../../scenario/schema';
import { parseScenario } from '../../scenario/validate';
import { networkAt } from '../evaluate';
import { evaluateRequest } from '../requests/evaluate-request';
import { applyPlacement } from './apply-placement';
import { hopKeyRateBitsPerSecond, type Bb84Request } from './hop-key-rate';
import type { MilpSolve } from './milp-solver';
import { optimisePlacement, type Objective } from './optimise-placement';
import { expectBruteForceOptimum, testClock as now, lineScenario, nodeSolver, parsed, uniqueLinks } from './testing/placement-fixtures';

/** Every planned request's key alone on its links, by the engine's own evaluation of the placed design. */
function meetsTargets(scenario: Scenario, threshold?: number): { ok: boolean; minimum: number } {
  const { index } = networkAt(scenario, 0);
  let ok = true;
  let minimum = Infinity;
  for (const r of scenario.requests) {
    const rate = evaluateRequest(index, r).keyRateBitsPerSecond;
    minimum = Math.min(minimum, rate);
    if (!(rate >= (threshold ?? r.minKeyRateBitsPerSecond ?? 0))) ok = false;
  }
  return { ok, minimum };
}

/** Brute force: every subset of candidates kept, each design evaluated by the engine as the simulation would. */
function bruteForce(scenario: Scenario, objective: Objective, budget = Infinity) {
  const candidates = scenario.nodes.filter((n) => 'candidate' in n && n.candidate);
  let bestCost = Infinity;
  let bestMinimum = -Infinity;
  for (let mask = 0; mask < 1 << candidates.length; mask++) {
    const kept = new Set(candidates.filter((_, i) => mask & (1 << i)).map((n) => n.id));
    const cost = candidates.reduce((sum, n, i) => sum + (mask & (1 << i) ? (objective === 'fewest-relays' ? 1 : (('costUnits' in n && n.costUnits) || 1)) : 0), 0);
    const placed = applyPlacement(scenario, kept);
    if (objective === 'max-min-rate') {
      if (cost <= budget) bestMinimum = Math.max(bestMinimum, meetsTargets(placed, 0).minimum);
    } else if (cost < bestCost && meetsTargets(placed).ok) bestCost = cost;
  }
  return { bestCost, bestMinimum };
}

/** A random connected fibre network: two stations, up to `sites` candidate trusted nodes, one or two requests. */
const randomNetwork = (maxSites: number, maxExtraFibres = 6) =>
  fc
    .record({
      sites: fc.integer({ min: Math.min(4, maxSites), max: maxSites }),
      lengths: fc.array(fc.integer({ min: 8, max: 70 }), { minLength: 40, maxLength: 40 }),
      parents: fc.array(fc.nat(), { minLength: 20, maxLength: 20 }),
      extra: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: maxExtraFibres }),
      costs: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 20, maxLength: 20 }),
      targets: fc.tuple(fc.constantFrom(30, 100, 400, 1500), fc.constantFrom(30, 100, 400)),
      twoRequests: fc.boolean(),
    })
    .map(({ sites, lengths, parents, extra, costs, targets, twoRequests }) => {
      const ids = ['A', 'B', 'C', ...Array.from({ length: sites }, (_, i) => `T${i}`)];
      const { links, add } = uniqueLinks();
      // A random tree keeps it connected; extra fibres make rings and alternatives.
      for (let i = 1; i < ids.length; i++) add(ids[parents[i % parents.length]! % i]!, ids[i]!);
      for (const [a, b] of extra) add(ids[a % ids.length]!, ids[b % ids.length]!);
      const input: ScenarioInput = {
        version: 2,
        nodes: ids.map((id, i) => ({
          id, position: { x: i * 50, y: 0 }, params: {},
          ...(id.startsWith('T') ? { kind: 'trusted-node' as const, candidate: true, costUnits: costs[i]! } : { kind: 'ground-station' as const }),
        })) as ScenarioInput['nodes'],
        links: links.map((l, i) => ({ id: `f${i}`, kind: 'fiber', ...l, params: { lengthKm: lengths[i % lengths.length]! } })),
        requests: [
          { id: 'ab', protocol: 'bb84-decoy', source: 'A', target: 'B', minKeyRateBitsPerSecond: targets[0], params: {} },
          ...(twoRequests ? [{ id: 'ac', protocol: 'bb84-decoy' as const, source: 'A', target: 'C', minKeyRateBitsPerSecond: targets[1], params: {} }] : []),
        ],
      };
      return parsed(input);
    });

/**
 * Brute force for k disjoint routes, apart from the optimiser's flow: every loopless path of the placed design through
 * trusted nodes whose every hop gives the target (the engine's own hop model), then whether k of them share no inner
 * node and no pair of nodes.
 */
function disjointServed(placed: Scenario, k: number): boolean {
  const nodes = new Map(placed.nodes.map((n) => [n.id, n]));
  return placed.requests.every((request) => {
    const target = request.minKeyRateBitsPerSecond;
    if (target === undefined) return true;
    const paths: string[][] = [];
    const path = [request.source];
    const walk = (at: string) => {
      for (const link of placed.links) {
        if (link.source !== at && link.target !== at) continue;
        const next = link.source === at ? link.target : link.source;
        if (path.includes(next)) continue;
        if (hopKeyRateBitsPerSecond(request as Bb84Request, nodes.get(at)!, nodes.get(next)!, link) < target) continue;
        path.push(next);
        if (next === request.target) paths.push([...path]);
        else if (nodes.get(next)!.kind === 'trusted-node') walk(next);
        path.pop();
      }
    };
    walk(request.source);
    const marks = paths.map((p) => [...p.slice(1, -1), ...p.slice(1).map((b, i) => [p[i]!, b].sort().join('|'))]);
    const pack = (from: number, used: Set<string>, count: number): boolean =>
      count >= k || marks.slice(from).some((m, i) => !m.some((x) => used.has(x)) && pack(from + i + 1, new Set([...used, ...m]), count + 1));
    return pack(0, new Set(), 0);
  });
}

describe('relay placement', () => {
  it('with k node-disjoint routes, equals brute force over every subset of up to 10 candidate sites', async () => {
    const solve = await nodeSolver();
    fc.assert(
      fc.property(randomNetwork(10, 14), fc.constantFrom(2, 2, 3), (scenario, k) => {
        const candidates = scenario.nodes.filter((n) => 'candidate' in n && n.candidate);
        let best = Infinity;
        for (let mask = 0; mask < 1 << candidates.length; mask++) {
          const kept = new Set(candidates.filter((_, i) => mask & (1 << i)).map((n) => n.id));
          if (kept.size < best && disjointServed(applyPlacement(scenario, kept), k)) best = kept.size;
        }
        const out = optimisePlacement(scenario, solve, { objective: 'fewest-relays', disjointRoutes: k, timeLimitSeconds: 30, now });
        const placed = expectBruteForceOptimum(out, best);
        if (!placed) return;
        expect(disjointServed(placed.scenario, k)).toBe(true);
        for (const r of placed.requests) if (r.minBitsPerSecond !== null) expect(r.after.disjointRoutes).toBe(k);
      }),
      { numRuns: 30 },
    );
  });

  it('keeps both sides of a ring for two disjoint routes, one side for one', async () => {
    const solve = await nodeSolver();
    const ids = ['A', 'T1', 'T2', 'B', 'T3', 'T4'];
    const scenario = parsed({
      version: 2,
      nodes: ids.map((id, i) => ({ id, position: { x: i * 100, y: 0 }, params: {}, ...(id.startsWith('T') ? { kind: 'trusted-node' as const, candidate: true } : { kind: 'ground-station' as const }) })) as ScenarioInput['nodes'],
      links: ids.map((id, i) => ({ id: `f${i}`, kind: 'fiber', source: id, target: ids[(i + 1) % ids.length]!, params: { lengthKm: 40 } })),
      requests: [{ id: 'key', protocol: 'bb84-decoy', source: 'A', target: 'B', minKeyRateBitsPerSecond: 500, params: {} }],
    });
    const one = optimisePlacement(scenario, solve, { objective: 'fewest-relays', timeLimitSeconds: 10, now });
    const two = optimisePlacement(scenario, solve, { objective: 'fewest-relays', disjointRoutes: 2, timeLimitSeconds: 10, now });
    const three = optimisePlacement(scenario, solve, { objective: 'fewest-relays', disjointRoutes: 3, timeLimitSeconds: 10, now });
    expect(one.ok && one.chosen.length).toBe(2);
    expect(two.ok && [two.chosen.length, two.requests[0]!.after.disjointRoutes]).toEqual([4, 2]);
    expect(three.ok).toBe(false);
    if (!three.ok) expect(three.message).toMatch(/^request key cannot reach 500 bit\/s on 3 node-disjoint routes/);
  });

  it('keeps the closed-form count of trusted nodes on a line: one per longest hop that meets the target', async () => {
    const solve = await nodeSolver();
    for (const [sites, spanKm, target] of [[10, 20, 50], [9, 15, 1000], [12, 10, 2500], [6, 30, 10]] as const) {
      const scenario = lineScenario(sites, spanKm, target);
      const nodes = new Map(scenario.nodes.map((n) => [n.id, n]));
      const request = scenario.requests[0] as Bb84Request;
      // Longest hop that meets the target, in whole spans: the rate falls with length, so count up until it fails.
      let spansPerHop = 0;
      while (spansPerHop < sites + 1 && hopKeyRateBitsPerSecond(request, nodes.get('T1')!, nodes.get('T2')!, { kind: 'fiber', params: { ...scenario.links[0]!.params, lengthKm: spanKm * (spansPerHop + 1) } }) >= target) spansPerHop++;
      expect(spansPerHop).toBeGreaterThan(0);
      const expected = Math.ceil((sites + 1) / spansPerHop) - 1;
      const out = optimisePlacement(scenario, solve, { objective: 'fewest-relays', timeLimitSeconds: 30, now });
      expect(out.ok).toBe(true);
      if (!out.ok) return;
      expect(out.chosen).toHaveLength(expected);
      expect(out.optimal).toBe(true);
      expect(out.requests[0]!.after.keyRateBitsPerSecond).toBeGreaterThanOrEqual(target);
    }
  });

  it.each(['fewest-relays', 'lowest-cost'] as const)('equals brute force over every subset of up to 12 candidate sites (%s)', async (objective) => {
    const solve = await nodeSolver();
    fc.assert(
      fc.property(randomNetwork(12), (scenario) => {
        const brute = bruteForce(scenario, objective);
        const out = optimisePlacement(scenario, solve, { objective, timeLimitSeconds: 30, now });
        if (!Number.isFinite(brute.bestCost)) {
          expect(out.ok).toBe(false);
          return;
        }
        expect(out.ok).toBe(true);
        if (!out.ok) return;
        expect(out.objectiveValue).toBe(brute.bestCost);
        expect(out.optimal).toBe(true);
        // The proposal itself meets every target when the engine evaluates it, and is a valid document.
        expect(meetsTargets(out.scenario).ok).toBe(true);
        expect(parseScenario(out.scenario).ok).toBe(true);
      }),
      { numRuns: 6 },
    );
  });

  it('finds the highest minimum key rate within a budget, as brute force does', async () => {
    const solve = await nodeSolver();
    fc.assert(
      fc.property(randomNetwork(8), fc.integer({ min: 0, max: 8 }), (scenario, budget) => {
        const brute = bruteForce(scenario, 'max-min-rate', budget);
        const out = optimisePlacement(scenario, solve, { objective: 'max-min-rate', budgetCostUnits: budget, timeLimitSeconds: 30, now });
        if (!(brute.bestMinimum > 0)) return;
        expect(out.ok).toBe(true);
        if (!out.ok) return;
        expect(out.objectiveValue).toBeCloseTo(brute.bestMinimum, 6);
        expect(meetsTargets(out.scenario, 0).minimum).toBeCloseTo(brute.bestMinimum, 6);
      }),
      { numRuns: 6 },
    );
  });

  it('when the time limit comes first, falls back to the greedy placement, still meeting every target, and reports the gap', async () => {
    const real = await nodeSolver();
    // The integer program "runs out of time" with nothing found; the linear relaxation (no Binary section) still solves.
    const outOfTime: MilpSolve = (lp, options) => (lp.includes('\nBinary\n') ? { status: 'time-limit', objective: NaN, values: {} } : real(lp, options));
    const scenario = lineScenario(10, 20, 50);
    const out = optimisePlacement(scenario, outOfTime, { objective: 'fewest-relays', timeLimitSeconds: 5, now });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.method).toBe('greedy');
    expect(out.optimal).toBe(false);
    expect(out.bound).toBeLessThanOrEqual(out.objectiveValue);
    expect(out.gap).toBeCloseTo((out.objectiveValue - out.bound) / out.objectiveValue, 12);
    expect(meetsTargets(out.scenario).ok).toBe(true);
  });

  it('names the request that cannot be met and the best it could get', async () => {
    const solve = await nodeSolver();
    const out = optimisePlacement(lineScenario(3, 50, 1e6), solve, { objective: 'fewest-relays', timeLimitSeconds: 10, now });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.requestId).toBe('key');
    expect(out.bestBitsPerSecond).toBeGreaterThan(0);
    expect(out.bestBitsPerSecond).toBeLessThan(1e6);
    expect(out.message).toMatch(/request key cannot reach 1000000 bit\/s/);
  });

  it('splices the fibres through a candidate not kept into one span with the summed loss and delay', () => {
    const scenario = lineScenario(2, 20, 50);
    const placed = applyPlacement(scenario, new Set(['T1']));
    expect(placed.nodes.map((n) => n.id)).toEqual(['A', 'T1', 'B']);
    const spliced = placed.links.find((l) => l.source === 'T1' || l.target === 'T1' ? l.source === 'B' || l.target === 'B' : false)!;
    expect(spliced.params.lengthKm).toBe(40);
    const before = networkAt(scenario).links;
    const after = networkAt(placed).links.find((l) => l.id === spliced.id)!;
    expect(after.lossDb).toBeCloseTo(before[1]!.lossDb + before[2]!.lossDb, 12);
    expect(after.latencySeconds).toBeCloseTo(before[1]!.latencySeconds + before[2]!.latencySeconds, 15);
  });
});
