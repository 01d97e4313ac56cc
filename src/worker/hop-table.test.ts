import { describe, expect, it } from 'vitest';
import { generateNetworkInput } from '../../bench/generate-scenario';
import { evaluateScenario, evaluateState } from '../engine/evaluate';
import { reevaluateState } from '../engine/incremental/reevaluate';
import type { Evaluation } from '../engine/results';
import { linkOverlays } from '../format/link-overlay';
import { qberAlarm } from '../format/request-labels';
import { EXAMPLES } from '../scenario/examples';
import { parseScenario } from '../scenario/validate';
import { anyHop, decodeEvaluation, encodeEvaluation, EvaluationReceiver, EvaluationSender, hopTableBuffers, wireBuffers, type WireEvaluationMessage } from './hop-table';

function evaluated(input: unknown, timeSeconds = 0): Evaluation {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return evaluateScenario(parsed.scenario, timeSeconds);
}

/** What the page gets: the table moved across a structured clone, as the worker's port does. */
function overTheWire(evaluation: Evaluation): Evaluation {
  const wire = encodeEvaluation(evaluation);
  return decodeEvaluation(structuredClone(wire, { transfer: hopTableBuffers(wire.hops) }));
}

const designs = [...EXAMPLES.map((e) => ({ name: e.id, input: e.scenario })), { name: 'generated 300 nodes', input: generateNetworkInput({ nodes: 300, seed: 7 }) }];

describe('hop table', () => {
  it.each(designs)('$name: the page gets the same evaluation, field for field and in the same order', ({ input }) => {
    const evaluation = evaluated(input);
    const decoded = overTheWire(evaluation);
    expect(decoded).toEqual(evaluation);
    // NaN QBERs, null reasons, absent decoy estimates and key order survive: a saved copy reads the same.
    expect(JSON.stringify(decoded)).toBe(JSON.stringify(evaluation));
  });

  it.each(designs)('$name: link overlays and alarms read from the table agree with the hop objects', ({ input }) => {
    const evaluation = evaluated(input);
    const decoded = overTheWire(evaluation);
    expect(linkOverlays(decoded)).toEqual(linkOverlays(evaluation));
    for (const request of evaluation.requests) expect(qberAlarm(decoded, request.id)).toBe(qberAlarm(evaluation, request.id));
  });

  it('moves its columns rather than copying them, and answers anyHop without making hop objects', () => {
    const evaluation = evaluated(generateNetworkInput({ nodes: 300, seed: 7 }));
    const wire = encodeEvaluation(evaluation);
    const moved = structuredClone(wire, { transfer: hopTableBuffers(wire.hops) });
    expect(wire.hops.keyRateBitsPerSecond.byteLength).toBe(0);
    expect(moved.requests[0]).not.toHaveProperty('hops');
    const decoded = decodeEvaluation(moved);
    const first = evaluation.requests.findIndex((r) => r.hops.length > 1);
    const seen: string[] = [];
    expect(anyHop(decoded, first, (linkId) => (seen.push(linkId), false))).toBe(false);
    expect(seen).toEqual(evaluation.requests[first]!.hops.map((h) => h.linkId));
    // Stops at the first hop that passes.
    expect(anyHop(decoded, first, () => true)).toBe(true);
    // The same hop objects on every read, made once.
    expect(decoded.requests[first]!.hops).toBe(decoded.requests[first]!.hops);
  });
});

describe('evaluations sent as changes', () => {
  const parsed = parseScenario(generateNetworkInput({ nodes: 300, seed: 7 }));
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  const before = evaluateState(parsed.scenario);
  // One link 30 % longer: the incremental re-evaluation keeps every result the edit left alone, object for object.
  const used = before.evaluation.requests.find((r) => r.hops.length > 0)!.hops[0]!.linkId;
  const links = parsed.scenario.links.map((l) => (l.id === used ? ({ ...l, params: { ...l.params, lengthKm: l.params.lengthKm * 1.3 } } as typeof l) : l));
  const after = reevaluateState(before, { ...parsed.scenario, links }, 0).evaluation;

  const send = (sender: EvaluationSender, evaluation: Evaluation): WireEvaluationMessage => {
    const wire = sender.encode(evaluation);
    return structuredClone(wire, { transfer: wireBuffers(wire) });
  };

  it('carries only the links and requests that changed, and the page makes the whole evaluation again', () => {
    const sender = new EvaluationSender();
    const receiver = new EvaluationReceiver();
    const first = send(sender, before.evaluation);
    expect(first.base).toBeUndefined();
    expect(receiver.decode(first)).toEqual(before.evaluation);
    const change = send(sender, after);
    expect(change.base).toBe(first.sequence);
    const changedRequests = after.requests.filter((r, i) => r !== before.evaluation.requests[i]).length;
    expect(changedRequests).toBeGreaterThan(0);
    expect(change.links.map((l) => l.id)).toEqual([used]);
    expect(change.requests).toHaveLength(changedRequests);
    const decoded = receiver.decode(change);
    expect(decoded).toEqual(after);
    expect(JSON.stringify(decoded)).toBe(JSON.stringify(after));
    // Alarms and overlays read the hop tables of both messages correctly.
    expect(linkOverlays(decoded)).toEqual(linkOverlays(after));
    for (const request of after.requests) expect(qberAlarm(decoded, request.id)).toBe(qberAlarm(after, request.id));
    // The same evaluation again is an empty change.
    const none = send(sender, after);
    expect([none.links.length, none.requests.length, none.base]).toEqual([0, 0, change.sequence]);
    expect(receiver.decode(none)).toEqual(after);
  });

  it('goes whole when the counts differ or most of it changed', () => {
    const sender = new EvaluationSender();
    send(sender, before.evaluation);
    const fewer = send(sender, { links: after.links, requests: after.requests.slice(1) });
    expect(fewer.base).toBeUndefined();
    const copied = send(sender, structuredClone(before.evaluation));
    expect(copied.base).toBeUndefined();
  });

  it('refuses a change to an evaluation the page does not hold, rather than show wrong results', () => {
    const sender = new EvaluationSender();
    send(sender, before.evaluation);
    const receiver = new EvaluationReceiver();
    expect(() => receiver.decode(send(sender, after))).toThrow(/missed the engine's results/);
  });
});
