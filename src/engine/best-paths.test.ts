import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../scenario/schema';
import { parseScenario } from '../scenario/validate';
import { bestPaths } from './best-paths';
import { evaluateScenario } from './evaluate';

function scenario(input: Omit<ScenarioInput, 'version'>) {
  const parsed = parseScenario({ version: 2, ...input });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.scenario;
}

const at = { x: 0, y: 0 };
const gs = (id: string) => ({ id, kind: 'ground-station' as const, position: at, params: {} });
const tn = (id: string) => ({ id, kind: 'trusted-node' as const, position: at, params: {} });
const fiber = (id: string, source: string, target: string, lengthKm: number) => ({ id, source, target, kind: 'fiber' as const, params: { lengthKm } });
const key = (id: string, source: string, target: string) => ({ id, source, target, protocol: 'bb84-decoy' as const, params: {} });

/** Three routes from a to b: through t1 (20 + 20 km), through t2 (30 + 30 km) and a direct 100 km fiber. */
const diamond = scenario({
  nodes: [gs('a'), tn('t1'), tn('t2'), gs('b')],
  links: [fiber('a-t1', 'a', 't1', 20), fiber('t1-b', 't1', 'b', 20), fiber('a-t2', 'a', 't2', 30), fiber('t2-b', 't2', 'b', 30), fiber('a-b', 'a', 'b', 100)],
  requests: [key('r', 'a', 'b')],
});

/** A trusted-node chain runs at its weakest hop: the key of one fiber of this length on its own. */
const singleHopRate = (lengthKm: number) =>
  evaluateScenario(scenario({ nodes: [gs('a'), gs('b')], links: [fiber('l', 'a', 'b', lengthKm)], requests: [key('r', 'a', 'b')] })).requests[0]!.keyRateBitsPerSecond;

describe('best paths of a request', () => {
  it('lists the routes best first, starting with the one the engine uses, each with the key it would give alone', () => {
    const result = bestPaths(diamond, 'r', 5);
    if (!result.ok) throw new Error(result.error);
    expect(result.paths.map((p) => p.path)).toEqual([['a', 't1', 'b'], ['a', 't2', 'b'], ['a', 'b']]);
    expect(result.paths[0]!.path).toEqual(evaluateScenario(diamond).requests[0]!.path);
    expect(result.paths.map((p) => p.linkIds)).toEqual([['a-t1', 't1-b'], ['a-t2', 't2-b'], ['a-b']]);
    [20, 30, 100].forEach((km, i) => expect(result.paths[i]!.keyRateBitsPerSecond).toBeCloseTo(singleHopRate(km), 6));
    // Latency adds up along the fiber: 60 km against 40 km.
    expect(result.paths[1]!.latencySeconds).toBeCloseTo(result.paths[0]!.latencySeconds * 1.5, 12);
  });

  it('returns only as many as asked, and says why when there are none or the question is wrong', () => {
    const two = bestPaths(diamond, 'r', 2);
    expect(two.ok && two.paths).toHaveLength(2);
    expect(bestPaths(diamond, 'nope', 2)).toEqual({ ok: false, error: 'no request "nope"' });
    expect(bestPaths(diamond, 'r', 0)).toEqual({ ok: false, error: 'ask for 1 to 5 paths' });
    const cut = scenario({ nodes: [gs('a'), gs('b')], links: [], requests: [key('r', 'a', 'b')] });
    expect(bestPaths(cut, 'r', 3)).toMatchObject({ ok: false, error: expect.any(String) });
  });
});
