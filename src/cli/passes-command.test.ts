import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

const dir = mkdtempSync(join(tmpdir(), 'qnet-passes-'));
const micius = new URL('../../examples/micius-xinglong-day.json', import.meta.url).pathname;

describe('qnet passes', () => {
  it('finds the Micius pass over Xinglong of 2016-12-19 16:45–17:00 UTC at 645 ± 30 km, usable at night', async () => {
    const { code, stdout, stderr } = await run(['passes', micius]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.startTimeUtc).toBe('2016-12-18T21:38:11.330Z'); // the TLE epoch 16353.90152003
    const passes = report.pairs[0].passes;
    const night = passes.find((p: { startUtc: string }) => p.startUtc.startsWith('2016-12-19T16:'));
    expect(night.startUtc >= '2016-12-19T16:45' && night.endUtc <= '2016-12-19T17:00').toBe(true);
    expect(Math.abs(night.minSlantRangeKm - 645)).toBeLessThan(30);
    expect(night.endSeconds - night.startSeconds).toBeGreaterThan(night.secondsAboveMinElevation);
    expect(night.usable).toMatchObject({ elevation: true, night: true });
    // The noon pass the same day is higher but in daylight: the station asks for the Sun below −12°.
    const noon = passes.find((p: { maxElevationDeg: number; usable: { night: boolean } }) => p.maxElevationDeg > 60);
    expect(noon.usable).toMatchObject({ elevation: true, night: false });
    expect(noon.usable.maxSunElevationDeg).toBeGreaterThan(20);
    // Low passes never reach the 10° mask.
    for (const p of passes.filter((q: { maxElevationDeg: number }) => q.maxElevationDeg < 10)) expect(p.usable.elevation).toBe(false);
  });

  it('searches only as long as --hours says', async () => {
    const { code, stdout } = await run(['passes', micius, '--hours', '12']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.spanSeconds).toBe(43_200);
    for (const p of report.pairs[0].passes) expect(p.endSeconds).toBeLessThanOrEqual(43_200);
  });

  it('refuses a bad span, a file with no satellite, and a mistyped TLE in one line each', async () => {
    expect((await run(['passes', micius, '--hours', 'soon'])).stderr).toBe('qnet: passes: --hours must be a number above 0 and at most 744, not "soon"\n');
    const plain = join(dir, 'plain.json');
    writeFileSync(plain, JSON.stringify(defaultScenarioInput));
    const noSatellite = await run(['passes', plain]);
    expect(noSatellite.code).toBe(1);
    expect(noSatellite.stderr).toBe(`qnet: ${plain} has no satellite, so there are no passes\n`);
    const typo = join(dir, 'typo.json');
    writeFileSync(typo, readFileSync(micius, 'utf8').replace('97.3699', '97.3698'));
    const bad = await run(['passes', typo]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/nodes\[0\]\.orbit\.line2.*checksum 3 but its characters add up to 2: a character was mistyped/);
  });
});
