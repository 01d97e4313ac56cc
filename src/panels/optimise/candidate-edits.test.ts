import { describe, expect, it } from 'vitest';
import { lineScenario, repeaterLineScenario } from '../../engine/optimise/testing/placement-fixtures';
import { parseScenario } from '../../scenario/validate';
import { withCandidate, withCost } from './candidate-edits';

describe('candidate site edits', () => {
  it('unticking a site keeps its cost, ticking it again brings it back, and every result is a valid document', () => {
    const start = lineScenario(2, 20, 100);
    const priced = withCost(start, 'T1', 4);
    const unticked = withCandidate(priced, 'T1', false);
    const t1 = (s: typeof start) => s.nodes.find((n) => n.id === 'T1')!;
    expect(t1(unticked)).not.toHaveProperty('candidate');
    expect(t1(unticked)).toMatchObject({ costUnits: 4 });
    expect(t1(withCandidate(unticked, 'T1', true))).toMatchObject({ candidate: true, costUnits: 4 });
    for (const s of [priced, unticked]) expect(parseScenario(s).ok).toBe(true);
  });

  it('marks a repeater as a candidate site and prices it, as it does a trusted node', () => {
    const start = repeaterLineScenario(2, 20, 0.9);
    const unticked = withCandidate(withCost(start, 'R1', 2), 'R1', false);
    const r1 = (s: typeof start) => s.nodes.find((n) => n.id === 'R1')!;
    expect(r1(unticked)).not.toHaveProperty('candidate');
    expect(r1(withCandidate(unticked, 'R1', true))).toMatchObject({ kind: 'repeater', candidate: true, costUnits: 2 });
    expect(parseScenario(unticked).ok).toBe(true);
  });

  it('leaves ground stations and other nodes alone', () => {
    const start = lineScenario(2, 20, 100);
    expect(withCandidate(start, 'A', true).nodes.find((n) => n.id === 'A')).toEqual(start.nodes[0]);
    expect(withCost(start, 'T2', 3).nodes.find((n) => n.id === 'T1')).toEqual(start.nodes[1]);
  });
});
