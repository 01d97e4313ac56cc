import type { Scenario } from '../../scenario/schema';
import { networkAt } from '../evaluate';
import { evaluateRequest } from '../requests/evaluate-request';
import { applyPlacement } from './apply-placement';
import { chainExists, disjointChains, disjointRoutes, greedyPlacement, placementServes } from './greedy-placement';
import type { MilpSolve } from './milp-solver';
import { buildPlacementInstance, plannedRequests, type PlacementInstance } from './placement-instance';
import { placementLp } from './placement-milp';
import { MAX_CHAINS_PER_REQUEST, plannedChainRequests } from './repeater-chains';

export const OBJECTIVES = ['fewest-relays', 'lowest-cost', 'max-min-rate'] as const;
export type Objective = (typeof OBJECTIVES)[number];

export interface OptimiseOptions {
  objective: Objective;
  minKeyRateBitsPerSecond?: number;
  /** Overrides every entanglement request's own minFidelity (the delivered fidelity its repeater chain must reach). */
  minFidelity?: number;
  /** Node-disjoint routes each planned request needs, each meeting its targets (default 1). */
  disjointRoutes?: number;
  /** Most cost units the kept candidates may add up to (max-min-rate); left out means no limit. */
  budgetCostUnits?: number;
  timeLimitSeconds: number;
  onProgress?: (progress: { stage: string; fraction: number }) => void;
  /** Wall clock in seconds, injected so the engine stays free of timers. */
  now: () => number;
}

export interface RequestFigures {
  id: string;
  minBitsPerSecond: number | null;
  minFidelity: number | null;
  before: RequestResult;
  after: RequestResult & { disjointRoutes?: number };
}

/** A request's figures as the engine evaluates the design: key rate, delivered fidelity (null for QKD) and route. */
export type RequestResult = { keyRateBitsPerSecond: number; fidelity: number | null; path: string[] };

export type OptimiseOutcome =
  | {
      ok: true;
      chosen: string[];
      /** Candidates not chosen: each becomes a fibre junction. */
      removed: string[];
      objective: Objective;
      objectiveValue: number;
      /** Proven best objective value (lowest cost, or highest minimum rate) the search could establish. */
      bound: number;
      /** Relative distance between objectiveValue and bound; 0 when proven optimal. */
      gap: number;
      optimal: boolean;
      method: 'milp' | 'greedy';
      seconds: number;
      requests: RequestFigures[];
      scenario: Scenario;
    }
  | { ok: false; message: string; requestId: string | null; bestBitsPerSecond: number | null; bestFidelity: number | null; seconds: number };

const aloneRates = (scenario: Scenario) => {
  const { index } = networkAt(scenario, 0);
  return new Map(scenario.requests.map((r) => [r.id, evaluateRequest(index, r)]));
};

/**
 * Chooses which candidate sites to keep as trusted-node relays or repeaters so every planned request meets its
 * targets (key rate for BB84, delivered fidelity and optionally key rate for entanglement, on k disjoint routes):
 * exactly by a mixed-integer program (placement-milp.ts) within the time limit, else the best of the solver's
 * incumbent and a greedy removal, with the gap to the LP bound reported.
 */
export function optimisePlacement(scenario: Scenario, solve: MilpSolve, options: OptimiseOptions): OptimiseOutcome {
  const started = options.now();
  const elapsed = () => options.now() - started;
  const requests = plannedRequests(scenario, { minKeyRateBitsPerSecond: options.minKeyRateBitsPerSecond, allRequests: options.objective === 'max-min-rate' });
  const chainTargets = { minFidelity: options.minFidelity, minKeyRateBitsPerSecond: options.minKeyRateBitsPerSecond, outOfTime: () => elapsed() > options.timeLimitSeconds };
  const entanglement = plannedChainRequests(scenario, chainTargets);
  const k = options.disjointRoutes ?? 1;
  const fail = (message: string, requestId: string | null = null, best: number | null = null, bestFidelity: number | null = null): OptimiseOutcome => ({
    ok: false, message, requestId, bestBitsPerSecond: best, bestFidelity, seconds: elapsed(),
  });
  if (options.objective === 'max-min-rate' && requests.length === 0) return fail('the design has no decoy-BB84 request to plan for');
  if (requests.length === 0 && entanglement.length === 0) {
    return fail('no request has a target: set a key rate for decoy-BB84 (minKeyRateBitsPerSecond, or --min-key-rate) or a minimum fidelity for entanglement (minFidelity, or --min-fidelity)');
  }
  options.onProgress?.({ stage: 'hops', fraction: 0 });
  const instance = buildPlacementInstance(scenario, requests, { requests: entanglement, targets: chainTargets }, k, (fraction) => options.onProgress?.({ stage: 'hops', fraction }));
  // Keeping every trusted-node site (and no repeater, which would cut a key relay) gives every key relay its shortest
  // hops, so a key-rate target it cannot meet cannot be met at all.
  const relaysKept = new Set(instance.candidates.filter((c) => c.kind === 'trusted-node').map((c) => c.id));
  const bestPossible = aloneRates(applyPlacement(scenario, relaysKept));
  const routes = k > 1 ? ` on ${k} node-disjoint routes` : '';
  for (const p of options.objective === 'max-min-rate' ? [] : requests) {
    if (!chainExists(instance, relaysKept, requests.indexOf(p), p.minBitsPerSecond)) {
      const best = bestPossible.get(p.request.id)!.keyRateBitsPerSecond;
      return fail(`request ${p.request.id} cannot reach ${p.minBitsPerSecond} bit/s${routes} with every candidate site kept; the best it can get is ${best} bit/s${k > 1 ? ' on its best route' : ''}`, p.request.id, best);
    }
  }
  for (const [r, c] of instance.chainRequests.entries()) {
    if (disjointChains(instance, null, r, k) >= k) continue;
    const target = `fidelity ${c.minFidelity}${c.minBitsPerSecond !== null ? ` and ${c.minBitsPerSecond} bit/s` : ''}${routes}`;
    const best = Number.isNaN(c.bestFidelity) ? 'no repeater chain joins its ends' : `the best fidelity any chain gets is ${c.bestIsBound ? 'at most ' : ''}${c.bestFidelity.toFixed(4)}`;
    if (c.truncated) {
      return fail(`request ${c.request.id}: no chain found reaching ${target} before the listing stopped (at the time limit or ${MAX_CHAINS_PER_REQUEST} chains); allow more time or mark fewer candidate sites`, c.request.id, null, Number.isNaN(c.bestFidelity) ? null : c.bestFidelity);
    }
    const found = k > 1 && c.chains.length > 0 ? `at most ${disjointChains(instance, null, r, k)} disjoint chain(s) meet it; ` : '';
    return fail(`request ${c.request.id} cannot reach ${target} with any choice of candidate sites; ${found}${best}`, c.request.id, null, Number.isNaN(c.bestFidelity) ? null : c.bestFidelity);
  }
  const costs = instance.candidates.map((c) => (options.objective === 'fewest-relays' ? 1 : c.costUnits));
  // The highest-minimum objective ignores per-request targets: it asks how far every request can be lifted together.
  const floors = requests.map((p) => (options.objective === 'max-min-rate' ? Number.MIN_VALUE : p.minBitsPerSecond));
  let result: Solved;
  if (options.objective === 'max-min-rate') {
    const best = maxMinRate(instance, solve, costs, floors, options, elapsed);
    if (!best) return fail(`no placement within the budget gives every request key; the cheapest that does costs ${minimiseCost(instance, solve, costs, floors, options.timeLimitSeconds)?.objectiveValue ?? 'more than the time allowed to find out'}`);
    result = best;
  } else {
    options.onProgress?.({ stage: 'solve', fraction: 0 });
    const solved = minimiseCost(instance, solve, costs, floors, options.timeLimitSeconds);
    const found = solved ?? fallback(instance, costs, floors, solve, options.timeLimitSeconds);
    if (!found || !Number.isFinite(found.objectiveValue)) return fail(`no choice of candidate sites meets every request's targets${routes} at once, though each can be met on its own`);
    result = found;
  }
  const optimised = applyPlacement(scenario, result.kept);
  const before = aloneRates(scenario);
  const after = aloneRates(optimised);
  const figures = (id: string, map: Map<string, ReturnType<typeof evaluateRequest>>): RequestResult => {
    const r = map.get(id)!;
    return { keyRateBitsPerSecond: r.keyRateBitsPerSecond, fidelity: Number.isFinite(r.fidelity) ? r.fidelity : null, path: r.path };
  };
  const routesAfter = (id: string): { disjointRoutes?: number } => {
    if (k === 1) return {};
    const r = requests.findIndex((p) => p.request.id === id);
    if (r >= 0) return { disjointRoutes: disjointRoutes(instance, result.kept, r, floors[r]!, k) };
    const c = instance.chainRequests.findIndex((p) => p.request.id === id);
    return c >= 0 ? { disjointRoutes: disjointChains(instance, result.kept, c, k) } : {};
  };
  const truncated = instance.chainRequests.some((c) => c.truncated);
  options.onProgress?.({ stage: 'done', fraction: 1 });
  return {
    ok: true,
    chosen: instance.candidates.filter((c) => result.kept.has(c.id)).map((c) => c.id),
    removed: instance.candidates.filter((c) => !result.kept.has(c.id)).map((c) => c.id),
    objective: options.objective,
    objectiveValue: result.objectiveValue,
    bound: result.bound,
    gap: result.gap,
    // A chain list cut short may have missed a cheaper chain: the placement is then not proven best.
    optimal: result.optimal && !truncated,
    method: result.method,
    seconds: elapsed(),
    requests: scenario.requests.map((r) => ({
      id: r.id,
      minBitsPerSecond:
        requests.find((p) => p.request.id === r.id && options.objective !== 'max-min-rate')?.minBitsPerSecond ??
        instance.chainRequests.find((c) => c.request.id === r.id)?.minBitsPerSecond ??
        null,
      minFidelity: instance.chainRequests.find((c) => c.request.id === r.id)?.minFidelity ?? null,
      before: figures(r.id, before),
      after: { ...figures(r.id, after), ...routesAfter(r.id) },
    })),
    scenario: optimised,
  };
}

type Solved = { kept: Set<string>; objectiveValue: number; bound: number; gap: number; optimal: boolean; method: 'milp' | 'greedy' };

function keptFrom(instance: PlacementInstance, values: Record<string, number>, yName: (i: number) => string): Set<string> {
  return new Set(instance.candidates.filter((_, i) => (values[yName(i)] ?? 0) > 0.5).map((c) => c.id));
}

const costOf = (instance: PlacementInstance, costs: number[], kept: Set<string>) => instance.candidates.reduce((sum, c, i) => sum + (kept.has(c.id) ? costs[i]! : 0), 0);

/** The cheapest set of kept sites meeting every threshold; null when the solver proved nothing and found nothing. */
function minimiseCost(instance: PlacementInstance, solve: MilpSolve, costs: number[], thresholds: number[], timeLimitSeconds: number, budget?: number): Solved | null {
  const lp = placementLp(instance, { thresholds, costs, budget });
  const solution = solve(lp.text, { timeLimitSeconds: Math.max(timeLimitSeconds, 0.01) });
  if (solution.status === 'optimal') {
    const kept = keptFrom(instance, solution.values, lp.yName);
    return { kept, objectiveValue: costOf(instance, costs, kept), bound: solution.objective, gap: 0, optimal: true, method: 'milp' };
  }
  if (solution.status === 'infeasible') return { kept: new Set(), objectiveValue: NaN, bound: Infinity, gap: Infinity, optimal: true, method: 'milp' };
  if (solution.status === 'time-limit' && Object.keys(solution.values).length > 0) {
    const kept = keptFrom(instance, solution.values, lp.yName);
    if (placementServes(instance, kept, thresholds)) {
      const bound = lpBound(instance, solve, costs, thresholds, timeLimitSeconds, budget);
      const value = costOf(instance, costs, kept);
      return { kept, objectiveValue: value, bound, gap: relativeGap(value, bound), optimal: false, method: 'milp' };
    }
  }
  return null;
}

/** The linear relaxation's optimum: no placement can cost less. */
function lpBound(instance: PlacementInstance, solve: MilpSolve, costs: number[], thresholds: number[], timeLimitSeconds: number, budget?: number): number {
  const relaxedBounds = instance.candidates.map((_, i) => ` 0 <= y${i} <= 1`).join('\n');
  const lp = placementLp(instance, { thresholds, costs, budget }).text.replace(/\nBinary\n[\s\S]*?\nEnd/, `\n${relaxedBounds}\nEnd`);
  const relaxed = solve(lp, { timeLimitSeconds: Math.max(timeLimitSeconds / 4, 0.01) });
  return relaxed.status === 'optimal' ? relaxed.objective : 0;
}

const relativeGap = (value: number, bound: number) => (value === 0 ? 0 : Math.max(0, (value - bound) / Math.abs(value)));

function fallback(instance: PlacementInstance, costs: number[], thresholds: number[], solve: MilpSolve, timeLimitSeconds: number): Solved | null {
  const kept = greedyPlacement(instance, costs, thresholds);
  if (!kept) return null;
  const value = costOf(instance, costs, kept);
  const bound = lpBound(instance, solve, costs, thresholds, timeLimitSeconds);
  return { kept, objectiveValue: value, bound, gap: relativeGap(value, bound), optimal: false, method: 'greedy' };
}

/**
 * Highest minimum key rate within the budget: the answer is one of the hops' rates, so bisect over them, each step a
 * feasibility program (cheapest placement meeting that rate on every request).
 */
function maxMinRate(instance: PlacementInstance, solve: MilpSolve, costs: number[], floors: number[], options: OptimiseOptions, elapsed: () => number): Solved | null {
  const levels = [...new Set(instance.arcs.flatMap((a) => a.rateBitsPerSecond))].filter((x) => x > 0 && floors.every((f) => x >= f)).sort((a, b) => a - b);
  let low = -1;
  let high = levels.length;
  let best: Solved | null = null;
  let proven = true;
  const steps = Math.ceil(Math.log2(levels.length + 1)) + 1;
  let step = 0;
  while (high - low > 1) {
    options.onProgress?.({ stage: 'solve', fraction: Math.min(step++ / steps, 0.99) });
    const mid = (low + high) >> 1;
    const level = levels[mid]!;
    const solved = minimiseCost(instance, solve, costs, floors.map(() => level), options.timeLimitSeconds - elapsed(), options.budgetCostUnits);
    if (solved && Number.isFinite(solved.objectiveValue)) {
      low = mid;
      best = solved;
      proven &&= solved.optimal;
    } else {
      if (!solved) proven = false;
      high = mid;
    }
  }
  if (!best) return null;
  const achieved = levels[low]!;
  const bound = proven ? achieved : (levels[high] ?? achieved);
  return { ...best, objectiveValue: achieved, bound, gap: relativeGap(bound, achieved) === 0 ? 0 : (bound - achieved) / bound, optimal: proven };
}
