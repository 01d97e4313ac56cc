// Incremental re-evaluation must give exactly what a whole evaluation gives, over random networks and edit sequences.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenario, ScenarioInput } from '../../scenario/schema';
import { parseScenario } from '../../scenario/validate';
import { evaluateState, type EvaluationState } from '../evaluate';
import { reevaluateState } from './reevaluate';

type Input = ScenarioInput & { nodes: NonNullable<ScenarioInput['nodes']>; links: NonNullable<ScenarioInput['links']>; requests: NonNullable<ScenarioInput['requests']> };

function parsed(input: ScenarioInput): Scenario {
  const result = parseScenario(input);
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.scenario;
}

// Few distinct lengths, so equally good paths (exact ties) are common.
const LENGTHS_KM = [10, 20, 30, 40];
const KINDS = ['ground-station', 'trusted-node', 'trusted-node', 'repeater'] as const;
const PROTOCOLS = ['bb84-decoy', 'bb84-decoy', 'bb84-decoy', 'bbm92', 'tf-qkd', 'bb84-decoy', 'bbm92', 'entanglement'] as const;
const METRICS = ['highest-rate', 'lowest-latency', 'fewest-hops'] as const;

const network: fc.Arbitrary<Input> = fc.integer({ min: 3, max: 10 }).chain((n) =>
  fc.record({
    kinds: fc.array(fc.constantFrom(...KINDS), { minLength: n, maxLength: n }),
    links: fc.array(fc.record({ a: fc.nat(n - 1), step: fc.integer({ min: 1, max: n - 1 }), lengthKm: fc.constantFrom(...LENGTHS_KM) }), { minLength: n - 1, maxLength: 2 * n }),
    requests: fc.array(
      fc.record({ a: fc.nat(n - 1), step: fc.integer({ min: 1, max: n - 1 }), protocol: fc.constantFrom(...PROTOCOLS), metric: fc.constantFrom(...METRICS), demand: fc.constantFrom(0, 0, 500) }),
      { minLength: 1, maxLength: 6 },
    ),
  }).map(({ kinds, links, requests }) => ({
    version: 2 as const,
    seed: 7,
    settings: { durationSeconds: 10, timeStepSeconds: 1 },
    // Ground stations at both ends of every request, so BB84 has terminals.
    nodes: kinds.map((kind, i) => ({ id: `n${i}`, kind: i < 2 ? ('ground-station' as const) : kind, position: { x: i * 50, y: 0 }, params: {} })),
    links: links.map((l, i) => ({ id: `l${i}`, kind: 'fiber' as const, source: `n${l.a}`, target: `n${(l.a + l.step) % n}`, params: { lengthKm: l.lengthKm } })),
    requests: requests.map((r, i) => ({
      id: `r${i}`, source: `n${r.a}`, target: `n${(r.a + r.step) % n}`, protocol: r.protocol, routingMetric: r.metric, demandBitsPerSecond: r.demand,
      ...(r.protocol === 'entanglement' ? { params: { monteCarloTrials: 100 } } : {}),
    })) as Input['requests'],
  })),
);

/** One edit a user might make, applied to a copy. */
type Edit = (input: Input) => void;
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ l: fc.nat(), lengthKm: fc.constantFrom(...LENGTHS_KM, 5, 80) }).map(({ l, lengthKm }) => (s: Input) => {
    // A node deleted with its links may leave none to edit.
    if (s.links.length === 0) return;
    const link = s.links[l % s.links.length]!;
    link.params = { ...link.params, lengthKm };
  }),
  fc.record({ l: fc.nat(), misalignmentError: fc.constantFrom(0, 0.01, 0.05) }).map(({ l, misalignmentError }) => (s: Input) => {
    if (s.links.length === 0) return;
    const link = s.links[l % s.links.length]!;
    link.params = { ...link.params, misalignmentError };
  }),
  fc.record({ v: fc.nat(), detectorEfficiency: fc.constantFrom(0.1, 0.5, 0.9) }).map(({ v, detectorEfficiency }) => (s: Input) => {
    const node = s.nodes[v % s.nodes.length]!;
    if (node.kind === 'ground-station' || node.kind === 'trusted-node') node.params = { ...node.params, detectorEfficiency };
  }),
  fc.record({ v: fc.nat(), x: fc.integer({ min: -500, max: 500 }) }).map(({ v, x }) => (s: Input) => {
    s.nodes[v % s.nodes.length]!.position = { x, y: x };
  }),
  fc.record({ r: fc.nat(), metric: fc.constantFrom(...METRICS) }).map(({ r, metric }) => (s: Input) => {
    if (s.requests.length > 0) s.requests[r % s.requests.length]!.routingMetric = metric;
  }),
  fc.nat().map((r) => (s: Input) => {
    if (s.requests.length > 1) s.requests.splice(r % s.requests.length, 1);
  }),
  fc.record({ a: fc.nat(), b: fc.nat() }).map(({ a, b }) => (s: Input) => {
    const n = s.nodes.length;
    const source = a % n;
    const target = (source + 1 + (b % (n - 1))) % n;
    s.requests.push({ id: `added${s.requests.length}-${a}`, source: s.nodes[source]!.id, target: s.nodes[target]!.id, protocol: 'bb84-decoy' });
  }),
  // Topology: a link added between two nodes, anywhere in the list (ties between equal paths then depend on where).
  fc.record({ a: fc.nat(), b: fc.nat(), at: fc.nat(), lengthKm: fc.constantFrom(...LENGTHS_KM) }).map(({ a, b, at, lengthKm }) => (s: Input) => {
    const n = s.nodes.length;
    if (n < 2) return;
    const source = s.nodes[a % n]!.id;
    const target = s.nodes[(a + 1 + (b % (n - 1))) % n]!.id;
    s.links.splice(at % (s.links.length + 1), 0, { id: `new-link-${a}-${b}-${at}`, kind: 'fiber', source, target, params: { lengthKm } });
  }),
  fc.nat().map((l) => (s: Input) => {
    if (s.links.length > 0) s.links.splice(l % s.links.length, 1);
  }),
  // A node added (unlinked, or linked to one other) and a node deleted with its links and requests, as the editor does.
  fc.record({ v: fc.nat(), kind: fc.constantFrom(...KINDS), linked: fc.boolean() }).map(({ v, kind, linked }) => (s: Input) => {
    const id = `new-node-${v}-${s.nodes.length}`;
    s.nodes.push({ id, kind, position: { x: 0, y: 0 }, params: {} });
    if (linked) s.links.push({ id: `${id}-link`, kind: 'fiber', source: s.nodes[v % (s.nodes.length - 1)]!.id, target: id, params: { lengthKm: 10 } });
  }),
  fc.nat().map((v) => (s: Input) => {
    if (s.nodes.length <= 3) return;
    const id = s.nodes[v % s.nodes.length]!.id;
    s.nodes = s.nodes.filter((n) => n.id !== id);
    s.links = s.links.filter((l) => l.source !== id && l.target !== id);
    s.requests = s.requests.filter((r) => r.source !== id && r.target !== id);
  }),
);

describe('incremental re-evaluation', () => {
  it('equals a whole evaluation after every edit of a random sequence', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(network, fc.array(edit, { minLength: 1, maxLength: 8 }), (start, edits) => {
        let input = structuredClone(start);
        let state: EvaluationState = evaluateState(parsed(input), 0);
        for (const change of edits) {
          input = structuredClone(input);
          change(input);
          const scenario = parsed(input);
          state = reevaluateState(state, scenario, 0);
          expect(state.evaluation).toEqual(evaluateState(scenario, 0).evaluation);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('re-evaluates only the requests an edit can reach: a length edit on one link of two disjoint routes keeps the other', () => {
    const input: Input = {
      version: 2,
      nodes: ['a', 'b', 'c', 'd'].map((id, i) => ({ id, kind: 'ground-station' as const, position: { x: i, y: 0 }, params: {} })),
      links: [
        { id: 'ab', kind: 'fiber', source: 'a', target: 'b', params: { lengthKm: 20 } },
        { id: 'cd', kind: 'fiber', source: 'c', target: 'd', params: { lengthKm: 20 } },
      ],
      requests: [
        { id: 'r1', source: 'a', target: 'b', protocol: 'bb84-decoy' },
        { id: 'r2', source: 'c', target: 'd', protocol: 'bb84-decoy' },
      ],
    };
    const before = evaluateState(parsed(input), 0);
    const edited = structuredClone(input);
    edited.links[0]!.params = { lengthKm: 60 };
    const after = reevaluateState(before, parsed(edited), 0);
    expect(after.alone[1]).toBe(before.alone[1]);
    expect(after.evaluation.requests[1]).toBe(before.evaluation.requests[1]);
    expect(after.alone[0]).not.toBe(before.alone[0]);
    expect(after.evaluation.requests[0]!.keyRateBitsPerSecond).toBeLessThan(before.evaluation.requests[0]!.keyRateBitsPerSecond);
  });

  it('re-routes after a topology edit only the requests it can reach: deleting a link of one route keeps the other request', () => {
    const input: Input = {
      version: 2,
      nodes: ['a', 'b', 'c', 'd', 'e'].map((id, i) => ({ id, kind: id === 'e' ? ('trusted-node' as const) : ('ground-station' as const), position: { x: i, y: 0 }, params: {} })),
      links: [
        { id: 'ab', kind: 'fiber', source: 'a', target: 'b', params: { lengthKm: 20 } },
        { id: 'ae', kind: 'fiber', source: 'a', target: 'e', params: { lengthKm: 20 } },
        { id: 'eb', kind: 'fiber', source: 'e', target: 'b', params: { lengthKm: 20 } },
        { id: 'cd', kind: 'fiber', source: 'c', target: 'd', params: { lengthKm: 20 } },
      ],
      requests: [
        { id: 'r1', source: 'a', target: 'b', protocol: 'bb84-decoy' },
        { id: 'r2', source: 'c', target: 'd', protocol: 'bb84-decoy' },
      ],
    };
    const before = evaluateState(parsed(input), 0);
    expect(before.evaluation.requests[0]!.hops.map((h) => h.linkId)).toEqual(['ab']);
    const edited = structuredClone(input);
    edited.links.splice(0, 1);
    const scenario = parsed(edited);
    const after = reevaluateState(before, scenario, 0);
    expect(after.evaluation).toEqual(evaluateState(scenario, 0).evaluation);
    // r1 goes round through the trusted node; r2 is the very result it was.
    expect(after.evaluation.requests[0]!.hops.map((h) => h.linkId)).toEqual(['ae', 'eb']);
    expect(after.alone[1]).toBe(before.alone[1]);
    expect(after.evaluation.requests[1]).toBe(before.evaluation.requests[1]);
  });
});
