import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineScenario, repeaterLineScenario } from '../engine/optimise/testing/placement-fixtures';
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

  it('--min-fidelity places repeaters so the chain delivers the floor and the key rate; one it cannot meet exits 1 with the best fidelity', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'qnet-optimise-'));
    const file = join(dir, 'repeaters.json');
    // 150 km: one hop alone gives too little key, every one of the 5 sites kept gives too low a fidelity.
    await writeFile(file, JSON.stringify(repeaterLineScenario(5, 25, 0.5)));
    const { code, stdout } = await run(['optimise', file, '--min-fidelity', '0.85', '--min-key-rate', '1', '--compact']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.optimal).toBe(true);
    expect(report.chosen.length).toBeGreaterThan(0);
    const pairs = report.requests[0];
    expect([pairs.minFidelity, pairs.minBitsPerSecond]).toEqual([0.85, 1]);
    expect(pairs.after.fidelity).toBeGreaterThanOrEqual(0.85);
    expect(pairs.after.keyRateBitsPerSecond).toBeGreaterThanOrEqual(1);
    expect(pairs.after.path).toEqual(['A', ...report.chosen, 'B']);
    const failed = await run(['optimise', file, '--min-fidelity', '0.995']);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/^qnet: optimise: request pairs cannot reach fidelity 0.995 with any choice of candidate sites; the best fidelity any chain gets is at most 0\.9\d+\n$/);
  });

  it('refuses a wrong objective, a budget without max-min-rate, a fidelity above 1 and a fractional route count with exit 2', async () => {
    expect((await run(['optimise', 'x.json', '--objective', 'cheapest'])).stderr).toMatch(/--objective must be one of fewest-relays, lowest-cost, max-min-rate/);
    expect((await run(['optimise', 'x.json', '--budget', '3'])).code).toBe(2);
    expect((await run(['optimise', 'x.json', '--min-fidelity', '1.5'])).stderr).toMatch(/--min-fidelity must be at most 1/);
    const routes = await run(['optimise', 'x.json', '--disjoint-routes', '1.5']);
    expect([routes.code, routes.stderr]).toEqual([2, 'qnet: --disjoint-routes must be a whole number from 1 to 10, not "1.5"\n']);
  });
});
