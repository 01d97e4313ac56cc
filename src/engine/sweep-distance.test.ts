import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../scenario/default-scenario-parsed';
import { evaluateScenario } from './evaluate';
import { sweepDistance } from './sweep-distance';

const lengths = Array.from({ length: 30 }, (_, i) => 10 * (i + 1));

describe('sweepDistance', () => {
  const scenario = defaultScenario();
  const sweep = sweepDistance(scenario, 'fiber-1', 'key-1', lengths);
  if (!sweep.ok) throw new Error(sweep.error);

  it('returns one point per length, with key that falls as the fiber grows until it is gone', () => {
    expect(sweep.points.map((p) => p.lengthKm)).toEqual(lengths);
    for (let i = 1; i < sweep.points.length; i++) {
      const [a, b] = [sweep.points[i - 1]!, sweep.points[i]!];
      if (a.keyRateBitsPerSecond > 0) expect(b.keyRateBitsPerSecond).toBeLessThan(a.keyRateBitsPerSecond);
      else expect(b.keyRateBitsPerSecond).toBe(0);
    }
    expect(sweep.points[0]!.keyRateBitsPerSecond).toBeGreaterThan(0);
    // GYS parameters stop making key near 142 km, so 300 km must be past the cut-off.
    expect(sweep.points.at(-1)!.keyRateBitsPerSecond).toBe(0);
  });

  it('keeps the key rate under the PLOB bound at every length', () => {
    for (const p of sweep.points) expect(p.plobBitsPerSecond).toBeGreaterThan(p.keyRateBitsPerSecond);
  });

  it('gives PLOB = −log2(1 − 10^(−αL/10)) × repetition rate', () => {
    const link = scenario.links[0]!;
    if (link.kind !== 'fiber') throw new Error('the default link is fiber');
    const alpha = link.params.attenuationDbPerKm;
    const alice = scenario.nodes[0]!;
    if (alice.kind !== 'ground-station') throw new Error('the default sender is a ground station');
    const rate = alice.params.repetitionRateHz;
    for (const p of sweep.points) {
      const eta = 10 ** ((-alpha * p.lengthKm) / 10);
      expect(p.plobBitsPerSecond).toBeCloseTo(-Math.log2(1 - eta) * rate, 6);
    }
  });

  it('matches the ordinary evaluation at the scenario’s own length', () => {
    const own = sweepDistance(scenario, 'fiber-1', 'key-1', [scenario.links[0]!.params.lengthKm]);
    const plain = evaluateScenario(scenario).requests[0]!;
    expect(own.ok && own.points[0]!.keyRateBitsPerSecond).toBe(plain.keyRateBitsPerSecond);
    expect(own.ok && own.points[0]!.plobBitsPerSecond).toBe(plain.plobBitsPerSecond);
  });

  it('explains an unknown link or request, and skips lengths that are not positive', () => {
    expect(sweepDistance(scenario, 'nope', 'key-1', [10])).toEqual({ ok: false, error: 'no link "nope"' });
    expect(sweepDistance(scenario, 'fiber-1', 'nope', [10])).toEqual({ ok: false, error: 'no request "nope"' });
    const skipped = sweepDistance(scenario, 'fiber-1', 'key-1', [0, -1, NaN, 20]);
    expect(skipped.ok && skipped.points.map((p) => p.lengthKm)).toEqual([20]);
  });
});
