import { cellValue, csvLine, type Cell } from './csv-cells';
import { requestMetricCells } from './request-metrics';
import { simulationReport } from './simulate-command';
import { pointScenario, pointValues, type SweepPlan } from './sweep-plan';

/** One point: its parameter values, then every metric of every request, as `qnet simulate` computes them. */
export function evaluatePoint(plan: SweepPlan, index: number): Cell[] {
  const report = simulationReport(pointScenario(plan, index));
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
