import { describe, expect, it } from 'vitest';
import type { ScenarioInput, ScenarioRequest } from '../../scenario/schema';
import { parseScenario } from '../../scenario/validate';
import { evaluateScenario, networkAt } from '../evaluate';
import { bb84SettingsKey, evaluateBb84Hop } from './bb84-request';
import { evaluateRequest } from './evaluate-request';

const at = { x: 0, y: 0 };
const station = (id: string, kind: 'ground-station' | 'trusted-node', params: object = {}) => ({ id, kind, position: at, params });
const fiber = (id: string, source: string, target: string, lengthKm: number, extra: object = {}) =>
  ({ id, source, target, kind: 'fiber' as const, params: { lengthKm, ...extra } });
const bb84 = (id: string, source: string, target: string, extra: object = {}) => ({ id, source, target, protocol: 'bb84-decoy' as const, params: {}, ...extra });

/** A trusted-node chain with unlike stations (so direction matters), an attacked link, and requests that differ in every setting. */
function chainScenario() {
  const input: ScenarioInput = {
    version: 2,
    nodes: [
      station('a', 'ground-station', { detectorEfficiency: 0.6, darkCountProbability: 1e-7 }),
      station('t1', 'trusted-node'),
      station('t2', 'trusted-node', { repetitionRateHz: 2e8 }),
      station('b', 'ground-station'),
    ],
    links: [fiber('a-t1', 'a', 't1', 30), fiber('t1-t2', 't1', 't2', 45, { interceptedFraction: 0.05 }), fiber('t2-b', 't2', 'b', 20, { misalignmentError: 0.02 })],
    requests: [
      bb84('plain', 'a', 'b'),
      bb84('same-as-plain', 'a', 'b'),
      bb84('reverse', 'b', 'a'),
      bb84('other-decoy', 'a', 'b', { decoyMethod: 'vacuum-weak', params: { weakDecoyMeanPhotonNumber: 0.05 } }),
      bb84('other-ec', 'a', 'b', { params: { errorCorrectionEfficiency: 1.1 } }),
      bb84('fixed-mu', 'a', 'b', { signalMeanPhotonNumber: 0.3 }),
      bb84('finite', 'a', 'b', { finiteKeyBlockPulses: 1e10 }),
      bb84('no-decoy', 'a', 'b', { decoyMethod: 'none' }),
    ],
  };
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.scenario;
}

type Bb84 = Extract<ScenarioRequest, { protocol: 'bb84-decoy' }>;

describe('BB84 hop results memoised within one evaluation', () => {
  it('gives every request exactly the hops it gets when each hop is evaluated alone on a fresh index', () => {
    const scenario = chainScenario();
    const { index } = networkAt(scenario);
    const cached = scenario.requests.map((r) => evaluateRequest(index, r));
    let hopCount = 0;
    cached.forEach((result, i) => {
      const request = scenario.requests[i] as Bb84;
      expect(result.hops).toHaveLength(3);
      result.hops.forEach((hop) => {
        hopCount++;
        // A fresh index has an empty cache, so this is the unmemoised computation.
        expect(hop).toEqual(evaluateBb84Hop(networkAt(scenario).index, request, hop.linkId, hop.from, hop.to));
      });
    });
    // 'plain' and 'same-as-plain' share entries; 'reverse' crosses the same links the other way and gets its own.
    const entries = [...index.hopCache.values()].reduce((n, byHop) => n + (byHop as Map<number, unknown>).size, 0);
    expect(entries).toBe(hopCount - 3);
  });

  it('never shares an entry between requests whose settings differ, even over the same link and direction', () => {
    const scenario = chainScenario();
    const { index } = networkAt(scenario);
    const byId = new Map(scenario.requests.map((r) => [r.id, evaluateRequest(index, r)]));
    const firstHop = (id: string) => byId.get(id)!.hops[0]!;
    expect(firstHop('same-as-plain')).toEqual(firstHop('plain'));
    for (const id of ['other-decoy', 'other-ec', 'fixed-mu', 'finite', 'no-decoy']) {
      expect(firstHop(id).linkId).toBe('a-t1');
      expect(firstHop(id)).not.toEqual(firstHop('plain'));
    }
    const keys = new Set(scenario.requests.map((r) => bb84SettingsKey(r as Bb84)));
    expect(keys.size).toBe(scenario.requests.length - 2);
  });

  it('hands each request its own hop objects', () => {
    const scenario = chainScenario();
    const evaluation = evaluateScenario(scenario);
    const [plain, same] = evaluation.requests;
    expect(plain!.hops[0]).not.toBe(same!.hops[0]);
    expect(plain!.hops[0]!.settings).not.toBe(same!.hops[0]!.settings);
  });
});
