import { describe, expect, it } from 'vitest';
import { CliError } from './cli-error';
import { linearRange, parseSetOption, parseSpec, sweepValues, type SweepAsk } from './sweep-values';

const ask = (text: string): SweepAsk => parseSetOption(`links.L1.params.lengthKm=${text}`);
const message = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(CliError);
    expect((e as CliError).exitCode).toBe(2);
    return (e as Error).message;
  }
  throw new Error('expected a CliError');
};

describe('sweep values', () => {
  it('spreads start:stop:count evenly, both ends included and exact', () => {
    const values = sweepValues(ask('0:300:61'), 'number') as number[];
    expect(values).toHaveLength(61);
    expect(values[0]).toBe(0);
    expect(values[60]).toBe(300);
    values.forEach((v, k) => expect(v).toBeCloseTo(5 * k, 10));
    expect(linearRange(0.1, 0.3, 3)).toEqual([0.1, 0.2, 0.3]);
    expect(sweepValues(ask('300:0:4'), 'number')).toEqual([300, 200, 100, 0]);
    expect(sweepValues(ask('-5:5:3'), 'number')).toEqual([-5, 0, 5]);
    expect(sweepValues(ask('7:7:1'), 'number')).toEqual([7]);
  });

  it('takes comma lists of numbers, or of words for text fields', () => {
    expect(sweepValues(ask('1, 2.5,1e3'), 'number')).toEqual([1, 2.5, 1000]);
    expect(sweepValues(ask('42'), 'number')).toEqual([42]);
    expect(sweepValues(parseSetOption('requests.k.decoyMethod=infinite,none'), 'string')).toEqual(['infinite', 'none']);
  });

  it('rejects malformed values with one line naming the option', () => {
    expect(message(() => sweepValues(ask('0:300'), 'number'))).toBe('--set links.L1.params.lengthKm=0:300: "0:300" is neither start:stop:count nor a list a,b,c');
    expect(message(() => sweepValues(ask('0:300:0'), 'number'))).toMatch(/count must be a whole number of at least 1, not 0$/);
    expect(message(() => sweepValues(ask('0:300:2.5'), 'number'))).toMatch(/count must be a whole number/);
    expect(message(() => sweepValues(ask('0:x:3'), 'number'))).toMatch(/stop "x" is not a number$/);
    expect(message(() => sweepValues(ask('1,,2'), 'number'))).toMatch(/has an empty value$/);
    expect(message(() => sweepValues(ask('1,abc'), 'number'))).toMatch(/value "abc" is not a number$/);
    expect(message(() => sweepValues(ask('1,1'), 'number'))).toMatch(/listed twice/);
    expect(message(() => sweepValues(ask('1:2:1'), 'number'))).toMatch(/one value cannot run from 1 to 2/);
    expect(message(() => sweepValues(ask('0:1:100000000'), 'number'))).toMatch(/more than the 10,000,000/);
    expect(message(() => parseSetOption('links.L1.params.lengthKm'))).toMatch(/expected PATH=VALUES/);
    expect(message(() => parseSetOption('=5'))).toMatch(/expected PATH=VALUES/);
    expect(message(() => sweepValues(parseSetOption('requests.k.decoyMethod=1:2:3'), 'string'))).toMatch(/takes words/);
  });

  it('reads a spec file of lists and ranges, and names what is wrong with a bad one', () => {
    const asks = parseSpec({ parameters: [{ path: 'links.L1.params.lengthKm', start: 10, stop: 30, count: 3 }, { path: 'seed', values: [1, 2] }] }, 'spec.json');
    expect(asks.map((a) => a.path)).toEqual(['links.L1.params.lengthKm', 'seed']);
    expect(sweepValues(asks[0]!, 'number')).toEqual([10, 20, 30]);
    expect(sweepValues(asks[1]!, 'number')).toEqual([1, 2]);
    expect(message(() => parseSpec([], 's.json'))).toBe('s.json is not a sweep spec: expected an object with "parameters"');
    expect(message(() => parseSpec({ parameters: [] }, 's.json'))).toMatch(/non-empty list/);
    expect(message(() => parseSpec({ parameters: [{ path: 'seed' }] }, 's.json'))).toMatch(/needs either "values" or "start", "stop" and "count"/);
    expect(message(() => parseSpec({ parameters: [{ path: 'seed', values: [1], step: 2 }] }, 's.json'))).toMatch(/unknown field "step"/);
    expect(message(() => sweepValues(parseSpec({ parameters: [{ path: 'seed', values: ['a'] }] }, 's.json')[0]!, 'number'))).toMatch(/"a" is not a number/);
  });
});
