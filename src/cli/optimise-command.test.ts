import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineScenario } from '../engine/optimise/testing/placement-fixtures';
import { parseScenarioJson } from '../scenario/validate';
import { runCli } from './run-cli';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

describe('qnet optimise', () => {
  it('prints the chosen sites, each request before and after, optimality and the gap, and writes the optimised scenario', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'qnet-optimise-'));
    const file = join(dir, 'line.json');
    await writeFile(file, JSON.stringify(lineScenario(6, 25, 100)));
    const out = join(dir, 'out.json');
    const { code, stdout } = await run(['optimise', file, '--write', out]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.optimal).toBe(true);
    expect(report.gap).toBe(0);
    expect(report.chosen.length).toBe(report.objectiveValue);
    expect(typeof report.seconds).toBe('number');
    expect(report.requests[0].after.keyRateBitsPerSecond).toBeGreaterThanOrEqual(100);
    const written = parseScenarioJson(await readFile(out, 'utf8'));
    expect(written.ok).toBe(true);
    if (written.ok) expect(written.scenario.nodes.map((n) => n.id)).toEqual(['A', ...report.chosen, 'B']);
  });

  it('--min-key-rate overrides the targets; one it cannot meet exits 1 naming the request and the best it could get', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'qnet-optimise-'));
    const file = join(dir, 'line.json');
    await writeFile(file, JSON.stringify(lineScenario(3, 25, 100)));
    const { code, stderr } = await run(['optimise', file, '--min-key-rate', '1e7']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^qnet: optimise: request key cannot reach 10000000 bit\/s with every candidate site kept; the best it can get is [\d.]+ bit\/s\n$/);
  });

  it('refuses a wrong objective, a budget without max-min-rate and fidelity targets with exit 2', async () => {
    expect((await run(['optimise', 'x.json', '--objective', 'cheapest'])).stderr).toMatch(/--objective must be one of fewest-relays, lowest-cost, max-min-rate/);
    expect((await run(['optimise', 'x.json', '--budget', '3'])).code).toBe(2);
    expect((await run(['optimise', 'x.json', '--min-fidelity', '0.9'])).stderr).toMatch(/not planned yet/);
  });
});
