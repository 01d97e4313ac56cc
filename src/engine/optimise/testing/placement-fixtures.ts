import highsLoader from 'highs';
import type { Scenario, ScenarioInput } from '../../../scenario/schema';
import { expect } from 'vitest';
import { validated as parsed } from '../../../scenario/testing/validated';
import { highsSolve } from '../highs-solve';
import type { MilpSolve } from '../milp-solver';
import type { OptimiseOutcome } from '../optimise-placement';

/** Seconds for the optimiser's time limit; the engine takes its clock as an argument, so Node's timer stands in. */
export const testClock = () => performance.now() / 1000;

let solver: Promise<MilpSolve> | null = null;
/** HiGHS loaded once per test file (Node finds its .wasm beside the module). */
export function nodeSolver(): Promise<MilpSolve> {
  return (solver ??= highsLoader().then(highsSolve));
}

export { parsed };

/** Stations A and B joined by a line of `sites` candidate trusted nodes, every fibre `spanKm` long. */
export function lineScenario(sites: number, spanKm: number, minKeyRateBitsPerSecond: number): Scenario {
  const ids = ['A', ...Array.from({ length: sites }, (_, i) => `T${i + 1}`), 'B'];
  return parsed({
    version: 2,
    nodes: ids.map((id, i) => ({
      id, kind: id === 'A' || id === 'B' ? 'ground-station' : 'trusted-node', position: { x: i * 100, y: 0 }, params: {},
      ...(id === 'A' || id === 'B' ? {} : { candidate: true }),
    })) as ScenarioInput['nodes'],
    links: ids.slice(1).map((id, i) => ({ id: `f${i}`, kind: 'fiber', source: ids[i]!, target: id, params: { lengthKm: spanKm } })),
    requests: [{ id: 'key', protocol: 'bb84-decoy', source: 'A', target: 'B', minKeyRateBitsPerSecond, params: {} }],
  });
}

/** Stations A and B joined by a line of `sites` candidate repeaters, every fibre `spanKm` long, and an entanglement request. */
export function repeaterLineScenario(sites: number, spanKm: number, minFidelity: number, minKeyRateBitsPerSecond?: number): Scenario {
  const ids = ['A', ...Array.from({ length: sites }, (_, i) => `R${i + 1}`), 'B'];
  return parsed({
    version: 2,
    nodes: ids.map((id, i) => ({
      id, position: { x: i * 100, y: 0 }, params: {},
      ...(id === 'A' || id === 'B' ? { kind: 'ground-station' as const } : { kind: 'repeater' as const, candidate: true }),
    })) as ScenarioInput['nodes'],
    links: ids.slice(1).map((id, i) => ({ id: `f${i}`, kind: 'fiber', source: ids[i]!, target: id, params: { lengthKm: spanKm } })),
    requests: [{ id: 'pairs', protocol: 'entanglement', source: 'A', target: 'B', minFidelity, ...(minKeyRateBitsPerSecond ? { minKeyRateBitsPerSecond } : {}), params: { monteCarloTrials: 200 } }],
  });
}

/** Fibres of a random test network: each pair of ends at most once, never a node to itself. */
export function uniqueLinks() {
  const pairs = new Set<string>();
  const links: { source: string; target: string }[] = [];
  const add = (a: string, b: string) => {
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    if (a === b || pairs.has(key)) return;
    pairs.add(key);
    links.push({ source: a, target: b });
  };
  return { links, add };
}

/** The optimiser against brute force's best objective: refused where brute force found nothing, else proven and equal. Returns the placement, if any. */
export function expectBruteForceOptimum(out: OptimiseOutcome, best: number): Extract<OptimiseOutcome, { ok: true }> | null {
  if (!Number.isFinite(best)) {
    expect(out.ok).toBe(false);
    return null;
  }
  expect(out.ok, out.ok ? '' : out.message).toBe(true);
  if (!out.ok) return null;
  expect(out.objectiveValue).toBe(best);
  expect(out.optimal).toBe(true);
  return out;
}
