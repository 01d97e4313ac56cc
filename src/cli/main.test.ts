import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('the qnet command as users run it', () => {
  it('simulates the example file through tsx with no build step', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'simulate', 'examples/bb84-50km.json', '--compact'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).requests[0].path).toEqual(['alice', 'bob']);
  });

  it('exits 1 with a message for a missing file', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'simulate', 'no-such-file.json'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('qnet: cannot read no-such-file.json: no such file\n');
  });

  it('prints the version from package.json', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', '--version'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${JSON.parse(readFileSync('package.json', 'utf8')).version}\n`);
  });

  it('exits 0 without a word when the reader closes the pipe early (| head -1)', async () => {
    // 200,000 steps of CSV is megabytes, far more than a pipe buffers, so the writer meets the closed pipe.
    const dir = mkdtempSync(join(tmpdir(), 'qnet-pipe-'));
    const file = join(dir, 'long.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync('examples/bb84-50km.json', 'utf8')), settings: { durationSeconds: 200_000, timeStepSeconds: 1 } }));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'simulate', file, '--series'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let firstChunk = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', (d) => {
      firstChunk = String(d);
      child.stdout.destroy();
    });
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(firstChunk).toMatch(/^timeSeconds,key-1\.keyRateBitsPerSecond,/);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
