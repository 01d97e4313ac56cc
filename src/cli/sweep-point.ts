import { cellValue, csvLine, type Cell } from './csv-cells';
import { requestMetricCells } from './request-metrics';
import { CliError } from './cli-error';
import { simulationReport, TIME_LIMIT_EXIT_CODE } from './simulate-command';
import { pointScenario, pointValues, type SweepPlan } from './sweep-plan';

/** One point: its parameter values, then every metric of every request, as `qnet simulate` computes them. */
export function evaluatePoint(plan: SweepPlan, index: number): Cell[] {
  const report = simulationReport(pointScenario(plan, index), { timeLimitSeconds: plan.timeLimitSeconds });
  // A partial point would sit in the grid as if complete: stop instead, after the rows before it.
  if (!report.complete) {
    throw new CliError(
      `sweep stopped: point ${index} ran past the ${plan.timeLimitSeconds} s time limit (at t = ${report.simulatedSeconds} s of ${report.durationSeconds} s); the rows before it were written (raise --time-limit, or 0 for none)`,
      TIME_LIMIT_EXIT_CODE,
    );
  }
  return [...pointValues(plan, index).map(cellValue), ...requestMetricCells(report)];
}

/** The CSV header line, or nothing for NDJSON. */
export function sweepHeader(plan: SweepPlan): string {
  return plan.format === 'csv' ? csvLine(plan.columns) : '';
}

export function sweepRow(plan: SweepPlan, cells: Cell[]): string {
  if (plan.format === 'csv') return csvLine(cells);
  return JSON.stringify(Object.fromEntries(plan.columns.map((column, k) => [column, cells[k]]))) + '\n';
}
