import { spawnSync } from 'node:child_process';
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
});
