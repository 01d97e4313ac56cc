// Issue 22, item 6: a run stops at its wall-clock limit between steps and reports how far it got. The clock is injected.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultScenarioInput } from '../scenario/default-scenario';
import { parseScenario } from '../scenario/validate';
import { runCli } from './run-cli';
import { runSimulation, TIME_LIMIT_EXIT_CODE, timeLimitOption } from './simulate-command';
import { seriesOffset } from './series-layout';

const parsed = parseScenario({ ...defaultScenarioInput, settings: { durationSeconds: 100, timeStepSeconds: 1 } });
if (!parsed.ok) throw new Error(parsed.errors.join('; '));
const scenario = parsed.scenario;

/** A clock that moves one second each time it is read. */
function ticking() {
  let ms = 0;
  return () => (ms += 1000);
}

describe('a time-limited simulation', () => {
  it('stops between steps once the limit has passed, and its totals are those of the full run at that time', () => {
    const partial = runSimulation(scenario, { timeLimitSeconds: 10, now: ticking() });
    const full = runSimulation(scenario);
    // The start is read at 1 s, so the deadline is 11 s; the clock reads 2 … 11 s after steps 1 … 10, and a step that
    // takes longer than a batch is worth goes alone, so the run stops after step 10.
    expect(partial.block.timeSeconds.length).toBe(10);
    expect(partial.report).toMatchObject({ complete: false, simulatedSeconds: 10, durationSeconds: 100 });
    expect(full.report).toMatchObject({ complete: true, simulatedSeconds: 100, durationSeconds: 100 });
    const keyAt10 = full.block.values[9 * (full.block.values.length / 100) + seriesOffset(0, 'secretKeyBits')];
    expect(partial.report.requests[0]!.secretKeyBits).toBe(keyAt10);
    expect(partial.report.requests[0]!.meanKeyRateBitsPerSecond).toBeCloseTo(keyAt10! / 10, 9);
  });

  it('reports its progress as it goes, ending at the last step', () => {
    const seen: [number, number][] = [];
    runSimulation(scenario, { onStep: (done, total) => seen.push([done, total]) });
    expect(seen.map(([done]) => done)).toEqual([...seen.map(([done]) => done)].sort((a, b) => a - b));
    expect(seen.at(-1)).toEqual([100, 100]);
  });

  it('reads --time-limit as seconds, 0 as none, and refuses anything else in one line', () => {
    expect(timeLimitOption(undefined)).toBe(300);
    expect(timeLimitOption('2.5')).toBe(2.5);
    expect(timeLimitOption('0')).toBeUndefined();
    for (const bad of ['', '-1', 'ten', 'Infinity']) expect(() => timeLimitOption(bad)).toThrow(/^--time-limit must be a number of seconds/);
  });
});

describe('qnet simulate and sweep at their time limit', () => {
  const dir = mkdtempSync(join(tmpdir(), 'qnet-limit-'));
  const file = join(dir, 'long.json');
  writeFileSync(file, JSON.stringify({ ...defaultScenarioInput, settings: { durationSeconds: 100, timeStepSeconds: 1 } }));

  async function run(args: string[], now?: () => number, stderrIsTerminal = false) {
    let stdout = '';
    let stderr = '';
    const code = await runCli(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), now, stderrIsTerminal });
    return { code, stdout, stderr };
  }

  it('prints the partial report, says so in one line and exits 3', async () => {
    const { code, stdout, stderr } = await run(['simulate', file, '--time-limit', '10'], ticking());
    expect(code).toBe(TIME_LIMIT_EXIT_CODE);
    expect(JSON.parse(stdout)).toMatchObject({ complete: false, simulatedSeconds: 10, durationSeconds: 100 });
    expect(stderr).toBe('qnet: simulate stopped at the 10 s time limit at t = 10 s of 100 s; the output covers that much (raise --time-limit, or 0 for none)\n');
    const series = await run(['simulate', file, '--series', '--time-limit', '10'], ticking());
    expect(series.code).toBe(TIME_LIMIT_EXIT_CODE);
    expect(series.stdout.trimEnd().split('\n')).toHaveLength(1 + 10);
  });

  it('runs to the end with --time-limit 0 and draws a progress bar only on a terminal', async () => {
    const plain = await run(['simulate', file, '--time-limit', '0'], ticking());
    expect([plain.code, plain.stderr, JSON.parse(plain.stdout).complete]).toEqual([0, '', true]);
    const terminal = await run(['simulate', file, '--compact'], undefined, true);
    expect(terminal.code).toBe(0);
    expect(terminal.stderr).toContain(`\rqnet simulate [${'#'.repeat(30)}] 100/100 steps`);
    expect(terminal.stderr.endsWith('\r\x1b[2K')).toBe(true);
  });

  it('stops a sweep at a point that runs past the limit, after the rows before it, with exit code 3', async () => {
    // Two hundred thousand steps cannot run in a microsecond on any machine.
    const big = join(dir, 'big.json');
    writeFileSync(big, JSON.stringify({ ...defaultScenarioInput, settings: { durationSeconds: 200_000, timeStepSeconds: 1 } }));
    const { code, stdout, stderr } = await run(['sweep', big, '--set', 'links.fiber-1.params.lengthKm=20,30', '--threads', '1', '--time-limit', '1e-6']);
    expect(code).toBe(TIME_LIMIT_EXIT_CODE);
    expect(stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^qnet: sweep stopped: point 0 ran past the 0\.000001 s time limit \(at t = \d+ s of 200000 s\); the rows before it were written \(raise --time-limit, or 0 for none\)\n$/);
  });
});
