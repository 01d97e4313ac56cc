import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../../scenario/schema';
import { parseScenario } from '../../scenario/validate';
import { evaluateScenario, isTimeVarying } from '../evaluate';

// Two stations 10 km apart near Vienna joined through the air; 2016-06-21 at 10:00 UTC the Sun is about 60° up there,
// at 22:00 UTC about 13° below the horizon.
const VIENNA = { latDeg: 48.21, lonDeg: 16.37 };
const NEARBY = { latDeg: 48.3, lonDeg: 16.37 };

function groundPair(protocol: 'bb84-decoy' | 'bbm92', startTimeUtc: string, bParams: Record<string, number>, extra: object = {}) {
  const input: ScenarioInput = {
    version: 2,
    settings: { startTimeUtc },
    nodes: [
      { id: 'a', kind: 'ground-station', position: { x: 0, y: 0 }, location: VIENNA, params: {} },
      { id: 'b', kind: 'ground-station', position: { x: 300, y: 0 }, location: NEARBY, params: bParams },
    ],
    links: [{ id: 'air', source: 'a', target: 'b', kind: 'free-space', params: { lengthKm: 10, receiverApertureM: 0.3, atmosphericLossDb: 2 } }],
    requests: [{ id: 'k', source: 'a', target: 'b', protocol, params: {}, ...extra }],
  } as ScenarioInput;
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return Object.assign(evaluateScenario(parsed.scenario, 0), { scenario: parsed.scenario });
}

describe('day and night on a free-space link between two ground stations', () => {
  it('a station that needs nautical night keeps the link dark by day, and says why', () => {
    const day = groundPair('bb84-decoy', '2016-06-21T10:00:00Z', { maxSunElevationDeg: -12 });
    expect(day.links[0]!.transmittance).toBe(0);
    expect(day.links[0]!.unavailableReason).toMatch(/the Sun is \d+\.\d° up at b, above its -12° limit/);
    expect(groundPair('bb84-decoy', '2016-06-21T22:00:00Z', { maxSunElevationDeg: -12 }).links[0]!.unavailableReason).toBeNull();
  });
  it('counts the receiving station’s daylight background in BB84 by day only: the QBER rises', () => {
    const dark = groundPair('bb84-decoy', '2016-06-21T10:00:00Z', {});
    const lit = groundPair('bb84-decoy', '2016-06-21T10:00:00Z', { daylightBackgroundProbability: 1e-4 });
    expect(lit.links[0]!.backgroundByNode).toEqual({ b: 1e-4 });
    expect(lit.requests[0]!.qber).toBeGreaterThan(dark.requests[0]!.qber);
    const night = groundPair('bb84-decoy', '2016-06-21T22:00:00Z', { daylightBackgroundProbability: 1e-4 });
    expect(night.links[0]!.backgroundByNode).toBeUndefined();
    expect(night.requests[0]!.qber).toBe(dark.requests[0]!.qber);
  });
  it('counts it in BBM92 too, at the end whose telescope faces the sky', () => {
    const dark = groundPair('bbm92', '2016-06-21T10:00:00Z', {}, { sourcePlacement: 'source-end' });
    const lit = groundPair('bbm92', '2016-06-21T10:00:00Z', { daylightBackgroundProbability: 1e-3 }, { sourcePlacement: 'source-end' });
    expect(lit.requests[0]!.qber).toBeGreaterThan(dark.requests[0]!.qber);
  });
  it('makes the run re-evaluate the link as the Sun moves, only when a station minds the Sun', () => {
    expect(isTimeVarying(groundPair('bb84-decoy', '2016-06-21T10:00:00Z', { maxSunElevationDeg: -12 }).scenario)).toBe(true);
    expect(isTimeVarying(groundPair('bb84-decoy', '2016-06-21T10:00:00Z', { daylightBackgroundProbability: 1e-4 }).scenario)).toBe(true);
    expect(isTimeVarying(groundPair('bb84-decoy', '2016-06-21T10:00:00Z', {}).scenario)).toBe(false);
  });
});
