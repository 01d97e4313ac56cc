import { describe, expect, it } from 'vitest';
import { maxMinFairShare } from './max-min-fair';

const closeAll = (actual: Float64Array, expected: number[]) => expected.forEach((v, i) => expect(actual[i]).toBeCloseTo(v, 12));

describe('maxMinFairShare', () => {
  it('splits a single bottleneck equally', () => {
    const { allocation, bottleneck } = maxMinFairShare([900], [{ resources: [0], demand: Infinity }, { resources: [0], demand: Infinity }, { resources: [0], demand: Infinity }]);
    closeAll(allocation, [300, 300, 300]);
    expect([...bottleneck]).toEqual([0, 0, 0]);
  });

  it('lowers the others when a request is added', () => {
    const two = maxMinFairShare([1000], [{ resources: [0], demand: Infinity }, { resources: [0], demand: Infinity }]).allocation;
    const three = maxMinFairShare([1000], [{ resources: [0], demand: Infinity }, { resources: [0], demand: Infinity }, { resources: [0], demand: Infinity }]).allocation;
    expect(three[0]).toBeLessThan(two[0]!);
  });

  it('gives what a demand-capped request leaves to the others', () => {
    const { allocation, bottleneck, residual } = maxMinFairShare([10], [{ resources: [0], demand: 1 }, { resources: [0], demand: Infinity }, { resources: [0], demand: Infinity }]);
    closeAll(allocation, [1, 4.5, 4.5]);
    expect(bottleneck[0]).toBe(-1);
    expect(residual[0]).toBeCloseTo(0, 12);
  });

  it('leaves capacity unused when every demand is met', () => {
    const { allocation, residual } = maxMinFairShare([10], [{ resources: [0], demand: 2 }, { resources: [0], demand: 3 }]);
    closeAll(allocation, [2, 3]);
    expect(residual[0]).toBeCloseTo(5, 12);
  });

  it('solves the tandem (linear network) example: the long session gets what each short one gets', () => {
    // Three unit links in a line; session 0 crosses all three, sessions 1–3 one link each (Bertsekas & Gallager §6.5.2 style).
    const { allocation } = maxMinFairShare([1, 1, 1], [
      { resources: [0, 1, 2], demand: Infinity },
      { resources: [0], demand: Infinity },
      { resources: [1], demand: Infinity },
      { resources: [2], demand: Infinity },
    ]);
    closeAll(allocation, [0.5, 0.5, 0.5, 0.5]);
  });

  it('solves the five-flow textbook exercise with unequal shares', () => {
    // Links AC, DE, BC, CE of capacity 1; flows ACE, BC, BC, DE, BCE. BC is shared three ways (1/3 each); on CE the
    // flow ACE then takes what BCE leaves (2/3); DE carries only its own flow (1).
    const [AC, DE, BC, CE] = [0, 1, 2, 3];
    const { allocation, bottleneck } = maxMinFairShare([1, 1, 1, 1], [
      { resources: [AC, CE], demand: Infinity },
      { resources: [BC], demand: Infinity },
      { resources: [BC], demand: Infinity },
      { resources: [DE], demand: Infinity },
      { resources: [BC, CE], demand: Infinity },
    ]);
    closeAll(allocation, [2 / 3, 1 / 3, 1 / 3, 1, 1 / 3]);
    expect([...bottleneck]).toEqual([CE, BC, BC, DE, BC]);
  });

  it('names the lower-numbered resource when several saturate at the same level, whatever their capacities', () => {
    expect([...maxMinFairShare([1, 1], [{ resources: [1, 0], demand: Infinity }, { resources: [0, 1], demand: Infinity }]).bottleneck]).toEqual([0, 0]);
    // Unequal capacities: resources 1 and 2 saturate first, at the same level, before resource 0.
    const { allocation, bottleneck } = maxMinFairShare([2, 1, 1], [
      { resources: [0], demand: Infinity },
      { resources: [0], demand: Infinity },
      { resources: [2, 1], demand: Infinity },
      { resources: [1, 2], demand: Infinity },
    ]);
    closeAll(allocation, [1, 1, 0.5, 0.5]);
    expect([...bottleneck]).toEqual([0, 0, 1, 1]);
  });

  it('is max–min fair: no flow can grow without shrinking a flow no larger than it (randomised)', () => {
    let seed = 5;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let trial = 0; trial < 200; trial++) {
      const capacity = Array.from({ length: 6 }, () => 1 + Math.floor(next() * 10));
      const flows = Array.from({ length: 8 }, () => ({
        resources: [...new Set(Array.from({ length: 1 + Math.floor(next() * 3) }, () => Math.floor(next() * 6)))],
        demand: next() < 0.3 ? next() * 3 : Infinity,
      }));
      const { allocation, residual } = maxMinFairShare(capacity, flows);
      flows.forEach((flow, f) => {
        const x = allocation[f]!;
        if (x >= flow.demand - 1e-9) return;
        // Some resource on its path is saturated and it is among the largest flows there (the bottleneck condition).
        const ok = flow.resources.some((r) => residual[r]! < 1e-9 && flows.every((g, h) => !g.resources.includes(r) || allocation[h]! <= x + 1e-9));
        expect(ok).toBe(true);
      });
      capacity.forEach((c, r) => {
        const used = flows.reduce((sum, flow, f) => sum + (flow.resources.includes(r) ? allocation[f]! : 0), 0);
        expect(used).toBeLessThanOrEqual(c + 1e-9);
      });
    }
  });
});
