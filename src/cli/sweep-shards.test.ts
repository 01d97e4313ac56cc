import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

/** The real CLI in a child process, as a scheduler starts it: through tsx, with the scheduler's variables set. */
function qnet(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function merge(dir: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['merge', dir], { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'qnet-shards-'));
const scenarioFile = join(dir, 'chain.json');
/** 20 points of a cheap scenario with a Monte Carlo request, so per-point seeds matter. */
const SWEEP = ['sweep', scenarioFile, '--set', 'links.f1.params.lengthKm=10:100:5', '--set', 'requests.pairs.params.monteCarloTrials=100,200', '--set', 'links.key-link.params.lengthKm=20,40'];

/** How each shard count learns its index: every scheduler the CLI knows, and plain flags. */
function shardEnv(index: number, count: number): { env: Record<string, string>; flags: string[] } {
  if (count === 2) return { env: { SLURM_ARRAY_TASK_ID: String(index + 5), SLURM_ARRAY_TASK_MIN: '5', SLURM_ARRAY_TASK_COUNT: String(count) }, flags: [] };
  if (count === 3) return { env: { JOB_COMPLETION_INDEX: String(index), QNET_SHARD_COUNT: String(count) }, flags: [] };
  if (count === 7) return { env: { SLURM_ARRAY_TASK_ID: String(index), SLURM_ARRAY_TASK_COUNT: String(count) }, flags: [] };
  return { env: { AWS_BATCH_JOB_ARRAY_INDEX: String(index), AWS_BATCH_JOB_ARRAY_SIZE: String(count) }, flags: [] };
}

let reference = '';

beforeAll(async () => {
  writeFileSync(
    scenarioFile,
    JSON.stringify({
      version: 1,
      seed: 11,
      settings: { durationSeconds: 5, timeStepSeconds: 1 },
      nodes: [
        { id: 'a', kind: 'ground-station', position: { x: 0, y: 0 }, params: {} },
        { id: 'r', kind: 'repeater', position: { x: 1, y: 0 }, params: {} },
        { id: 'b', kind: 'ground-station', position: { x: 2, y: 0 }, params: {} },
        { id: 'c', kind: 'ground-station', position: { x: 0, y: 1 }, params: {} },
        { id: 'd', kind: 'ground-station', position: { x: 2, y: 1 }, params: {} },
      ],
      links: [
        { id: 'f1', source: 'a', target: 'r', kind: 'fiber', params: { lengthKm: 25 } },
        { id: 'f2', source: 'r', target: 'b', kind: 'fiber', params: { lengthKm: 25 } },
        { id: 'key-link', source: 'c', target: 'd', kind: 'fiber', params: { lengthKm: 30 } },
      ],
      requests: [
        { id: 'pairs', source: 'a', target: 'b', protocol: 'entanglement', params: {} },
        { id: 'key', source: 'c', target: 'd', protocol: 'bb84-decoy', params: {} },
      ],
    }),
  );
  const [single, shards] = await Promise.all([
    qnet([...SWEEP, '--threads', '1']),
    Promise.all(
      [1, 2, 3, 7].flatMap((count) =>
        Array.from({ length: count }, (_, index) => {
          const { env, flags } = shardEnv(index, count);
          return qnet([...SWEEP, '--threads', '1', '--out', join(dir, `n${count}`), ...flags], env);
        }),
      ),
    ),
  ]);
  expect(single.stderr).toBe('');
  expect(single.code).toBe(0);
  for (const shard of shards) expect([shard.code, shard.stderr]).toEqual([0, '']);
  reference = single.stdout;
  // A safety net against hangs on a loaded machine (14 processes at once), not a speed requirement.
}, 120_000);

describe('a sharded sweep', () => {
  it('has a header and 20 rows, with Monte Carlo results that differ between points', () => {
    const lines = reference.trimEnd().split('\n');
    expect(lines).toHaveLength(21);
    expect(lines[0]).toMatch(/^links\.f1\.params\.lengthKm,requests\.pairs\.params\.monteCarloTrials,links\.key-link\.params\.lengthKm,pairs\.keyRateBitsPerSecond,/);
    const fidelity = lines[0]!.split(',').indexOf('pairs.fidelity');
    const fidelities = lines.slice(1).map((l) => Number(l.split(',')[fidelity]));
    expect(fidelities.every((f) => f > 0.5 && f <= 1)).toBe(true);
    expect(new Set(fidelities).size).toBeGreaterThan(5);
  });

  it('merges byte-identical to the unsharded run for 1, 2, 3 and 7 shards', async () => {
    for (const count of [1, 2, 3, 7]) {
      expect(readdirSync(join(dir, `n${count}`)).filter((n) => n.endsWith('.manifest.json'))).toHaveLength(count);
      const merged = await merge(join(dir, `n${count}`));
      expect([merged.code, merged.stderr]).toEqual([0, '']);
      expect(merged.stdout).toBe(reference);
    }
  });

  it('gives the same output on two worker threads as on one', async () => {
    const threaded = await qnet([...SWEEP, '--threads', '2']);
    expect([threaded.code, threaded.stderr]).toEqual([0, '']);
    expect(threaded.stdout).toBe(reference);
  });

  it('refuses the gap a shard killed mid-run leaves, then merges the same bytes once that shard is rerun', async () => {
    // Points slow enough (200 000 Monte Carlo trials each) that the shard runs for a while after opening its part.
    const slowFile = join(dir, 'slow.json');
    writeFileSync(slowFile, JSON.stringify({ ...JSON.parse(readFileSync(scenarioFile, 'utf8')), requests: [{ id: 'pairs', source: 'a', target: 'b', protocol: 'entanglement', params: { monteCarloTrials: 200_000 } }] }));
    const slow = ['sweep', slowFile, '--set', 'links.f1.params.lengthKm=10:40:4', '--threads', '1'];
    const shards = join(dir, 'killed');
    const partial = () => (existsSync(shards) ? readdirSync(shards).find((n) => n.startsWith('.shard-1-of-2.csv.tmp-')) : undefined);
    const victim = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...slow, '--out', shards, '--shard-index', '1', '--shard-count', '2']);
    let victimDone = false;
    const victimExit = new Promise<NodeJS.Signals | null>((resolve) => victim.on('exit', (_code, signal) => resolve(((victimDone = true), signal))));
    const [first] = await Promise.all([
      qnet([...slow, '--out', shards, '--shard-index', '0', '--shard-count', '2']),
      // Kill the shard once its temporary part exists: it is open from before the first point until renamed at the end.
      (async () => {
        while (!victimDone && !partial()) await new Promise((r) => setTimeout(r, 10));
        victim.kill('SIGKILL');
      })(),
    ]);
    expect(await victimExit).toBe('SIGKILL');
    expect([first.code, first.stderr]).toEqual([0, '']);
    // The killed shard left its temporary part and no part or manifest of its own.
    expect(partial()).toBeDefined();
    expect(readdirSync(shards)).toEqual(expect.arrayContaining(['shard-0-of-2.csv', 'shard-0-of-2.manifest.json']));
    expect(readdirSync(shards).filter((n) => n.startsWith('shard-1-of-2'))).toEqual([]);
    const gap = await merge(shards);
    expect([gap.code, gap.stdout, gap.stderr]).toEqual([1, '', 'qnet: merge: points 2–3 of 4 are missing (no shard holds them)\n']);
    const [single, rerun] = await Promise.all([qnet(slow), qnet([...slow, '--out', shards, '--shard-index', '1', '--shard-count', '2'])]);
    expect([single.code, single.stderr, rerun.code, rerun.stderr]).toEqual([0, '', 0, '']);
    expect(single.stdout.trimEnd().split('\n')).toHaveLength(5);
    const merged = await merge(shards);
    expect([merged.code, merged.stderr]).toEqual([0, '']);
    expect(merged.stdout).toBe(single.stdout);
  });

  it('refuses duplicates, a different sweep and a damaged part', async () => {
    const duplicate = join(dir, 'duplicate');
    cpSync(join(dir, 'n3'), duplicate, { recursive: true });
    cpSync(join(dir, 'n2', 'shard-1-of-2.csv'), join(duplicate, 'shard-1-of-2.csv'));
    cpSync(join(dir, 'n2', 'shard-1-of-2.manifest.json'), join(duplicate, 'shard-1-of-2.manifest.json'));
    const dup = await merge(duplicate);
    expect(dup.code).toBe(1);
    expect(dup.stderr).toMatch(/^qnet: merge: shard-\d-of-\d\.manifest\.json and shard-\d-of-\d\.manifest\.json both hold point \d+ /);

    const other = join(dir, 'other');
    cpSync(join(dir, 'n2'), other, { recursive: true });
    const changed = await qnet([...SWEEP.slice(0, 3), 'links.f1.params.lengthKm=10:100:6', ...SWEEP.slice(4), '--threads', '1', '--out', other, '--shard-index', '0', '--shard-count', '3']);
    expect(changed.code).toBe(0);
    const mixed = await merge(other);
    expect(mixed.code).toBe(1);
    expect(mixed.stderr).toMatch(/^qnet: merge: shard-.* and shard-.* come from different sweeps \((specHash|pointCount) /);

    const damaged = join(dir, 'damaged');
    cpSync(join(dir, 'n2'), damaged, { recursive: true });
    const part = join(damaged, 'shard-0-of-2.csv');
    writeFileSync(part, readFileSync(part, 'utf8').replace(/\d/, (d) => String((Number(d) + 1) % 10)));
    const bad = await merge(damaged);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe('qnet: merge: shard-0-of-2.csv does not match the checksum in its manifest (damaged or overwritten); rerun shard 0 of 2\n');
  });
});
