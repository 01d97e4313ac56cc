import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../scenario/schema';
import { parseScenario } from '../scenario/validate';
import { transmittanceFromLossDb } from './channels/fiber';
import { evaluateScenario } from './evaluate';
import { optimalBb84Decoy } from './qkd/bb84-decoy';
import { plobBitsPerChannelUse } from './qkd/plob';

const at = (x: number) => ({ x, y: 0 });
const station = (id: string, kind = 'ground-station', params = {}) => ({ id, kind, position: at(0), params }) as ScenarioInput['nodes'][number];

function evaluate(input: Omit<ScenarioInput, 'version'>) {
  const parsed = parseScenario({ version: 2, ...input });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return evaluateScenario(parsed.scenario);
}

function line(lengthsKm: number[], relayKind: string, protocol: ScenarioInput['requests'] extends (infer R)[] | undefined ? Partial<R> : never) {
  const ids = lengthsKm.map((_, i) => `n${i + 1}`);
  const nodes = [station('n0'), ...ids.slice(0, -1).map((id) => station(id, relayKind)), station(ids.at(-1)!)];
  const links = lengthsKm.map((lengthKm, i) => ({ id: `l${i}`, source: `n${i}`, target: `n${i + 1}`, kind: 'fiber' as const, params: { lengthKm } as Record<string, number> }));
  return { nodes, links, requests: [{ id: 'r', source: 'n0', target: ids.at(-1)!, params: {}, ...protocol } as NonNullable<ScenarioInput['requests']>[number]] };
}

describe('evaluateScenario: decoy BB84 through trusted nodes', () => {
  it('gives one hop exactly the decoy-BB84 model times the repetition rate', () => {
    const result = evaluate(line([50], 'trusted-node', { protocol: 'bb84-decoy' })).requests[0]!;
    const direct = optimalBb84Decoy(
      { channelTransmittance: transmittanceFromLossDb(10), detectorEfficiency: 0.045, darkCountProbability: 1.7e-6, misalignmentError: 0.033 },
      { decoyMethod: 'infinite', errorCorrectionEfficiency: 1.22, siftingFactor: 0.5, weakDecoyMeanPhotonNumber: 0.1 },
    );
    expect(result.keyRateBitsPerSecond).toBeCloseTo(direct.keyBitsPerPulse * 2e6, 6);
    expect(result.path).toEqual(['n0', 'n1']);
  });

  it('relays key through trusted nodes at the rate of the weakest hop and adds the delays', () => {
    const relayed = evaluate(line([30, 90, 40], 'trusted-node', { protocol: 'bb84-decoy' })).requests[0]!;
    const alone90 = evaluate(line([90], 'trusted-node', { protocol: 'bb84-decoy' })).requests[0]!;
    expect(relayed.keyRateBitsPerSecond).toBeCloseTo(alone90.keyRateBitsPerSecond, 9);
    expect(relayed.latencySeconds).toBeCloseTo((160 * 1.468) / 299792.458, 12);
  });

  it('cannot relay BB84 through a repeater and says why', () => {
    const result = evaluate(line([30, 30], 'repeater', { protocol: 'bb84-decoy' })).requests[0]!;
    expect(result.path).toEqual([]);
    expect(result.noKeyReason).toMatch(/joined only through nodes that cannot relay \(only trusted nodes and satellites can relay BB84 key\)/);
  });

  it('shows a full intercept-resend eavesdropper as a QBER near 25 % and no key', () => {
    const input = line([20], 'trusted-node', { protocol: 'bb84-decoy' });
    input.links[0]!.params = { lengthKm: 20, interceptedFraction: 1 };
    const result = evaluate(input).requests[0]!;
    expect(result.qber).toBeGreaterThan(0.25);
    expect(result.qber).toBeLessThan(0.28);
    expect(result.keyRateBitsPerSecond).toBe(0);
    expect(result.noKeyReason).toMatch(/eavesdropper detected/);
  });

  it('gives less key for a short finite block than asymptotically, and none for a tiny one', () => {
    const asymptotic = evaluate(line([50], 'trusted-node', { protocol: 'bb84-decoy', decoyMethod: 'vacuum-weak' })).requests[0]!;
    const block = evaluate(line([50], 'trusted-node', { protocol: 'bb84-decoy', finiteKeyBlockPulses: 1e10 })).requests[0]!;
    const tiny = evaluate(line([50], 'trusted-node', { protocol: 'bb84-decoy', finiteKeyBlockPulses: 1e5 })).requests[0]!;
    expect(block.keyRateBitsPerSecond).toBeGreaterThan(0);
    expect(block.keyRateBitsPerSecond).toBeLessThan(asymptotic.keyRateBitsPerSecond);
    expect(tiny.keyRateBitsPerSecond).toBe(0);
    expect(tiny.noKeyReason).toMatch(/too short/);
  });

  it('judges an eavesdropped finite-key hop with the vacuum + weak decoy its blocks use, whatever decoyMethod says', () => {
    const tapped = (decoyMethod: 'infinite' | 'vacuum-weak', optimiseDecoySettings?: boolean) => {
      const input = line([20], 'trusted-node', { protocol: 'bb84-decoy', decoyMethod, finiteKeyBlockPulses: 1e12, ...(optimiseDecoySettings ? { optimiseDecoySettings } : {}) });
      input.links[0]!.params = { lengthKm: 20, interceptedFraction: 0.02 };
      return evaluate(input).requests[0]!.hops[0]!;
    };
    expect(tapped('infinite').qber).toBeGreaterThan(0);
    expect(tapped('infinite')).toEqual(tapped('vacuum-weak'));
    expect(tapped('infinite', true)).toEqual(tapped('vacuum-weak', true));
  });
});

describe('evaluateScenario: end-to-end optical protocols', () => {
  it('BBM92 with the source in the middle outlasts the source at one end', () => {
    const middle = evaluate(line([100, 100], 'trusted-node', { protocol: 'bbm92' })).requests[0]!;
    const end = evaluate(line([100, 100], 'trusted-node', { protocol: 'bbm92', sourcePlacement: 'source-end' })).requests[0]!;
    expect(middle.keyRateBitsPerSecond).toBeGreaterThan(0);
    expect(end.keyRateBitsPerSecond).toBe(0);
  });

  it('twin-field QKD beats the repeaterless bound over 360 km, which BB84 cannot reach at all', () => {
    const tf = evaluate(line([180, 180], 'trusted-node', { protocol: 'tf-qkd' })).requests[0]!;
    const plob = plobBitsPerChannelUse(transmittanceFromLossDb(72)) * 2e6;
    expect(tf.plobBitsPerSecond).toBeCloseTo(plob, 12);
    expect(tf.keyRateBitsPerSecond).toBeGreaterThan(plob);
    const bb84 = evaluate(line([360], 'trusted-node', { protocol: 'bb84-decoy' })).requests[0]!;
    expect(bb84.keyRateBitsPerSecond).toBe(0);
  });
});

describe('evaluateScenario: entanglement through repeaters', () => {
  it('delivers pairs through a repeater chain with fidelity below the elementary links and reproducibly for a seed', () => {
    const input = line([25, 25], 'repeater', { protocol: 'entanglement', params: { monteCarloTrials: 500 } });
    const first = evaluate(input).requests[0]!;
    const second = evaluate(input).requests[0]!;
    expect(first.entanglementRatePairsPerSecond).toBeGreaterThan(0);
    expect(first.fidelity).toBeLessThan(0.98);
    expect(first.fidelity).toBeGreaterThan(0.5);
    expect(second).toEqual(first);
  });

  it('reports a request whose fidelity threshold is not met', () => {
    const input = line([25, 25], 'repeater', { protocol: 'entanglement', minFidelity: 0.99, params: { monteCarloTrials: 300 } });
    const result = evaluate(input).requests[0]!;
    expect(result.noKeyReason).toMatch(/^no pair: no route reaches the minimum fidelity 0.99 \(checked any of the 1 possible path\(s\); the best reaches 0\.\d+ over /);
    expect(result.entanglementRatePairsPerSecond).toBe(0);
    expect(result.fidelity).toBeNaN();
  });
});
