import type { Highs } from 'highs';
import type { MilpSolve } from './milp-solver';

/** Adapts a loaded HiGHS (https://highs.dev, MIT; compiled to WebAssembly by the `highs` package) to the optimiser. */
export function highsSolve(highs: Pick<Highs, 'solve'>): MilpSolve {
  return (lpText, { timeLimitSeconds }) => {
    const result = highs.solve(lpText, { time_limit: timeLimitSeconds, mip_rel_gap: 0, output_flag: false } as Parameters<Highs['solve']>[1]);
    const values: Record<string, number> = {};
    for (const [name, column] of Object.entries(result.Columns ?? {})) {
      if (column && typeof (column as { Primal?: number }).Primal === 'number') values[name] = (column as { Primal: number }).Primal;
    }
    switch (result.Status) {
      case 'Optimal':
        return { status: 'optimal', objective: result.ObjectiveValue, values };
      case 'Infeasible':
        return { status: 'infeasible', objective: NaN, values: {} };
      case 'Time limit reached':
        return { status: 'time-limit', objective: result.ObjectiveValue, values };
      default:
        return { status: 'error', objective: NaN, values: {}, message: `the solver stopped: ${result.Status}` };
    }
  };
}
