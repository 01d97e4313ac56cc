import { describe, expect, it } from 'vitest';
import { miciusXinglong } from '../../scenario/examples/micius-xinglong';
import type { ScenarioInput } from '../../scenario/schema';
import { parseScenario } from '../../scenario/validate';
import { evaluateScenario } from '../evaluate';

/** The Micius example moved to the daytime pass of the same day (03:46–03:54 UTC, 11:46 local), with station settings. */
function atDaytimePass(stationParams: Record<string, number>, startTimeUtc = '2016-12-19T03:45:00Z') {
  const input = structuredClone(miciusXinglong.scenario) as ScenarioInput;
  input.settings = { ...input.settings, startTimeUtc };
  const xinglong = input.nodes.find((n) => n.id === 'xinglong')!;
  xinglong.params = { ...xinglong.params, ...stationParams };
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  // 4.5 minutes in: the satellite is high over Xinglong (about 70°).
  return evaluateScenario(parsed.scenario, 270);
}

describe('night requirement and daylight background at a ground station', () => {
  it('keeps the daytime pass dark when the station needs nautical night, and says why', () => {
    const link = atDaytimePass({ maxSunElevationDeg: -12 }).links[0]!;
    expect(link.transmittance).toBe(0);
    expect(link.unavailableReason).toMatch(/the Sun is \d+\.\d° up at xinglong, above its -12° limit/);
  });

  it('lets the night pass through with the same requirement', () => {
    const link = atDaytimePass({ maxSunElevationDeg: -18 }, '2016-12-19T16:45:00Z').links[0]!;
    expect(link.unavailableReason).toBeNull();
  });

  it('adds sunlit-sky clicks by day: the QBER rises and the key falls, and 10⁻⁴ per gate leaves none', () => {
    const dark = atDaytimePass({}).requests[0]!;
    const lit = atDaytimePass({ daylightBackgroundProbability: 1e-5 });
    expect(lit.links[0]!.backgroundByNode).toEqual({ xinglong: 1e-5 });
    expect(lit.requests[0]!.qber).toBeGreaterThan(dark.qber + 0.004); // e0·Y0/Q ≈ 0.5 · 10⁻⁵ / 8·10⁻⁴ ≈ 0.6 %
    expect(lit.requests[0]!.keyRateBitsPerSecond).toBeLessThan(dark.keyRateBitsPerSecond);
    expect(atDaytimePass({ daylightBackgroundProbability: 1e-4 }).requests[0]!.keyRateBitsPerSecond).toBe(0);
  });

  it('changes nothing by default (day and night, no background)', () => {
    const link = atDaytimePass({}).links[0]!;
    expect(link.unavailableReason).toBeNull();
    expect(link.backgroundByNode).toBeUndefined();
  });
});
