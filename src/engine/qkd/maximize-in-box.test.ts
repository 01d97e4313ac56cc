import { describe, expect, it } from 'vitest';
import { maximizeInBox } from './maximize-in-box';

describe('maximizeInBox (Nelder–Mead on a transformed box)', () => {
  it('finds the Rosenbrock valley’s optimum (1, 1) from a far start', () => {
    const rosenbrock = ([x, y]: number[]) => -((1 - x!) ** 2 + 100 * (y! - x! * x!) ** 2);
    const found = maximizeInBox(rosenbrock, { low: [-3, -3], high: [3, 3], logScale: [false, false] }, [[-2, 2]], { iterations: 2000 });
    expect(found.argument[0]).toBeCloseTo(1, 3);
    expect(found.argument[1]).toBeCloseTo(1, 3);
  });

  it('stays in the box and ends at the bound when the optimum lies beyond it (log scale)', () => {
    const found = maximizeInBox(([x]) => -((Math.log(x!) - Math.log(50)) ** 2), { low: [0.01], high: [10], logScale: [true] }, [[0.1]], { iterations: 500 });
    expect(found.argument[0]).toBeLessThanOrEqual(10);
    expect(found.argument[0]).toBeGreaterThan(9.99);
  });

  it('is never worse than its best start, even on a flat objective', () => {
    const f = ([x]: number[]) => (x! > 0.7 && x! < 0.7001 ? 1 : 0);
    const found = maximizeInBox(f, { low: [0], high: [1], logScale: [false] }, [[0.2], [0.70005]]);
    expect(found.value).toBe(1);
  });
});
