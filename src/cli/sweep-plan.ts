import { createHash } from 'node:crypto';
import type { Scenario } from '../scenario/schema';
import { parseScenario } from '../scenario/validate';
import { CliError } from './cli-error';
import { REQUEST_METRICS } from './request-metrics';
import { resolveTarget, setTarget, type ScenarioTarget } from './scenario-target';
import { MAX_SWEEP_POINTS, sweepValues, type SweepAsk } from './sweep-values';

export const SWEEP_FORMATS = ['csv', 'ndjson'] as const;
export type SweepFormat = (typeof SWEEP_FORMATS)[number];

export interface SweepParameter extends ScenarioTarget {
  values: (number | string)[];
}

/** Everything a worker needs to evaluate any point: plain data, so it crosses postMessage as is. */
export interface SweepPlan {
  base: Scenario;
  parameters: SweepParameter[];
  format: SweepFormat;
  pointCount: number;
  columns: string[];
  /** Wall-clock seconds each point may take (none when left out); a point that runs past it stops the sweep. */
  timeLimitSeconds?: number;
}

/** Resolves and checks every parameter and value against the base scenario before any point runs. */
export function buildSweepPlan(base: Scenario, asks: SweepAsk[], format: SweepFormat): SweepPlan {
  if (asks.length === 0) throw new CliError('sweep: nothing to sweep; give --set PATH=VALUES or --spec SPEC.json (see qnet sweep --help)');
  const parameters: SweepParameter[] = [];
  for (const ask of asks) {
    const target = resolveTarget(base, ask.path);
    if (parameters.some((p) => p.path === target.path)) throw new CliError(`${ask.origin}: ${target.path} is swept twice`);
    const values = sweepValues(ask, target.type);
    for (const value of values) {
      const document = structuredClone(base) as unknown as Record<string, unknown>;
      setTarget(document, target, value);
      const parsed = parseScenario(document);
      if (!parsed.ok) throw new CliError(`${ask.origin}: ${value} is not allowed: ${parsed.errors[0]}`);
    }
    parameters.push({ ...target, values });
  }
  const pointCount = parameters.reduce((n, p) => n * p.values.length, 1);
  if (pointCount > MAX_SWEEP_POINTS) throw new CliError(`sweep: ${pointCount.toLocaleString('en-US')} points is more than the ${MAX_SWEEP_POINTS.toLocaleString('en-US')} a sweep may have`);
  const columns = [...parameters.map((p) => p.path), ...base.requests.flatMap((r) => REQUEST_METRICS.map((m) => `${r.id}.${m}`))];
  return { base, parameters, format, pointCount, columns };
}

/** The parameter values of point `index`: the first parameter varies slowest, as in nested loops written in order. */
export function pointValues(plan: SweepPlan, index: number): (number | string)[] {
  const values = new Array<number | string>(plan.parameters.length);
  let rest = index;
  for (let k = plan.parameters.length - 1; k >= 0; k--) {
    const p = plan.parameters[k]!;
    values[k] = p.values[rest % p.values.length]!;
    rest = Math.floor(rest / p.values.length);
  }
  return values;
}

/**
 * A seed of its own for every point, from the scenario's seed and the point's index only (never from the shard or
 * the thread), so a point's Monte Carlo draws are the same however the sweep is split. murmur3's 32-bit finaliser.
 */
export function pointSeed(baseSeed: number, index: number): number {
  let h = (baseSeed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The base scenario with point `index`'s values set, validated by the scenario schema. */
export function pointScenario(plan: SweepPlan, index: number): Scenario {
  const document = structuredClone(plan.base) as unknown as Record<string, unknown>;
  // A swept seed is used as given; otherwise each point draws its own.
  document.seed = pointSeed(plan.base.seed, index);
  const values = pointValues(plan, index);
  plan.parameters.forEach((p, k) => setTarget(document, p, values[k]!));
  const parsed = parseScenario(document);
  if (!parsed.ok) {
    const where = plan.parameters.map((p, k) => `${p.path}=${values[k]}`).join(', ');
    throw new CliError(`sweep: point ${index} (${where}) is not a valid scenario: ${parsed.errors[0]}`);
  }
  return parsed.scenario;
}

/** JSON with object keys sorted at every level, so equal data always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

/** sha256 of the canonical base scenario, the swept values and the output format: shards of one sweep share it. */
export function specHash(plan: SweepPlan): string {
  const spec = { scenario: plan.base, parameters: plan.parameters.map((p) => ({ path: p.path, values: p.values })), format: plan.format };
  return createHash('sha256').update(canonicalJson(spec)).digest('hex');
}
