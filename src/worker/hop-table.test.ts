import { describe, expect, it } from 'vitest';
import { generateNetworkInput } from '../../bench/generate-scenario';
import { evaluateScenario } from '../engine/evaluate';
import type { Evaluation } from '../engine/results';
import { linkOverlays } from '../format/link-overlay';
import { qberAlarm } from '../format/request-labels';
import { EXAMPLES } from '../scenario/examples';
import { parseScenario } from '../scenario/validate';
import { anyHop, decodeEvaluation, encodeEvaluation, hopTableBuffers } from './hop-table';

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
