import { describe, expect, it } from 'vitest';
import { parseScenario } from '../scenario/validate';
import type { Scenario } from '../scenario/schema';
import { CliError } from './cli-error';
import { shardRange, shardSelection } from './shard-selection';
import { buildSweepPlan, canonicalJson, pointScenario, pointSeed, pointValues, specHash } from './sweep-plan';
import { parseSetOption } from './sweep-values';

function base(seed = 7): Scenario {
  const parsed = parseScenario({
    version: 1,
    seed,
    nodes: [
      { id: 'a', kind: 'ground-station', position: { x: 0, y: 0 }, params: {} },
      { id: 'b', kind: 'ground-station', position: { x: 1, y: 0 }, params: {} },
    ],
    links: [{ id: 'L1', source: 'a', target: 'b', kind: 'fiber', params: { lengthKm: 50 } }],
    requests: [{ id: 'key', source: 'a', target: 'b', protocol: 'bb84-decoy', params: {} }],
  });
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.scenario;
}

const plan = (sets: string[], scenario = base()) => buildSweepPlan(scenario, sets.map(parseSetOption), 'csv');

describe('sweep plan', () => {
  it('walks the cartesian grid with the first parameter slowest', () => {
    const p = plan(['links.L1.params.lengthKm=10,20', 'requests.key.decoyMethod=infinite,vacuum-weak,none']);
    expect(p.pointCount).toBe(6);
    expect(Array.from({ length: 6 }, (_, i) => pointValues(p, i))).toEqual([
      [10, 'infinite'], [10, 'vacuum-weak'], [10, 'none'], [20, 'infinite'], [20, 'vacuum-weak'], [20, 'none'],
    ]);
    expect(p.columns.slice(0, 3)).toEqual(['links.L1.params.lengthKm', 'requests.key.decoyMethod', 'key.keyRateBitsPerSecond']);
    expect(p.columns).toContain('key.tgwBitsPerSecond');
  });

  it('applies the values to a validated copy and gives every point its own seed from the base seed and index', () => {
    const p = plan(['links.L1.params.lengthKm=10:40:4']);
    const s = pointScenario(p, 2);
    expect(s.links[0]!.params.lengthKm).toBe(30);
    expect(p.base.links[0]!.params.lengthKm).toBe(50);
    expect(s.seed).toBe(pointSeed(7, 2));
    const seeds = new Set(Array.from({ length: 1000 }, (_, i) => pointSeed(7, i)));
    expect(seeds.size).toBe(1000);
    expect(pointSeed(7, 3)).not.toBe(pointSeed(8, 3));
    for (const seed of seeds) expect(seed >= 0 && seed <= 2 ** 32 - 1 && Number.isInteger(seed)).toBe(true);
    // A swept seed is used as given.
    expect(pointScenario(plan(['seed=5,6']), 1).seed).toBe(6);
  });

  it('refuses a value the schema refuses, before any point runs, with exit code 2', () => {
    expect(() => plan(['links.L1.params.lengthKm=0:300:61'])).toThrow(new CliError('--set links.L1.params.lengthKm=0:300:61: 0 is not allowed: links[0].params.lengthKm: must be greater than 0 km'));
    expect(() => plan(['links.L1.params.lengthKm=1', 'links.L1.params.lengthKm=2'])).toThrow(/swept twice/);
    expect(() => plan([])).toThrow(/nothing to sweep/);
  });

  it('hashes the spec canonically: key order does not matter, values and the base scenario do', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
    const hash = specHash(plan(['links.L1.params.lengthKm=10,20']));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(specHash(plan(['links.L1.params.lengthKm=10,20']))).toBe(hash);
    expect(specHash(plan(['links.L1.params.lengthKm=10,30']))).not.toBe(hash);
    expect(specHash(plan(['links.L1.params.lengthKm=10,20'], base(8)))).not.toBe(hash);
  });
});

describe('shards', () => {
  it('split points into contiguous ranges that cover every point once', () => {
    for (const points of [1, 5, 20, 61]) {
      for (const count of [1, 2, 3, 7, 64]) {
        let next = 0;
        for (let i = 0; i < count; i++) {
          const r = shardRange(points, i, count);
          expect(r.start).toBe(next);
          expect(r.end - r.start).toBeLessThanOrEqual(Math.ceil(points / count));
          next = r.end;
        }
        expect(next).toBe(points);
      }
    }
  });

  it('come from flags first, then Slurm, Kubernetes and AWS Batch variables', () => {
    expect(shardSelection({ shardIndex: '1', shardCount: '3' }, { SLURM_ARRAY_TASK_ID: '2', SLURM_ARRAY_TASK_COUNT: '4' })).toEqual({ index: 1, count: 3, source: '--shard-index' });
    expect(shardSelection({}, { SLURM_ARRAY_TASK_ID: '12', SLURM_ARRAY_TASK_COUNT: '4', SLURM_ARRAY_TASK_MIN: '10' })).toMatchObject({ index: 2, count: 4 });
    expect(shardSelection({}, { SLURM_ARRAY_TASK_ID: '4', SLURM_ARRAY_TASK_COUNT: '4', SLURM_ARRAY_TASK_MIN: '0', SLURM_ARRAY_TASK_STEP: '2' })).toMatchObject({ index: 2, count: 4 });
    expect(shardSelection({}, { JOB_COMPLETION_INDEX: '3', QNET_SHARD_COUNT: '5' })).toMatchObject({ index: 3, count: 5, source: 'JOB_COMPLETION_INDEX' });
    expect(shardSelection({ shardCount: '6' }, { JOB_COMPLETION_INDEX: '5' })).toMatchObject({ index: 5, count: 6 });
    expect(shardSelection({}, { AWS_BATCH_JOB_ARRAY_INDEX: '0', AWS_BATCH_JOB_ARRAY_SIZE: '2' })).toMatchObject({ index: 0, count: 2 });
    expect(shardSelection({}, {})).toEqual({ index: 0, count: 1, source: 'default' });
  });

  it('refuse an index past the count, a missing count and non-numbers in one line', () => {
    expect(() => shardSelection({ shardIndex: '3', shardCount: '3' }, {})).toThrow('shard index 3 (from --shard-index) is not below the shard count 3');
    expect(() => shardSelection({ shardIndex: '0' }, {})).toThrow('--shard-index needs --shard-count');
    expect(() => shardSelection({}, { JOB_COMPLETION_INDEX: '1' })).toThrow(/give --shard-count or QNET_SHARD_COUNT/);
    expect(() => shardSelection({}, { AWS_BATCH_JOB_ARRAY_INDEX: '1' })).toThrow(/AWS_BATCH_JOB_ARRAY_SIZE is not/);
    expect(() => shardSelection({}, { SLURM_ARRAY_TASK_ID: 'x', SLURM_ARRAY_TASK_COUNT: '2' })).toThrow('SLURM_ARRAY_TASK_ID must be a whole number of at least 0, not "x"');
    expect(() => shardSelection({ shardIndex: '0', shardCount: '0' }, {})).toThrow(/--shard-count must be a whole number of at least 1/);
  });
});
