import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../engine/evaluate';
import { orbitalPeriodSeconds } from '../../engine/orbits/circular-orbit';
import type { Evaluation, RequestResult } from '../../engine/results';
import { exampleById } from '../../scenario/examples';
import type { Scenario } from '../../scenario/schema';
import { parseScenario } from '../../scenario/validate';
import { bb84DistanceLesson } from './bb84-distance-lesson';
import { decoyLesson } from './decoy-lesson';
import { eavesdropperLesson } from './eavesdropper-lesson';
import type { Lesson } from './lesson';
import { LESSONS } from './lessons';
import { isRightAnswer, readObserved } from './observed';
import { repeaterChainLesson } from './repeater-chain-lesson';
import { DEG_PER_MINUTE, satelliteLesson } from './satellite-lesson';
import { trustedRelayLesson } from './trusted-relay-lesson';
import { twinFieldLesson } from './twin-field-lesson';

function exampleScenario(lesson: Lesson): Scenario {
  const parsed = parseScenario(exampleById(lesson.exampleId)!.scenario);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.scenario;
}

/**
 * The engine's answer at the start and the end of the run (the satellite snapshot is a one-second run in which the
 * satellite moves 7.6 km); a lesson's number must hold at both.
 */
function evaluations(scenario: Scenario): Evaluation[] {
  return [0, scenario.settings.durationSeconds].map((t) => evaluateScenario(scenario, t));
}

/** Each step applied to the example in turn, as the classroom does, and the engine's answer after it (at t = 0). */
function walk(lesson: Lesson): Map<string, RequestResult>[] {
  let scenario = exampleScenario(lesson);
  return lesson.steps.map((step) => {
    scenario = step.apply(scenario);
    const again = parseScenario(scenario);
    expect(again.ok ? [] : again.errors).toEqual([]);
    return new Map(evaluateScenario(scenario).requests.map((r) => [r.id, r]));
  });
}

/** The documents after each step, applied in turn from the example. */
function documents(lesson: Lesson): Scenario[] {
  let scenario = exampleScenario(lesson);
  return lesson.steps.map((step) => (scenario = step.apply(scenario)));
}

const rate = (results: Map<string, RequestResult> | undefined, id: string) => results?.get(id)?.keyRateBitsPerSecond ?? NaN;
const qber = (results: Map<string, RequestResult> | undefined, id: string) => results?.get(id)?.qber ?? NaN;
const get = (results: Map<string, RequestResult> | undefined, id: string) => results!.get(id)!;

describe('classroom lessons', () => {
  it('there are at least six, each from an existing example, with goals, key questions, steps and a challenge', () => {
    expect(LESSONS.length).toBeGreaterThanOrEqual(6);
    expect(new Set(LESSONS.map((l) => l.exampleId)).size).toBe(LESSONS.length);
    for (const lesson of LESSONS) {
      expect(lesson.steps.length).toBeGreaterThanOrEqual(3);
      expect(lesson.goals.length).toBeGreaterThanOrEqual(2);
      expect(lesson.keyQuestions.length).toBeGreaterThanOrEqual(2);
      expect(exampleScenario(lesson).requests.map((r) => r.id)).toContain(lesson.focusRequestId);
      expect(lesson.steps[0]!.predict).toBeUndefined();
      expect(lesson.steps.filter((s) => s.predict).length).toBeGreaterThanOrEqual(1);
      for (const step of lesson.steps) expect(step.observe).toBeDefined();
    }
  });

  it('steps set absolute values: a step gives the same document whichever step came before', () => {
    for (const lesson of LESSONS) {
      const base = exampleScenario(lesson);
      for (const step of [...lesson.steps, ...(lesson.challenge.setup ? [{ apply: lesson.challenge.setup }] : [])]) {
        const fromBase = step.apply(base);
        for (const before of lesson.steps) expect(step.apply(before.apply(base))).toEqual(fromBase);
      }
    }
  });

  it('every observed value exists after its step, and every numeric prediction’s answer is the engine’s value within its tolerance', () => {
    for (const lesson of LESSONS) {
      documents(lesson).forEach((scenario, i) => {
        const step = lesson.steps[i]!;
        for (const evaluation of evaluations(scenario)) {
          const value = readObserved(evaluation, step.observe!.value);
          // A step whose point is "no key" observes a zero rate, never a missing value.
          expect(value, `${lesson.exampleId} step ${i + 1}`).not.toBeNull();
          if (step.predict?.kind === 'number') expect(isRightAnswer(step.predict, value!), `${lesson.exampleId} step ${i + 1}: engine ${value}`).toBe(true);
        }
      });
    }
  });

  it('each challenge is not yet met where it starts, and its solution (the teacher sheet’s hint) meets it', () => {
    for (const lesson of LESSONS) {
      const last = documents(lesson).at(-1)!;
      const start = lesson.challenge.setup ? lesson.challenge.setup(last) : last;
      for (const evaluation of evaluations(start)) {
        expect(lesson.challenge.met(start, evaluation), `${lesson.exampleId} at start`).toBe(false);
        expect(readObserved(evaluation, lesson.challenge.observe.value), `${lesson.exampleId} challenge value`).not.toBeNull();
      }
      const solved = lesson.challenge.solve(start);
      expect(parseScenario(solved).ok).toBe(true);
      for (const evaluation of evaluations(solved)) expect(lesson.challenge.met(solved, evaluation), `${lesson.exampleId} solved`).toBe(true);
    }
  });

  it('BB84 distance: the numbers behind each explanation, question and challenge', () => {
    const s = walk(bb84DistanceLesson);
    const key = (i: number) => rate(s[i], 'key-gb');
    expect(key(0)).toBeGreaterThan(400);
    expect(key(0)).toBeLessThan(600);
    expect(key(0) / key(1)).toBeGreaterThan(8); // "about tenfold", the second choice
    expect(key(0) / key(1)).toBeLessThan(13);
    expect(key(1) / key(2)).toBeGreaterThan(12); // "about 17 times", more than the 6.3× of 8 dB
    expect(key(1) / key(2)).toBeLessThan(22);
    expect(qber(s[2], 'key-gb')).toBeGreaterThan(0.05);
    expect(key(3)).toBe(0); // "none at all"
    // No intensity gives key: no operating point, so no QBER; the reason quotes the μ-independent single-photon error.
    expect(qber(s[3], 'key-gb')).toBeNaN();
    expect(s[3]!.get('key-gb')!.noKeyReason).toMatch(/single-photon error 5\.0 %/);
    expect(key(4)).toBeGreaterThan(3); // "yes", about 5 bit/s
    expect(key(4)).toBeLessThan(8);
    const solved = evaluateScenario(bb84DistanceLesson.challenge.solve(documents(bb84DistanceLesson).at(-1)!));
    expect(solved.requests[0]!.keyRateBitsPerSecond).toBeGreaterThan(17); // "about 20 bit/s"
    expect(solved.requests[0]!.keyRateBitsPerSecond).toBeLessThan(23);
  });

  it('eavesdropper: the tapped link loses key as Eve listens more, and the clean link never changes', () => {
    const s = walk(eavesdropperLesson);
    const tapped = (i: number) => rate(s[i], 'key-tapped');
    for (const step of s) expect(rate(step, 'key-clean')).toBeCloseTo(rate(s[0], 'key-clean'), 9);
    expect(tapped(0)).toBeCloseTo(rate(s[0], 'key-clean'), 9);
    expect(tapped(0)).toBeGreaterThan(700);
    expect(tapped(0)).toBeLessThan(900);
    expect(qber(s[0], 'key-tapped')).toBeCloseTo(0.033, 3);
    expect(qber(s[1], 'key-tapped')).toBeCloseTo(0.043, 3); // "rises by about one point"
    expect(tapped(1) / tapped(0)).toBeGreaterThan(0.6); // "cuts the key by a third"
    expect(tapped(1) / tapped(0)).toBeLessThan(0.72);
    expect(qber(s[2], 'key-tapped')).toBeCloseTo(0.052, 3);
    expect(tapped(2) / tapped(0)).toBeGreaterThan(0.3); // "about a third"
    expect(tapped(2) / tapped(0)).toBeLessThan(0.4);
    expect(qber(s[3], 'key-tapped')).toBeCloseTo(0.072, 3);
    expect(tapped(3)).toBe(0); // "no"
    expect(qber(s[4], 'key-tapped')).toBeCloseTo(0.137, 3);
    expect(tapped(4)).toBe(0);
    const solved = get(new Map(evaluateScenario(eavesdropperLesson.challenge.solve(documents(eavesdropperLesson).at(-1)!)).requests.map((r) => [r.id, r])), 'key-tapped');
    expect(solved.keyRateBitsPerSecond).toBeGreaterThan(40); // "about 50 bit/s at a QBER of 6.2 %"
    expect(solved.keyRateBitsPerSecond).toBeLessThan(65);
    expect(solved.qber).toBeCloseTo(0.062, 3);
  });

  it('decoy states: about 100× at 30 km, about 20× at 5 km, and no key without decoys at 60 km', () => {
    const s = walk(decoyLesson);
    const ratio = (i: number) => rate(s[i], 'key-decoy') / rate(s[i], 'key-plain');
    expect(rate(s[0], 'key-decoy')).toBeGreaterThan(1200); // "about 1.3 kbit/s"
    expect(rate(s[0], 'key-decoy')).toBeLessThan(1400);
    expect(rate(s[0], 'key-plain')).toBeGreaterThan(11); // "about 13 bit/s"
    expect(rate(s[0], 'key-plain')).toBeLessThan(14);
    expect(ratio(0)).toBeGreaterThan(80);
    expect(ratio(0)).toBeLessThan(120);
    expect(ratio(1)).toBeGreaterThan(15); // "about 20 times"
    expect(ratio(1)).toBeLessThan(25);
    expect(rate(s[1], 'key-decoy')).toBeGreaterThan(3800); // "4 kbit/s against 190 bit/s"
    expect(rate(s[1], 'key-decoy')).toBeLessThan(4200);
    expect(rate(s[1], 'key-plain')).toBeGreaterThan(180);
    expect(rate(s[1], 'key-plain')).toBeLessThan(200);
    expect(rate(s[2], 'key-plain')).toBe(0); // "no key at all"
    expect(rate(s[2], 'key-decoy')).toBeGreaterThan(290); // "about 310 bit/s"
    expect(rate(s[2], 'key-decoy')).toBeLessThan(330);
    const solved = evaluateScenario(decoyLesson.challenge.solve(documents(decoyLesson).at(-1)!)).requests.find((r) => r.id === 'key-plain')!;
    expect(solved.keyRateBitsPerSecond).toBeGreaterThan(110); // "about 117 bit/s"
    expect(solved.keyRateBitsPerSecond).toBeLessThan(125);
  });

  it('twin-field: above PLOB at 350 and 400 km, below it at 200 km, no key at 500 km until Charlie is quieter', () => {
    const s = walk(twinFieldLesson);
    const tf = (i: number) => get(s[i], 'key-tf');
    expect(tf(0).keyRateBitsPerSecond).toBeGreaterThan(540); // "about 580 bit/s"
    expect(tf(0).keyRateBitsPerSecond).toBeLessThan(620);
    expect(tf(0).plobBitsPerSecond).toBeCloseTo(144, 0);
    expect(tf(0).keyRateBitsPerSecond / tf(0).plobBitsPerSecond).toBeGreaterThan(3.5); // "four times"
    expect(tf(0).keyRateBitsPerSecond / tf(0).plobBitsPerSecond).toBeLessThan(4.5);
    expect(tf(1).keyRateBitsPerSecond).toBeLessThan(tf(1).plobBitsPerSecond); // "below"
    expect(tf(1).keyRateBitsPerSecond / 1000).toBeCloseTo(22, 0);
    expect(tf(1).plobBitsPerSecond / 1000).toBeCloseTo(144, 0);
    expect(tf(2).keyRateBitsPerSecond).toBeGreaterThan(tf(2).plobBitsPerSecond); // "yes"
    expect(tf(2).keyRateBitsPerSecond).toBeCloseTo(115, -1);
    expect(tf(2).plobBitsPerSecond).toBeCloseTo(14, 0);
    expect(tf(2).keyRateBitsPerSecond / tf(2).plobBitsPerSecond).toBeGreaterThan(7); // "eight times"
    expect(tf(2).keyRateBitsPerSecond / tf(2).plobBitsPerSecond).toBeLessThan(9);
    const tenDbMore = tf(0).keyRateBitsPerSecond / tf(2).keyRateBitsPerSecond; // "only 5"
    expect(tenDbMore).toBeGreaterThan(4.5);
    expect(tenDbMore).toBeLessThan(5.5);
    expect(tf(0).plobBitsPerSecond / tf(2).plobBitsPerSecond).toBeCloseTo(10, 0); // "a factor of 10"
    expect(tf(3).keyRateBitsPerSecond).toBe(0);
    const solved = evaluateScenario(twinFieldLesson.challenge.solve(documents(twinFieldLesson).at(-1)!)).requests[0]!;
    expect(solved.keyRateBitsPerSecond).toBeGreaterThan(10); // "about 12 bit/s"
    expect(solved.keyRateBitsPerSecond).toBeLessThan(14);
    expect(solved.plobBitsPerSecond).toBeCloseTo(0.14, 2);
  });

  it('trusted relay: the slower hop sets the rate, equal hops triple it, a repeater relays no BB84 key and its pairs are too noisy', () => {
    const s = walk(trustedRelayLesson);
    const r = (i: number) => get(s[i], 'key-gz');
    expect(r(0).keyRateBitsPerSecond).toBeCloseTo(7, 0); // "about 7 bit/s"
    expect(r(0).keyRateBitsPerSecond).toBeCloseTo(r(0).hops[0]!.keyRateBitsPerSecond, 9); // the 130 km hop
    expect(r(0).hops[1]!.keyRateBitsPerSecond).toBeCloseTo(58, 0); // "about 58 bit/s"
    expect(r(1).keyRateBitsPerSecond).toBeCloseTo(23, 0); // "about 23 bit/s", "three times more"
    expect(r(1).keyRateBitsPerSecond / r(0).keyRateBitsPerSecond).toBeGreaterThan(2.8);
    expect(r(1).keyRateBitsPerSecond / r(0).keyRateBitsPerSecond).toBeLessThan(3.5);
    expect(r(2).keyRateBitsPerSecond).toBe(0); // "no"
    expect(r(2).noKeyReason).toMatch(/cannot relay/);
    expect(r(3).entanglementRatePairsPerSecond).toBeGreaterThan(0.8); // "about 0.9 pairs per second"
    expect(r(3).entanglementRatePairsPerSecond).toBeLessThan(1);
    expect(r(3).fidelity).toBeCloseTo(0.75, 2); // "about 0.75"
    expect(r(3).keyRateBitsPerSecond).toBe(0); // "too low for key"
  });

  it('repeater chain: fidelity falls at each swap and with short memories, purification trades pairs for fidelity', () => {
    const s = walk(repeaterChainLesson);
    const c = (i: number) => get(s[i], 'pairs-chain');
    expect(c(0).entanglementRatePairsPerSecond).toBeCloseTo(12, 0); // "about 12 pairs per second"
    expect(get(s[0], 'pairs-direct').entanglementRatePairsPerSecond).toBeCloseTo(0.03, 2);
    const stages = c(0).entanglement!.stages;
    const at = (kind: string) => stages.filter((x) => x.kind === kind).map((x) => x.fidelity);
    for (const f of at('elementary-link')) expect(f).toBeCloseTo(0.98, 2);
    const swaps = at('swap');
    expect(swaps.slice(0, 2).every((f) => Math.abs(f - 0.935) < 0.005)).toBe(true);
    expect(swaps[2]).toBeCloseTo(0.84, 2);
    expect(c(1).fidelity).toBeCloseTo(0.66, 2); // "falls", "about 0.66"
    expect(c(1).entanglementRatePairsPerSecond).toBeCloseTo(c(0).entanglementRatePairsPerSecond, 6);
    expect(c(2).fidelity).toBeCloseTo(0.87, 2);
    expect(c(3).fidelity).toBeGreaterThan(c(0).fidelity); // 0.84 → "about 0.85"
    expect(c(3).fidelity).toBeCloseTo(0.85, 2);
    expect(c(3).entanglementRatePairsPerSecond).toBeCloseTo(8, 0); // "falls", "about 8"
    expect(c(4).fidelity).toBeCloseTo(0.88, 2);
    expect(c(4).entanglementRatePairsPerSecond).toBeCloseTo(6, 0);
    const start = repeaterChainLesson.challenge.setup!(documents(repeaterChainLesson).at(-1)!);
    const solved = evaluateScenario(repeaterChainLesson.challenge.solve(start)).requests.find((r) => r.id === 'pairs-chain')!;
    expect(solved.fidelity).toBeCloseTo(0.94, 2); // "about 0.94 at 6 pairs per second"
    expect(solved.entanglementRatePairsPerSecond).toBeCloseTo(6, 0);
  });

  it('satellite: a minute of orbit is 3.81°, and elevation, loss and key follow each other down the pass', () => {
    expect((360 * 60) / orbitalPeriodSeconds(500)).toBeCloseTo(DEG_PER_MINUTE, 2);
    const docs = documents(satelliteLesson);
    const at = (i: number) => evaluations(docs[i]!).map((e) => ({ link: e.links[0]!, key: e.requests[0]!.keyRateBitsPerSecond }));
    for (const x of at(0)) {
      expect(x.link.elevationDeg).toBeGreaterThan(88); // "straight overhead"
      expect(x.link.lengthKm).toBeCloseTo(500, -1);
      expect(x.link.lossDb).toBeCloseTo(10, 0); // "about 10 dB"
      expect(x.key / 1000).toBeCloseTo(53, 0); // "53 kbit/s"
    }
    for (const x of at(1)) {
      expect(x.link.elevationDeg).toBeCloseTo(47, -0.5); // "about 47°"
      expect(x.link.lengthKm).toBeGreaterThan(655); // "665 km"
      expect(x.link.lengthKm).toBeLessThan(675);
      expect(x.link.lossDb).toBeCloseTo(13, 0); // "about 13 dB"
      expect(x.key / 1000).toBeCloseTo(29, 0); // "29 kbit/s"
    }
    for (const x of at(2)) {
      expect(x.link.elevationDeg).toBeCloseTo(26, -0.5); // "about 26°"
      expect(x.link.lengthKm).toBeGreaterThan(1000); // "1,010 km"
      expect(x.link.lengthKm).toBeLessThan(1020);
      expect(x.link.lossDb).toBeCloseTo(17, 0); // "17 dB"
      expect(x.key / 1000).toBeGreaterThan(9.5); // "about 10 kbit/s"
      expect(x.key / 1000).toBeLessThan(11);
    }
    for (const x of at(3)) {
      expect(x.link.elevationDeg).toBeCloseTo(11, 0); // "11°"
      expect(x.link.lossDb).toBeCloseTo(24, 0); // "about 24 dB"
      expect(x.key / 1000).toBeCloseTo(1.9, 1); // "1.9 kbit/s"
      expect(x.key).toBeLessThan(53_000 / 20); // "under a twentieth of the peak", the second choice
    }
    expect((docs[3]!.nodes.find((n) => n.id === 'graz')!.params as Record<string, number>)['minElevationDeg']).toBe(10); // "the 10° horizon mask"
    const solved = evaluations(satelliteLesson.challenge.solve(docs.at(-1)!));
    for (const e of solved) expect(e.requests[0]!.keyRateBitsPerSecond / 1000).toBeCloseTo(23, 0); // "about 23 kbit/s"
  });
});
