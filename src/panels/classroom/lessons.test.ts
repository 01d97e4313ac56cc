import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../engine/evaluate';
import type { RequestResult } from '../../engine/results';
import { exampleById } from '../../scenario/examples';
import type { Scenario } from '../../scenario/schema';
import { parseScenario } from '../../scenario/validate';
import { bb84DistanceLesson } from './bb84-distance-lesson';
import { eavesdropperLesson } from './eavesdropper-lesson';
import type { Lesson } from './lesson';
import { LESSONS } from './lessons';

function exampleScenario(lesson: Lesson): Scenario {
  const parsed = parseScenario(exampleById(lesson.exampleId)!.scenario);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.scenario;
}

/** Each step applied to the example in turn, as the classroom does, and the engine's answer after it. */
function walk(lesson: Lesson): Map<string, RequestResult>[] {
  let scenario = exampleScenario(lesson);
  return lesson.steps.map((step) => {
    scenario = step.apply(scenario);
    const again = parseScenario(scenario);
    expect(again.ok ? [] : again.errors).toEqual([]);
    return new Map(evaluateScenario(scenario).requests.map((r) => [r.id, r]));
  });
}

const rate = (results: Map<string, RequestResult> | undefined, id: string) => results?.get(id)?.keyRateBitsPerSecond ?? NaN;
const qber = (results: Map<string, RequestResult> | undefined, id: string) => results?.get(id)?.qber ?? NaN;

describe('classroom lessons', () => {
  it('start from an existing example and focus on one of its requests', () => {
    for (const lesson of LESSONS) {
      expect(lesson.steps.length).toBeGreaterThanOrEqual(3);
      expect(exampleScenario(lesson).requests.map((r) => r.id)).toContain(lesson.focusRequestId);
    }
  });

  it('steps set absolute values: a step gives the same document whichever step came before', () => {
    for (const lesson of LESSONS) {
      const base = exampleScenario(lesson);
      for (const step of lesson.steps) {
        const fromBase = step.apply(base);
        for (const before of lesson.steps) expect(step.apply(before.apply(base))).toEqual(fromBase);
      }
    }
  });

  it('BB84 distance: the numbers behind each explanation', () => {
    const s = walk(bb84DistanceLesson);
    const key = (i: number) => rate(s[i], 'key-gb');
    expect(key(0)).toBeGreaterThan(400);
    expect(key(0)).toBeLessThan(600);
    expect(key(0) / key(1)).toBeGreaterThan(8); // "about tenfold"
    expect(key(0) / key(1)).toBeLessThan(13);
    expect(key(1) / key(2)).toBeGreaterThan(12); // "about 17 times", more than the 6.3× of 8 dB
    expect(key(1) / key(2)).toBeLessThan(22);
    expect(qber(s[2], 'key-gb')).toBeGreaterThan(0.05);
    expect(key(3)).toBe(0);
    // No intensity gives key: no operating point, so no QBER; the reason quotes the μ-independent single-photon error.
    expect(qber(s[3], 'key-gb')).toBeNaN();
    expect(s[3]!.get('key-gb')!.noKeyReason).toMatch(/single-photon error 5\.0 %/);
    expect(key(4)).toBeGreaterThan(3);
    expect(key(4)).toBeLessThan(8);
  });

  it('eavesdropper: the tapped link loses key as Eve listens more, and the clean link never changes', () => {
    const s = walk(eavesdropperLesson);
    const tapped = (i: number) => rate(s[i], 'key-tapped');
    for (const step of s) expect(rate(step, 'key-clean')).toBeCloseTo(rate(s[0], 'key-clean'), 9);
    expect(tapped(0)).toBeCloseTo(rate(s[0], 'key-clean'), 9);
    expect(tapped(0)).toBeGreaterThan(700);
    expect(tapped(0)).toBeLessThan(900);
    expect(qber(s[0], 'key-tapped')).toBeCloseTo(0.033, 3);
    expect(qber(s[1], 'key-tapped')).toBeCloseTo(0.043, 3);
    expect(tapped(1) / tapped(0)).toBeGreaterThan(0.6); // "cuts the key by a third"
    expect(tapped(1) / tapped(0)).toBeLessThan(0.72);
    expect(qber(s[2], 'key-tapped')).toBeCloseTo(0.052, 3);
    expect(tapped(2) / tapped(0)).toBeGreaterThan(0.3); // "about a third"
    expect(tapped(2) / tapped(0)).toBeLessThan(0.4);
    expect(qber(s[3], 'key-tapped')).toBeCloseTo(0.072, 3);
    expect(tapped(3)).toBe(0);
    expect(qber(s[4], 'key-tapped')).toBeGreaterThan(0.11);
    expect(tapped(4)).toBe(0);
  });
});
