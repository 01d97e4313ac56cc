import { describe, expect, it } from 'vitest';
import { satellitePass } from '../scenario/examples/satellite-pass';
import { parseScenario } from '../scenario/validate';
import { evaluateScenario } from './evaluate';
import { satellitePasses } from './satellite-passes';
import { miciusXinglong } from '../scenario/examples/micius-xinglong';

const scenario = (() => {
  const parsed = parseScenario(satellitePass.scenario);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.scenario;
})();

describe('satellitePasses', () => {
  it('finds the example’s passes where its card says: Graz at about 2 min, Xinglong about 4 h later', () => {
    const list = satellitePasses(scenario, 'micius');
    if (!list.ok) throw new Error(list.error);
    const graz = list.stations.find((s) => s.stationId === 'graz')!;
    const xinglong = list.stations.find((s) => s.stationId === 'xinglong')!;
    expect(graz.passes[0]!.riseSeconds).toBeLessThan(5 * 60);
    expect(xinglong.passes[0]!.riseSeconds / 3600).toBeGreaterThan(3.5);
    expect(xinglong.passes[0]!.riseSeconds / 3600).toBeLessThan(4.6);
    for (const pass of [...graz.passes, ...xinglong.passes]) {
      expect(pass.durationSeconds).toBeGreaterThan(0);
      // A LEO pass above a few degrees lasts minutes, never more than about a quarter of the ~94.5 min orbit.
      expect(pass.durationSeconds).toBeLessThan(25 * 60);
      expect(pass.maxElevationDeg).toBeGreaterThanOrEqual(graz.minElevationDeg);
    }
  });

  it('agrees with the link the engine evaluates: in view inside a pass, dormant outside', () => {
    const list = satellitePasses(scenario, 'micius');
    if (!list.ok) throw new Error(list.error);
    const pass = list.stations.find((s) => s.stationId === 'graz')!.passes[0]!;
    const linkAt = (t: number) => evaluateScenario(scenario, t).links.find((l) => l.id === 'downlink-graz')!;
    expect(linkAt(pass.maxElevationSeconds).unavailableReason).toBeNull();
    expect(linkAt(pass.maxElevationSeconds).elevationDeg).toBeCloseTo(pass.maxElevationDeg, 1);
    expect(linkAt(pass.setSeconds + 60).unavailableReason).not.toBeNull();
  });

  it('refuses a node that is not a satellite', () => {
    expect(satellitePasses(scenario, 'graz')).toEqual({ ok: false, error: 'graz is not a satellite' });
  });

  it('dates the passes of a real orbit: the Micius example starts at its settings.startTimeUtc', () => {
    const example = parseScenario(miciusXinglong.scenario);
    if (!example.ok) throw new Error(example.errors.join('; '));
    const list = satellitePasses(example.scenario, 'micius');
    if (!list.ok) throw new Error(list.error);
    expect(list.startTimeUtcMs).toBe(Date.parse('2016-12-19T16:45:00Z'));
    const pass = list.stations[0]!.passes[0]!;
    // Above Xinglong's 10° from 16:48:44 to 16:55:40 UTC.
    expect(Math.abs(pass.riseSeconds - (3 * 60 + 44))).toBeLessThan(5);
    expect(Math.abs(pass.setSeconds - (10 * 60 + 40))).toBeLessThan(5);
    expect(satellitePasses(scenario, 'micius')).toMatchObject({ startTimeUtcMs: null });
  });
});
