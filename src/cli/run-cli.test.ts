import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultScenarioInput } from '../scenario/default-scenario';
import { runCli } from './run-cli';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'qnet-cli-'));

describe('qnet simulate', () => {
  it('prints per-request and per-link results as JSON', async () => {
    const file = join(dir, 'ok.json');
    writeFileSync(file, JSON.stringify(defaultScenarioInput));
    const { code, stdout, stderr } = await run(['simulate', file]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const report = JSON.parse(stdout);
    expect(report.requests[0]).toMatchObject({ id: 'key-1', path: ['alice', 'bob'] });
    expect(report.requests[0].keyRateBitsPerSecond).toBeGreaterThan(0);
    expect(report.requests[0].qber).toBeGreaterThan(0.033);
    expect(report.links[0]).toMatchObject({ id: 'fiber-1', lossDb: 10 });
    expect(report.links[0].transmittance).toBeCloseTo(0.1, 12);
  });

  it('exits non-zero with one line on stderr for a missing file', async () => {
    const { code, stdout, stderr } = await run(['simulate', join(dir, 'missing.json')]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^qnet: cannot read .*missing\.json: no such file\n$/);
  });

  it('exits non-zero naming the path and reason for an invalid scenario', async () => {
    const file = join(dir, 'bad.json');
    const bad = structuredClone(defaultScenarioInput);
    bad.links![0]!.params = { lengthKm: -1 };
    writeFileSync(file, JSON.stringify(bad));
    const { code, stderr } = await run(['simulate', file]);
    expect(code).toBe(1);
    expect(stderr).toBe(`qnet: ${file} is not a valid scenario: links[0].params.lengthKm: must be greater than 0 km\n`);
  });

  it('explains broken JSON and unknown commands', async () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{"version":');
    expect((await run(['simulate', file])).stderr).toMatch(/not valid JSON/);
    const unknown = await run(['launch']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "launch"/);
  });
});
