import { CliError } from './cli-error';

/** Which part of a sweep this process computes, and what said so (for messages and the manifest). */
export interface ShardSelection {
  index: number;
  count: number;
  source: string;
}

type Env = Record<string, string | undefined>;

function whole(value: string | undefined, name: string, min: number): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < min) throw new CliError(`${name} must be a whole number of at least ${min}, not "${value}"`);
  return n;
}

/**
 * The shard from --shard-index/--shard-count, else from the scheduler's environment: Slurm job arrays
 * (SLURM_ARRAY_TASK_ID − SLURM_ARRAY_TASK_MIN, divided by SLURM_ARRAY_TASK_STEP, of SLURM_ARRAY_TASK_COUNT), Kubernetes
 * Indexed Jobs (JOB_COMPLETION_INDEX of --shard-count or QNET_SHARD_COUNT), AWS Batch array jobs
 * (AWS_BATCH_JOB_ARRAY_INDEX of AWS_BATCH_JOB_ARRAY_SIZE); else the whole sweep as shard 0 of 1.
 */
export function shardSelection(flags: { shardIndex?: string; shardCount?: string }, env: Env): ShardSelection {
  const flagCount = whole(flags.shardCount, '--shard-count', 1);
  const pick = (): ShardSelection => {
    const flagIndex = whole(flags.shardIndex, '--shard-index', 0);
    if (flagIndex !== undefined) {
      if (flagCount === undefined) throw new CliError('--shard-index needs --shard-count');
      return { index: flagIndex, count: flagCount, source: '--shard-index' };
    }
    const slurmId = whole(env.SLURM_ARRAY_TASK_ID, 'SLURM_ARRAY_TASK_ID', 0);
    if (slurmId !== undefined) {
      const count = flagCount ?? whole(env.SLURM_ARRAY_TASK_COUNT, 'SLURM_ARRAY_TASK_COUNT', 1);
      if (count === undefined) throw new CliError('SLURM_ARRAY_TASK_ID is set but SLURM_ARRAY_TASK_COUNT is not; give --shard-count');
      const min = whole(env.SLURM_ARRAY_TASK_MIN, 'SLURM_ARRAY_TASK_MIN', 0) ?? 0;
      const step = whole(env.SLURM_ARRAY_TASK_STEP, 'SLURM_ARRAY_TASK_STEP', 1) ?? 1;
      if ((slurmId - min) % step !== 0 || slurmId < min) throw new CliError(`SLURM_ARRAY_TASK_ID ${slurmId} is not on the array's steps (min ${min}, step ${step})`);
      return { index: (slurmId - min) / step, count, source: 'SLURM_ARRAY_TASK_ID' };
    }
    const k8sIndex = whole(env.JOB_COMPLETION_INDEX, 'JOB_COMPLETION_INDEX', 0);
    if (k8sIndex !== undefined) {
      const count = flagCount ?? whole(env.QNET_SHARD_COUNT, 'QNET_SHARD_COUNT', 1);
      if (count === undefined) throw new CliError('JOB_COMPLETION_INDEX is set but the number of shards is not; give --shard-count or QNET_SHARD_COUNT (the Job\'s completions)');
      return { index: k8sIndex, count, source: 'JOB_COMPLETION_INDEX' };
    }
    const awsIndex = whole(env.AWS_BATCH_JOB_ARRAY_INDEX, 'AWS_BATCH_JOB_ARRAY_INDEX', 0);
    if (awsIndex !== undefined) {
      const count = flagCount ?? whole(env.AWS_BATCH_JOB_ARRAY_SIZE, 'AWS_BATCH_JOB_ARRAY_SIZE', 1);
      if (count === undefined) throw new CliError('AWS_BATCH_JOB_ARRAY_INDEX is set but AWS_BATCH_JOB_ARRAY_SIZE is not; give --shard-count');
      return { index: awsIndex, count, source: 'AWS_BATCH_JOB_ARRAY_INDEX' };
    }
    return { index: 0, count: flagCount ?? 1, source: 'default' };
  };
  const selection = pick();
  if (selection.index >= selection.count) throw new CliError(`shard index ${selection.index} (from ${selection.source}) is not below the shard count ${selection.count}`);
  return selection;
}

/** Shard i of n holds points ⌊i·P/n⌋ … ⌊(i+1)·P/n⌋ − 1: contiguous, sizes differing by at most one, none lost. */
export function shardRange(pointCount: number, index: number, count: number): { start: number; end: number } {
  return { start: Math.floor((index * pointCount) / count), end: Math.floor(((index + 1) * pointCount) / count) };
}
