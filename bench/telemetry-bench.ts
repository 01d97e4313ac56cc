/**
 * The schema's maximum of 5,000 requests streaming in Chromium (issue 22): the page's heap (CDP `Runtime.getHeapUsage`:
 * JS heap, DOM heap and array buffers, the page's isolate, not the worker's), the simulated clock and the rows the results store
 * keeps, at start, middle and end of a long run at 1000×, and every page error. 10 minutes in full mode, 2 with
 * --quick. Part of `npm run bench`; alone (`npx tsx bench/telemetry-bench.ts [--quick]`) it builds and serves the app
 * on BENCH_TELEMETRY_PORT (4176) and replaces only its section of RESULTS.md.
 */
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config';
import { serveProductionBuild, standaloneMachineLine, writeResultsSection } from './standalone-run';
import { LIMITS } from '../src/scenario/schema';
import { capRows, TELEMETRY_BUDGET_BYTES } from '../src/store/results-store-rows';
import { REQUEST_SERIES } from '../src/worker/protocol';
import { manyRequestsInput } from './generate-scenario';
import { megabytes, pageHeap, simulatedSeconds } from './page-probes';

const AUTOSAVE_KEY = 'qnet-designer.scenario';
/** Target from the issue: the page's heap with 5,000 requests streaming. */
export const HEAP_TARGET_BYTES = 500e6;

export interface TelemetryPoint {
  wallSeconds: number;
  simulatedSeconds: number;
  rows: number;
  /** JS heap, the DOM's (embedder) heap and array buffers' backing stores, used. */
  heapBytes: number;
  /** Of which array buffers and external strings: the results store's samples live here. */
  backingBytes: number;
}

export interface TelemetryReport {
  requests: number;
  plannedSeconds: number;
  /** Navigation to the first sample on the chart. */
  firstSampleSeconds: number;
  points: TelemetryPoint[];
  status: string;
  errors: string[];
  loadAverage: number[];
}

/** Open 5,000 requests at `url`, play at 1000× for `seconds` of wall time, and record heap, clock and rows. */
export async function manyRequestsStreaming(browser: Browser, url: string, seconds: number, log: (line: string) => void = console.log): Promise<TelemetryReport> {
  const scenario = manyRequestsInput(LIMITS.requests);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const report: TelemetryReport = { requests: LIMITS.requests, plannedSeconds: seconds, firstSampleSeconds: NaN, points: [], status: '', errors: [], loadAverage: os.loadavg() };
  page.on('pageerror', (e) => report.errors.push(e.message.split('\n')[0]!));
  try {
    await page.addInitScript(([key, text]) => window.localStorage.setItem(key!, text!), [AUTOSAVE_KEY, JSON.stringify(scenario)]);
    const opened = Date.now();
    await page.goto(url);
    const cdp = await context.newCDPSession(page);
    await page.getByLabel('Speed').selectOption('1000', { timeout: 180_000 });
    const chart = page.getByTestId('chart-keyRateBitsPerSecond');
    await chart.scrollIntoViewIfNeeded({ timeout: 180_000 });
    const rows = async () => Number(await chart.getAttribute('data-samples'));
    await page.waitForFunction(() => Number(document.querySelector('[data-testid=chart-keyRateBitsPerSecond]')?.getAttribute('data-samples') ?? 0) > 0, null, { timeout: 300_000 });
    report.firstSampleSeconds = (Date.now() - opened) / 1000;
    const start = Date.now();
    const record = async () => {
      const heap = await pageHeap(cdp);
      const point = { wallSeconds: (Date.now() - start) / 1000, simulatedSeconds: await simulatedSeconds(page), rows: await rows(), heapBytes: heap.usedBytes, backingBytes: heap.backingBytes };
      report.points.push(point);
      log(`  5,000 requests at ${point.wallSeconds.toFixed(0)} s: t = ${point.simulatedSeconds} s, ${point.rows} rows, heap ${(point.heapBytes / 1e6).toFixed(0)} MB (array buffers ${(point.backingBytes / 1e6).toFixed(0)} MB)`);
    };
    await record();
    // Ten points over the run; the table shows start, middle and end, and the largest heap of all.
    for (let i = 1; i <= 10; i++) {
      await page.waitForTimeout(Math.max(0, start + (seconds * 1000 * i) / 10 - Date.now()));
      await record();
    }
    report.status = (await page.getByTestId('run-status').textContent()) ?? '';
  } catch (e) {
    report.errors.push(`benchmark: ${(e as Error).message.split('\n')[0]}`);
  } finally {
    await context.close();
  }
  return report;
}


export function telemetryTable(report: TelemetryReport): string[] {
  const p = report.points;
  const picked = p.length === 0 ? [] : [p[0]!, p[Math.floor((p.length - 1) / 2)]!, p[p.length - 1]!];
  const largest = p.reduce((m, x) => Math.max(m, x.heapBytes), 0);
  const cap = capRows(LIMITS.requests * REQUEST_SERIES.length);
  return [
    `${report.requests.toLocaleString('en-US')} BB84 requests on 20 stations round a trusted hub (\`manyRequestsInput\`), autosaved and opened, played at 1000× for ` +
      `${(report.plannedSeconds / 60).toFixed(0)} min of wall time; heap is the page's (CDP \`Runtime.getHeapUsage\`: JS heap + DOM heap + array buffers' backing stores, used; the worker has its own). ` +
      `The results store keeps at most ${cap} rows of this width (${TELEMETRY_BUDGET_BYTES / 2 ** 20} MiB budget), thinning older ones. ` +
      `First sample ${Number.isFinite(report.firstSampleSeconds) ? `${report.firstSampleSeconds.toFixed(1)} s` : '—'} after navigation; load average when it started ${report.loadAverage.map((l) => l.toFixed(2)).join(' / ')}.`,
    '',
    '| Point | Wall time | Simulated time | Rows kept | Page heap | of which array buffers |',
    '|---|---:|---:|---:|---:|---:|',
    ...picked.map((x, i) => `| ${['start', 'middle', 'end'][i]} | ${x.wallSeconds.toFixed(0)} s | ${x.simulatedSeconds.toLocaleString('en-US')} s | ${x.rows} | ${megabytes(x.heapBytes)} | ${megabytes(x.backingBytes)} |`),
    '',
    `Largest heap of ${p.length} readings: **${megabytes(largest)}** (target ≤ ${megabytes(HEAP_TARGET_BYTES)}: ${largest > 0 && largest <= HEAP_TARGET_BYTES ? 'met' : 'not met'}); ` +
      `status at the end: ${report.status || '—'}; page errors: ${report.errors.length === 0 ? 'none' : report.errors.map((e) => `\`${e}\``).join(', ')}.`,
  ];
}

export const TELEMETRY_HEADING = '## Telemetry with 5,000 requests (browser)';

async function main() {
  const quick = process.argv.includes('--quick');
  const port = Number(process.env.BENCH_TELEMETRY_PORT ?? 4176);
  const { url, stop } = await serveProductionBuild(port);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const report = await manyRequestsStreaming(browser, url, quick ? 120 : 600);
  const version = browser.version();
  await browser.close();
  stop();
  writeResultsSection([TELEMETRY_HEADING, '', standaloneMachineLine(`npx tsx bench/telemetry-bench.ts${quick ? ' --quick' : ''}`, version), '', ...telemetryTable(report), ''], ['## Sweep throughput (CLI)']);
  console.log(telemetryTable(report).join('\n'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
