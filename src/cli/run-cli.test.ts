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
    // TGW beside PLOB for the same channel: log2((1+η)/(1−η)) against −log2(1−η), at η = 0.1.
    expect(report.requests[0].tgwBitsPerSecond / report.requests[0].plobBitsPerSecond).toBeCloseTo(Math.log2(1.1 / 0.9) / -Math.log2(0.9), 9);
  });

  it('reads a file saved with a UTF-8 byte-order mark, as the app does, and names /dev/null for what it is', async () => {
    const file = join(dir, 'bom.json');
    writeFileSync(file, `\uFEFF${JSON.stringify(defaultScenarioInput)}`);
    expect((await run(['simulate', file])).code).toBe(0);
    const devNull = await run(['simulate', '/dev/null']);
    expect(devNull.code).toBe(1);
    expect(devNull.stderr).toBe('qnet: cannot read /dev/null: not a regular file (a device, pipe or socket)\n');
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

describe('qnet help, version and errors', () => {
  it('prints help for every command and the version', async () => {
    for (const command of ['simulate', 'sweep', 'merge']) {
      const help = await run([command, '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^usage: qnet ${command} `));
    }
    expect((await run(['--help'])).stdout).toMatch(/simulate .*\n.*sweep .*\n.*merge /);
    expect((await run(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('answers a wrong command line with one line and exit code 2', async () => {
    const cases: [string[], RegExp][] = [
      [['simulate', 'a.json', '--bogus'], /^qnet: simulate: unknown option '--bogus' \(see qnet simulate --help\)\n$/],
      [['simulate'], /^qnet: simulate needs exactly one scenario file, got 0/],
      [['sweep', 'a.json', '--format', 'xml', '--set', 'seed=1'], /^qnet: --format must be csv or ndjson, not "xml"\n$/],
      [['sweep', 'a.json', '--threads', '0', '--set', 'seed=1'], /^qnet: --threads must be a whole number of at least 1, not "0"\n$/],
      [['sweep', 'a.json', '--set', 'seed=1', '--shard-index', '0', '--shard-count', '2'], /^qnet: --shard-index and --shard-count need --out DIR/],
      [['merge'], /^qnet: merge needs exactly one directory, got 0/],
      [[], /^qnet: missing command; commands: simulate, sweep, merge/],
    ];
    for (const [args, expected] of cases) {
      const result = await run(args);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(expected);
      expect(result.stderr.trimEnd()).not.toContain('\n');
    }
  });
});

describe('qnet simulate --series', () => {
  it('prints time, then every series of every request, one row per step, consistent with the JSON report', async () => {
    const file = join(dir, 'series.json');
    writeFileSync(file, JSON.stringify({ ...defaultScenarioInput, settings: { durationSeconds: 30, timeStepSeconds: 1 } }));
    const { code, stdout } = await run(['simulate', file, '--series']);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    const header = lines[0]!.split(',');
    expect(header[0]).toBe('timeSeconds');
    expect(header).toContain('key-1.secretKeyBits');
    expect(lines).toHaveLength(31);
    const report = JSON.parse((await run(['simulate', file])).stdout);
    const last = lines.at(-1)!.split(',');
    expect(Number(last[0])).toBe(30);
    expect(Number(last[header.indexOf('key-1.secretKeyBits')])).toBe(report.requests[0].secretKeyBits);
    // Fidelity does not exist for BB84: an empty cell, not NaN.
    expect(last[header.indexOf('key-1.fidelity')]).toBe('');
  });
});

describe('qnet sweep', () => {
  it('prints one row per point with the values simulate reports, as CSV or NDJSON', async () => {
    const file = join(dir, 'sweep.json');
    writeFileSync(file, JSON.stringify({ ...defaultScenarioInput, settings: { durationSeconds: 10, timeStepSeconds: 1 } }));
    const csv = await run(['sweep', file, '--set', 'links.fiber-1.params.lengthKm=20:80:3', '--threads', '1']);
    expect([csv.code, csv.stderr]).toEqual([0, '']);
    const lines = csv.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(
      'links.fiber-1.params.lengthKm,key-1.keyRateBitsPerSecond,key-1.qber,key-1.latencySeconds,key-1.fidelity,key-1.entanglementRatePairsPerSecond,' +
        'key-1.plobBitsPerSecond,key-1.tgwBitsPerSecond,key-1.meanKeyRateBitsPerSecond,key-1.secretKeyBits',
    );
    // The default (every core unless the sweep is too small to repay worker start-up) prints the same bytes.
    expect((await run(['sweep', file, '--set', 'links.fiber-1.params.lengthKm=20:80:3'])).stdout).toBe(csv.stdout);
    const rates = lines.slice(1).map((l) => Number(l.split(',')[1]));
    expect(rates[0]).toBeGreaterThan(rates[1]!);
    expect(rates[1]).toBeGreaterThan(rates[2]!);

    const at50 = structuredClone(defaultScenarioInput);
    at50.links![0]!.params = { lengthKm: 50 };
    writeFileSync(file, JSON.stringify({ ...at50, settings: { durationSeconds: 10, timeStepSeconds: 1 } }));
    const report = JSON.parse((await run(['simulate', file])).stdout).requests[0];
    const ndjson = await run(['sweep', file, '--set', 'links.fiber-1.params.lengthKm=50', '--format', 'ndjson', '--threads', '1']);
    const row = JSON.parse(ndjson.stdout);
    expect(row['links.fiber-1.params.lengthKm']).toBe(50);
    expect(row['key-1.keyRateBitsPerSecond']).toBe(report.keyRateBitsPerSecond);
    expect(row['key-1.plobBitsPerSecond']).toBe(report.plobBitsPerSecond);
    expect(row['key-1.fidelity']).toBeNull();
    // TGW at 50 km of 0.2 dB/km (η = 0.1): log2(1.1/0.9) per use against PLOB's −log2(0.9).
    expect(row['key-1.tgwBitsPerSecond'] / row['key-1.plobBitsPerSecond']).toBeCloseTo(Math.log2(1.1 / 0.9) / -Math.log2(0.9), 6);
  });

  it('exits 2 with one line for an unknown id, parameter or a bad range', async () => {
    const file = join(dir, 'ok.json');
    const cases: [string, string][] = [
      ['links.nope.params.lengthKm=1:2:2', 'cannot sweep "links.nope.params.lengthKm": no link has id "nope" (links: fiber-1)'],
      ['links.fiber-1.params.speed=1', 'cannot sweep "links.fiber-1.params.speed": link "fiber-1"\'s params has no field "speed"'],
      ['links.fiber-1.params.lengthKm=0:300:61', '--set links.fiber-1.params.lengthKm=0:300:61: 0 is not allowed: links[0].params.lengthKm: must be greater than 0 km'],
      ['links.fiber-1.params.lengthKm=5:1', '--set links.fiber-1.params.lengthKm=5:1: "5:1" is neither start:stop:count nor a list a,b,c'],
    ];
    for (const [set, message] of cases) {
      const result = await run(['sweep', file, '--set', set]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.startsWith(`qnet: ${message}`)).toBe(true);
      expect(result.stderr.trimEnd()).not.toContain('\n');
    }
  });

  it('stops with one line and exit 2 when a combination of values is invalid, on worker threads too', async () => {
    const file = join(dir, 'ok.json');
    // Each value is fine alone; half-second steps over a million seconds are two million steps, over the limit.
    const args = ['sweep', file, '--set', 'settings.timeStepSeconds=0.5,1', '--set', 'settings.durationSeconds=1000000,10'];
    for (const threads of ['1', '2']) {
      const result = await run([...args, '--threads', threads]);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        'qnet: sweep: point 0 (settings.timeStepSeconds=0.5, settings.durationSeconds=1000000) is not a valid scenario: settings.timeStepSeconds: gives more than 1000000 steps; use a larger step\n',
      );
    }
  });
});
