/** What the optimiser needs from a mixed-integer solver: solve a CPLEX LP-format model within a time limit. */
export type MilpSolve = (lpText: string, options: { timeLimitSeconds: number }) => MilpSolution;

export interface MilpSolution {
  /** 'optimal', 'infeasible', 'time-limit' (values hold the best solution found, if any), or 'error'. */
  status: 'optimal' | 'infeasible' | 'time-limit' | 'error';
  objective: number;
  /** Column values by name; empty when no solution is known. */
  values: Record<string, number>;
  message?: string;
}
