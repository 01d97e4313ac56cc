import { describe, expect, it } from 'vitest';
import type { Evaluation } from '../../engine/results';
import { defaultScenario } from '../../scenario/default-scenario-parsed';
import { distanceLengths } from './distance-lengths';
import { distanceTarget } from './distance-target';

const scenario = defaultScenario();
const evaluation = { links: [], requests: [{ id: 'key-1', hops: [{ linkId: 'fiber-1' }] }, { id: 'lost', hops: [] }] } as unknown as Evaluation;

describe('distanceTarget', () => {
  it('follows the selected link, the selected request’s first hop, or else the first routed request', () => {
    const expected = { ok: true, target: { linkId: 'fiber-1', requestId: 'key-1', lengthKm: 50 } };
    expect(distanceTarget(scenario, evaluation, { kind: 'link', id: 'fiber-1' })).toEqual(expected);
    expect(distanceTarget(scenario, evaluation, { kind: 'request', id: 'key-1' })).toEqual(expected);
    expect(distanceTarget(scenario, evaluation, null)).toEqual(expected);
    expect(distanceTarget(scenario, evaluation, { kind: 'node', id: 'alice' })).toEqual(expected);
  });

  it('explains why there is nothing to plot', () => {
    expect(distanceTarget(scenario, null, null)).toMatchObject({ ok: false });
    expect(distanceTarget(scenario, evaluation, { kind: 'request', id: 'lost' })).toEqual({ ok: false, reason: 'Request lost has no path.' });
    expect(distanceTarget(scenario, { links: [], requests: [] }, { kind: 'link', id: 'fiber-1' })).toEqual({ ok: false, reason: 'No request is routed over link fiber-1.' });
  });
});

describe('distanceLengths', () => {
  it('covers 0 … 300 km evenly without zero and includes the link’s own length', () => {
    const lengths = distanceLengths(47);
    expect(lengths[0]).toBeGreaterThan(0);
    expect(lengths.at(-1)).toBe(300);
    expect(lengths).toContain(47);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
  });

  it('reaches past a link longer than 300 km', () => {
    const lengths = distanceLengths(1200);
    expect(lengths.at(-1)).toBeGreaterThanOrEqual(1200 * 1.25);
    expect(lengths).toContain(1200);
  });
});
