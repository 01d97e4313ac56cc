import { describe, expect, it } from 'vitest';
import { parseScenario } from '../scenario/validate';
import type { ScenarioInput } from '../scenario/schema';
import { simulationReport } from './simulate-command';

const at = { x: 0, y: 0 };

function report(input: ScenarioInput) {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  // Through JSON, as the CLI prints it: NaN and Infinity would silently become null there.
  return JSON.parse(JSON.stringify(simulationReport({ ...parsed.scenario, settings: { durationSeconds: 1, timeStepSeconds: 1 } })));
}

describe('simulate report for researchers', () => {
  const scenario: ScenarioInput = {
    version: 2,
    nodes: [
      { id: 'a', kind: 'ground-station', position: at, params: {} },
      { id: 'r', kind: 'repeater', position: at, params: {} },
      { id: 'b', kind: 'ground-station', position: at, params: {} },
      { id: 'c', kind: 'ground-station', position: at, params: {} },
    ],
    links: [
      { id: 'ar', source: 'a', target: 'r', kind: 'fiber', params: { lengthKm: 25 } },
      { id: 'rb', source: 'r', target: 'b', kind: 'fiber', params: { lengthKm: 25 } },
      { id: 'ac', source: 'a', target: 'c', kind: 'fiber', params: { lengthKm: 0.001, attenuationDbPerKm: 0 } },
    ],
    requests: [
      { id: 'pairs', source: 'a', target: 'b', protocol: 'entanglement', params: { monteCarloTrials: 500 } },
      { id: 'key', source: 'a', target: 'c', protocol: 'bb84-decoy', decoyMethod: 'vacuum-weak', params: {} },
    ],
  };

  it('gives the delivered Bell-diagonal state with its CHSH value, visibilities and both waiting-time estimates', () => {
    const pairs = report(scenario).requests[0];
    const pair = pairs.deliveredPair;
    const w = pair.bellDiagonalState;
    expect(w.phiPlus + w.psiPlus + w.psiMinus + w.phiMinus).toBeCloseTo(1, 12);
    expect(w.phiPlus).toBeCloseTo(pairs.fidelity, 12);
    // Bell-diagonal: T is diagonal, so CHSH is 2√(sum of the two largest squared visibilities).
    const v = [pair.visibility.x, pair.visibility.y, pair.visibility.z].sort((p: number, q: number) => q - p);
    expect(pair.chshValue).toBeCloseTo(2 * Math.sqrt(v[0] ** 2 + v[1] ** 2), 12);
    expect(pair.chshValue).toBeLessThanOrEqual(2 * Math.SQRT2);
    expect(pair.meanDeliverySeconds.monteCarlo).toBeCloseTo(pairs.latencySeconds, 12);
    expect(pair.meanDeliverySeconds.exponentialApproximation).toBeGreaterThan(0);
    expect(pair.meanDeliverySeconds.sangouardThreeHalves).toBeGreaterThan(0);
    expect(pair.fidelityStages.at(-1).kind).toBe('delivered');
  });

  it('gives decoy BB84 hops their gain, single-photon yield and error, and a lossless path no PLOB number but a reason', () => {
    const key = report(scenario).requests[1];
    const hop = key.hops[0];
    expect(hop.decoy.gainPerPulse).toBeGreaterThan(0);
    expect(hop.decoy.singlePhotonYield).toBeGreaterThan(0);
    expect(hop.decoy.singlePhotonYield).toBeLessThanOrEqual(1);
    expect(hop.decoy.singlePhotonErrorRate).toBeGreaterThanOrEqual(0);
    expect(hop.decoy.singlePhotonErrorRate).toBeLessThanOrEqual(0.5);
    expect(key.plobBitsPerSecond).toBeNull();
    expect(key.plobNote).toMatch(/lossless/);
    expect(key.deliveredPair).toBeNull();
  });
});
