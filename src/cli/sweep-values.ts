import { CliError } from './cli-error';

/** How a parameter's values were written: "start:stop:count", "a,b,c", or a spec file's list or range. */
export type ValuesSource = { kind: 'text'; text: string } | { kind: 'list'; values: unknown[] } | { kind: 'range'; start: unknown; stop: unknown; count: unknown };

/** One swept parameter as asked for, before it is checked against the scenario. */
export interface SweepAsk {
  path: string;
  source: ValuesSource;
  /** How the user wrote it, for messages: "--set links.L1.params.lengthKm=0:300:61" or "spec.json parameters[0]". */
  origin: string;
}

/** No grid bigger than this: ten million rows is already a few GB of CSV. */
export const MAX_SWEEP_POINTS = 10_000_000;

/** "links.L1.params.lengthKm=0:300:61" → the path and the text of its values. */
export function parseSetOption(option: string): SweepAsk {
  const equals = option.indexOf('=');
  if (equals <= 0 || equals === option.length - 1) throw new CliError(`--set ${option}: expected PATH=VALUES, e.g. --set links.L1.params.lengthKm=0:300:61`);
  return { path: option.slice(0, equals).trim(), source: { kind: 'text', text: option.slice(equals + 1).trim() }, origin: `--set ${option}` };
}

/** n evenly spaced values from start to stop inclusive; the ends are exact. */
export function linearRange(start: number, stop: number, count: number): number[] {
  if (count === 1) return [start];
  return Array.from({ length: count }, (_, k) => (k === 0 ? start : k === count - 1 ? stop : ((count - 1 - k) * start + k * stop) / (count - 1)));
}

function finiteNumber(text: string, origin: string, what: string): number {
  const value = text.trim() === '' ? NaN : Number(text);
  if (!Number.isFinite(value)) throw new CliError(`${origin}: ${what} "${text}" is not a number`);
  return value;
}

function rangeValues(start: number, stop: number, countValue: number, origin: string): number[] {
  if (!Number.isInteger(countValue) || countValue < 1) throw new CliError(`${origin}: the count must be a whole number of at least 1, not ${countValue}`);
  if (countValue > MAX_SWEEP_POINTS) throw new CliError(`${origin}: ${countValue} values is more than the ${MAX_SWEEP_POINTS.toLocaleString('en-US')} a sweep may have`);
  if (countValue === 1 && start !== stop) throw new CliError(`${origin}: one value cannot run from ${start} to ${stop}; give a count of at least 2`);
  return linearRange(start, stop, countValue);
}

/** The values of one parameter, numbers or words as the field it sets takes. */
export function sweepValues(ask: SweepAsk, type: 'number' | 'string'): (number | string)[] {
  const { source, origin } = ask;
  let values: (number | string)[];
  if (source.kind === 'range') {
    const [start, stop, count] = [source.start, source.stop, source.count];
    if (type !== 'number') throw new CliError(`${origin}: ${ask.path} takes words, so give "values", not a range`);
    if (typeof start !== 'number' || typeof stop !== 'number' || typeof count !== 'number') throw new CliError(`${origin}: start, stop and count must be numbers`);
    values = rangeValues(start, stop, count, origin);
  } else if (source.kind === 'list') {
    if (source.values.length === 0) throw new CliError(`${origin}: the list of values is empty`);
    values = source.values.map((v) => {
      if (type === 'number' ? typeof v !== 'number' || !Number.isFinite(v) : typeof v !== 'string') throw new CliError(`${origin}: ${JSON.stringify(v)} is not a ${type === 'number' ? 'number' : 'word'}, which ${ask.path} takes`);
      return v as number | string;
    });
  } else {
    const text = source.text;
    if (text === '') throw new CliError(`${origin}: no values after "="`);
    const parts = text.split(':');
    if (parts.length === 3 && !text.includes(',')) {
      if (type !== 'number') throw new CliError(`${origin}: ${ask.path} takes words, so give a list like a,b,c, not a range`);
      const [start, stop, count] = parts.map((p, k) => finiteNumber(p, origin, ['start', 'stop', 'count'][k]!));
      values = rangeValues(start!, stop!, count!, origin);
    } else if (parts.length !== 1) {
      throw new CliError(`${origin}: "${text}" is neither start:stop:count nor a list a,b,c`);
    } else {
      const items = text.split(',').map((item) => item.trim());
      if (items.some((item) => item === '')) throw new CliError(`${origin}: the list "${text}" has an empty value`);
      values = type === 'number' ? items.map((item) => finiteNumber(item, origin, 'value')) : items;
    }
  }
  if (new Set(values).size !== values.length) throw new CliError(`${origin}: a value is listed twice`);
  return values;
}

/** A sweep spec file: { "parameters": [ { "path": "...", "values": [...] } or { "path": "...", "start": 0, "stop": 300, "count": 61 } ] }. */
export function parseSpec(raw: unknown, file: string): SweepAsk[] {
  const fail = (why: string): never => {
    throw new CliError(`${file} is not a sweep spec: ${why}`);
  };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) fail('expected an object with "parameters"');
  const extra = Object.keys(raw as object).filter((k) => k !== 'parameters');
  if (extra.length) fail(`unknown field "${extra[0]}" (a spec has only "parameters")`);
  const parameters = (raw as { parameters?: unknown }).parameters;
  if (!Array.isArray(parameters) || parameters.length === 0) fail('"parameters" must be a non-empty list');
  return (parameters as unknown[]).map((entry, i) => {
    const origin = `${file} parameters[${i}]`;
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return fail(`parameters[${i}] must be an object`);
    const { path, values, start, stop, count, ...others } = entry as Record<string, unknown>;
    if (Object.keys(others).length) fail(`parameters[${i}] has unknown field "${Object.keys(others)[0]}" (fields: path, values, or start, stop, count)`);
    if (typeof path !== 'string' || path === '') fail(`parameters[${i}].path must be a text like "links.L1.params.lengthKm"`);
    const hasRange = start !== undefined || stop !== undefined || count !== undefined;
    if (hasRange === (values !== undefined)) fail(`parameters[${i}] needs either "values" or "start", "stop" and "count"`);
    if (values !== undefined && !Array.isArray(values)) fail(`parameters[${i}].values must be a list`);
    const source: ValuesSource = hasRange ? { kind: 'range', start, stop, count } : { kind: 'list', values: values as unknown[] };
    return { path: path as string, source, origin };
  });
}
