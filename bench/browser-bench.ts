/**
 * Browser benchmarks in Debian's Chromium through Playwright, on the production build: time from navigation to the
 * first chart sample, and frames per second while panning and dragging a node on generated networks during a running
 * simulation, side by side with a plain React Flow page of the same nodes and edges (bench/plain-reactflow). Also the
 * gzipped size of the production bundle. Both pages are served by bench/static-server.ts from the files the build
 * compressed ahead (as a production host serves them); `--vite-preview` serves them with `vite preview` instead, which
 * compresses each response as it goes. Run alone with `npx tsx bench/browser-bench.ts [--quick]`.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config';
import { CONTENT_SECURITY_POLICY } from '../vite.config';
import { serveStatic } from './static-server';
import { generateNetworkInput } from './generate-scenario';
import { parseScenario } from '../src/scenario/validate';
import { encodeScenario } from '../src/share/url-codec';
import { manyRequestsStreaming, type TelemetryReport } from './telemetry-bench';
import { pageEdit, pageEditTables, pageMemory, PAGE_EDIT_HEADING, PAGE_EDIT_RUNS, type PageEditReport, type PageMemoryReport } from './page-edit-bench';
import { fmt, kb, ms } from './measure';
import { standaloneMachineLine, writeResultsSection } from './standalone-run';
import { lonelyNodes, tileCentres, tileCount } from '../e2e/canvas-tiles';

/** `BENCH_BROWSER_PORT` moves both servers (the baseline on the next port), so two people can measure at once. */
const APP_PORT = Number(process.env.BENCH_BROWSER_PORT ?? 4174);
const BASELINE_PORT = APP_PORT + 1;
const APP_URL = `http://127.0.0.1:${APP_PORT}/`;
const BASELINE_URL = `http://127.0.0.1:${BASELINE_PORT}/`;
const BASELINE_CONFIG = 'bench/plain-reactflow/vite.config.ts';
const BASELINE_DIST = 'bench/plain-reactflow/dist';
const AUTOSAVE_KEY = 'qnet-designer.scenario';
const VIEWPORT = { width: 1280, height: 800 };

export interface BundleFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface BundleReport {
  files: BundleFile[];
  totalGzipBytes: number;
  /** Scripts index.html loads before anything else (entry + modulepreload), gzipped. */
  initialGzipBytes: number;
}

export interface FpsRow {
  nodes: number;
  links: number;
  page: 'app' | 'baseline';
  panFps: number;
  dragFps: number;
  /** Longest frame seen during the gestures. */
  worstFrameMs: number;
  /** Navigation to nodes on screen. */
  loadMs: number;
  note: string;
}

/** Navigation to the first node element on the page, one run each, app opened from a share link. */
export interface OpeningRow {
  nodes: number;
  linkChars: number;
  appMs: number[];
  baselineMs: number[];
  /** One-minute load average before and after the runs (2 shared cores: both pages pay for it alike). */
  loadAverage: [number, number];
}

/** What served the pages: the build's precompressed files (bench/static-server.ts), or `vite preview`. */
export type BenchServer = 'static' | 'vite-preview';

export interface BrowserReport {
  server: BenchServer;
  bundle: BundleReport | null;
  opening: OpeningRow | null;
  firstSampleMs: number[];
  /** One-minute load average before and after the first-sample runs. */
  firstSampleLoad: [number, number] | null;
  /** Navigation to the default scenario's nodes on the canvas, in the same runs. */
  canvasShownMs: number[];
  fps: FpsRow[];
  chromiumVersion: string;
  /** 5,000 requests streaming: page heap, clock and rows kept (telemetry-bench.ts). */
  telemetry: TelemetryReport | null;
  /** One link edit against a whole re-evaluation on 10,000 nodes, and the page heap while it streams (page-edit-bench.ts). */
  pageEdit: PageEditReport | null;
  pageMemory: PageMemoryReport | null;
  errors: string[];
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, FORCE_COLOR: '0' } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
}

/** A long-running server in its own process group, so stopping it stops npx and vite together. */
function serve(args: string[]): ChildProcess {
  return spawn('npx', args, { stdio: ['ignore', 'ignore', 'inherit'], detached: true, env: { ...process.env, FORCE_COLOR: '0' } });
}

function stop(server: ChildProcess | null): void {
  if (server?.pid === undefined || server.exitCode !== null) return;
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

async function waitForUrl(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

export function bundleSize(dist = 'dist'): BundleReport {
  const assets = join(dist, 'assets');
  const files = readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((file) => {
      const bytes = readFileSync(join(assets, file));
      return { file, bytes: statSync(join(assets, file)).size, gzipBytes: gzipSync(bytes, { level: 9 }).length };
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = new Set([...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!));
  return {
    files,
    totalGzipBytes: files.reduce((s, f) => s + f.gzipBytes, 0),
    initialGzipBytes: files.filter((f) => initial.has(f.file)).reduce((s, f) => s + f.gzipBytes, 0),
  };
}

/** Counts animation frames in the page between start() and stop(). */
const FRAME_COUNTER = `
  window.__frames = { run: 0, running: false, times: [] };
  window.__startFrames = () => {
    const f = window.__frames;
    // Each count has its own loop: the last loop's callback may still be queued, and it must not count twice.
    const run = ++f.run;
    f.running = true; f.times = [];
    const tick = (t) => { if (!f.running || f.run !== run) return; f.times.push(t); requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  };
  window.__stopFrames = () => {
    const f = window.__frames; f.running = false;
    const t = f.times; let worst = 0;
    for (let i = 1; i < t.length; i++) worst = Math.max(worst, t[i] - t[i - 1]);
    return { frames: t.length, spanMs: t.length > 1 ? t[t.length - 1] - t[0] : 0, worstFrameMs: worst };
  };
`;

async function measureGesture(page: Page, gesture: () => Promise<void>): Promise<{ fps: number; worstFrameMs: number }> {
  await page.evaluate('window.__startFrames()');
  await gesture();
  const result = (await page.evaluate('window.__stopFrames()')) as { frames: number; spanMs: number; worstFrameMs: number };
  return { fps: result.frames > 1 ? ((result.frames - 1) / result.spanMs) * 1000 : 0, worstFrameMs: result.worstFrameMs };
}

/** Stop a gesture after this long even if moves remain, so a slow page cannot stretch the run (fps stays valid). */
const GESTURE_BUDGET_MS = 12_000;

/** Drag in small steps with the mouse button held: up to `moves` mouse events along a loop (at most GESTURE_BUDGET_MS). */
async function scriptedDrag(page: Page, fromX: number, fromY: number, moves: number, radius: number): Promise<void> {
  await page.mouse.move(fromX, fromY);
  await page.mouse.down();
  const deadline = Date.now() + GESTURE_BUDGET_MS;
  for (let i = 1; i <= moves && Date.now() < deadline; i++) {
    const a = (i / moves) * 2 * Math.PI;
    await page.mouse.move(fromX + radius * Math.sin(a), fromY + radius * (1 - Math.cos(a)) * 0.5);
  }
  await page.mouse.up();
}

/** A point on the empty canvas (no node under it), for panning. */
async function emptyPanePoint(page: Page): Promise<{ x: number; y: number }> {
  return (await page.evaluate(`(() => {
    const pane = document.querySelector('.react-flow__pane').getBoundingClientRect();
    for (let i = 0; i < 400; i++) {
      const x = pane.left + pane.width * (0.2 + 0.6 * ((i * 37) % 100) / 100);
      const y = pane.top + pane.height * (0.2 + 0.6 * ((i * 61) % 100) / 100);
      const el = document.elementFromPoint(x, y);
      if (el && el.classList.contains('react-flow__pane')) return { x, y };
    }
    return { x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 };
  })()`)) as { x: number; y: number };
}

/**
 * The centre of a node near the middle of the visible canvas. Zoomed out the app draws nodes as tiles of one layer:
 * then the middle of the tile of a node no other tile touches (positions from the design), found from the viewport.
 */
async function nodeNearCentre(page: Page, positions: readonly { id: string; position?: { x: number; y: number } }[]): Promise<{ x: number; y: number }> {
  if ((await tileCount(page)) > 0) {
    const lonely = lonelyNodes(positions);
    const centres = await tileCentres(page, lonely.map((n) => n.position!));
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    const mid = { x: pane.x + pane.width / 2, y: pane.y + pane.height / 2 };
    return centres.reduce((best, c) => (Math.hypot(c.x - mid.x, c.y - mid.y) < Math.hypot(best.x - mid.x, best.y - mid.y) ? c : best));
  }
  return (await page.evaluate(`(() => {
    const pane = document.querySelector('.react-flow__pane').getBoundingClientRect();
    const cx = pane.left + pane.width / 2, cy = pane.top + pane.height / 2;
    let best = null, bestD = Infinity;
    for (const el of document.querySelectorAll('.react-flow__node')) {
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2, y = r.top + r.height / 2;
      const d = Math.hypot(x - cx, y - cy);
      if (d < bestD && document.elementFromPoint(x, y)?.closest('.react-flow__node') === el) { best = { x, y }; bestD = d; }
    }
    return best ?? { x: cx, y: cy };
  })()`)) as { x: number; y: number };
}

/** Frames per second while panning and dragging on a generated network; `url` points at another server of the same page. */
export async function measureCanvas(browser: Browser, kind: 'app' | 'baseline', nodes: number, moves: number, url = kind === 'app' ? APP_URL : BASELINE_URL): Promise<FpsRow> {
  const input = generateNetworkInput({ nodes, seed: 1, durationSeconds: 86_400 });
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript(FRAME_COUNTER);
  if (kind === 'app') {
    await page.addInitScript(([key, text]) => window.localStorage.setItem(key, text), [AUTOSAVE_KEY, JSON.stringify(input)] as const);
  }
  const start = Date.now();
  await page.goto(kind === 'app' ? url : `${url}?nodes=${nodes}`);
  // Every node drawn: as an element, or (the app zoomed out) as a tile of the node layer.
  await page.waitForFunction(
    (n) => document.querySelectorAll('.react-flow__node').length + [...document.querySelectorAll('[data-testid=node-layer] path')].reduce((sum, p) => sum + Number(p.getAttribute('data-nodes')), 0) >= n,
    nodes,
    { timeout: 120_000 },
  );
  const loadMs = Date.now() - start;
  let note = '';
  if (kind === 'app') {
    // "During a running simulation": wait until simulated time runs (the first evaluation of a big network takes a
    // while). The header clock, not a chart: with many requests the charts sit below the fold, where they do not draw.
    const streaming = await page
      .waitForFunction(() => /t = [0:]*[1-9]/.test(document.querySelector('[data-testid=sim-time]')?.textContent ?? ''), null, { timeout: 120_000 })
      .then(() => true, () => false);
    note = streaming ? 'simulation streaming' : 'no chart samples within 120 s';
  }
  await page.waitForTimeout(500);
  const panAt = await emptyPanePoint(page);
  const pan = await measureGesture(page, () => scriptedDrag(page, panAt.x, panAt.y, moves, 150));
  const nodeAt = await nodeNearCentre(page, input.nodes ?? []);
  const drag = await measureGesture(page, () => scriptedDrag(page, nodeAt.x, nodeAt.y, moves, 120));
  await context.close();
  return {
    nodes,
    links: input.links?.length ?? 0,
    page: kind,
    panFps: pan.fps,
    dragFps: drag.fps,
    worstFrameMs: Math.max(pan.worstFrameMs, drag.worstFrameMs),
    loadMs,
    note,
  };
}

/** The prefix of the console message a page's watcher sends with its measurement. */
const PAGE_MARK = 'qnet-bench-mark';

/**
 * Navigate to `url` and resolve with the value the page's watcher logs after PAGE_MARK. The harness waits on a console
 * message rather than on `page.waitForFunction`, which evaluates Playwright's own helper script in the page as it
 * loads: ~40 ms of its main thread in a trace, charged to whichever page was measured.
 */
async function markedGoto(page: Page, url: string, timeoutMs: number): Promise<unknown> {
  const marked = page.waitForEvent('console', { predicate: (message) => message.text().startsWith(`${PAGE_MARK} `), timeout: timeoutMs });
  await page.goto(url, { waitUntil: 'commit' });
  return JSON.parse((await marked).text().slice(PAGE_MARK.length + 1));
}

/**
 * Navigation start to the first sample on the key-rate chart, and to the canvas's nodes on screen (the canvas mounts
 * a moment after the panels), default scenario, fresh profile each time. Both are taken by a MutationObserver when
 * the page changes, in the task that changes it: the chart draws in the frame's rendering steps and that frame paints
 * it, whereas a polling timer waited behind whatever task came next (up to ~60 ms of React effects).
 */
async function firstSample(browser: Browser): Promise<{ sampleMs: number; nodesMs: number }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript(`
    let firstSampleAt = null;
    let nodesAt = null;
    const check = () => {
      const n = Number(document.querySelector('[data-testid=chart-keyRateBitsPerSecond]')?.getAttribute('data-samples') ?? 0);
      if (firstSampleAt === null && n > 0) firstSampleAt = performance.now();
      if (nodesAt === null && document.querySelectorAll('.react-flow__node').length >= 2) nodesAt = performance.now();
      if (firstSampleAt !== null && nodesAt !== null) {
        watcher.disconnect();
        console.debug('${PAGE_MARK} ' + JSON.stringify({ sampleMs: firstSampleAt, nodesMs: nodesAt }));
      }
    };
    const watcher = new MutationObserver(check);
    watcher.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-samples'] });
  `);
  const value = (await markedGoto(page, APP_URL, 30_000)) as { sampleMs: number; nodesMs: number };
  await context.close();
  return value;
}

/**
 * `canvasOnly`: the first sample, opening and the 2,000 / 5,000-node canvases, without the long streaming parts (~8 min);
 * `openingOnly`: the first sample and opening alone (~3 min).
 */
export async function browserBench(options: { quick: boolean; canvasOnly?: boolean; openingOnly?: boolean; server?: BenchServer; log?: (line: string) => void }): Promise<BrowserReport> {
  const log = options.log ?? console.log;
  const server = options.server ?? 'static';
  const report: BrowserReport = { server, bundle: null, opening: null, firstSampleMs: [], firstSampleLoad: null, canvasShownMs: [], fps: [], chromiumVersion: '', telemetry: null, pageEdit: null, pageMemory: null, errors: [] };
  let app: ChildProcess | null = null;
  let baseline: ChildProcess | null = null;
  const closeStatic: (() => Promise<void>)[] = [];
  let browser: Browser | null = null;
  const cleanup = () => {
    stop(app);
    stop(baseline);
    closeStatic.splice(0).forEach((close) => void close());
  };
  process.once('exit', cleanup);
  try {
    log('  building the app (npx vite build)…');
    run('npx', ['vite', 'build', '--logLevel', 'error']);
    report.bundle = bundleSize();
    log('  building the plain React Flow baseline…');
    run('npx', ['vite', 'build', '--config', BASELINE_CONFIG, '--logLevel', 'error']);
    if (server === 'vite-preview') {
      app = serve(['vite', 'preview', '--host', '127.0.0.1', '--port', String(APP_PORT), '--strictPort']);
      baseline = serve(['vite', 'preview', '--config', BASELINE_CONFIG, '--host', '127.0.0.1', '--port', String(BASELINE_PORT), '--strictPort']);
    } else {
      // The policy as a header too, as vite preview sends it (vite.config.ts `preview.headers`) and a real host should.
      for (const [root, port, headers] of [['dist', APP_PORT, { 'Content-Security-Policy': CONTENT_SECURITY_POLICY }], [BASELINE_DIST, BASELINE_PORT, {}]] as const) {
        closeStatic.push((await serveStatic(root, port, headers)).close);
      }
    }
    await Promise.all([waitForUrl(APP_URL), waitForUrl(BASELINE_URL)]);
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    report.chromiumVersion = browser.version();

    const loadBefore = os.loadavg()[0]!;
    for (let i = 0; i < (options.quick ? 3 : 7); i++) {
      const { sampleMs, nodesMs } = await firstSample(browser);
      report.firstSampleMs.push(sampleMs);
      report.canvasShownMs.push(nodesMs);
    }
    report.firstSampleLoad = [loadBefore, os.loadavg()[0]!];
    log(`  first sample: ${report.firstSampleMs.map((t) => t.toFixed(0)).join(', ')} ms; canvas nodes: ${report.canvasShownMs.map((t) => t.toFixed(0)).join(', ')} ms`);

    report.opening = await measureOpening(browser, 2000, options.quick ? 3 : 7);
    log(`  2,000-node share link, first node: app ${report.opening.appMs.map((t) => t.toFixed(0)).join(', ')} ms; plain React Flow ${report.opening.baselineMs.map((t) => t.toFixed(0)).join(', ')} ms`);

    if (options.openingOnly) return report;
    const sizes = options.canvasOnly ? [2000, 5000] : options.quick ? [200, 1000] : [200, 500, 1000, 2000, 5000];
    for (const nodes of sizes) {
      for (const kind of ['baseline', 'app'] as const) {
        try {
          const row = await measureCanvas(browser, kind, nodes, options.quick ? 60 : 120);
          report.fps.push(row);
          log(`  ${kind} ${nodes} nodes: pan ${row.panFps.toFixed(1)} fps, drag ${row.dragFps.toFixed(1)} fps (${row.note || 'loaded'} in ${row.loadMs} ms)`);
        } catch (e) {
          report.errors.push(`${kind}, ${nodes} nodes: ${(e as Error).message.split('\n')[0]}`);
          log(`  ${kind} ${nodes} nodes failed: ${(e as Error).message.split('\n')[0]}`);
        }
      }
    }
    if (options.canvasOnly) return report;
    log(`  5,000 requests streaming for ${options.quick ? 2 : 10} min…`);
    report.telemetry = await manyRequestsStreaming(browser, APP_URL, options.quick ? 120 : 600, log);
    log('  10,000 nodes: one link edit against a whole re-evaluation in the page…');
    report.pageEdit = await pageEdit(browser, APP_URL, PAGE_EDIT_RUNS, log);
    log(`  10,000 nodes streaming for ${options.quick ? 2 : 10} min…`);
    report.pageMemory = await pageMemory(browser, APP_URL, options.quick ? 120 : 600, log);
  } catch (e) {
    report.errors.push((e as Error).message.split('\n')[0]!);
  } finally {
    await browser?.close();
    cleanup();
    process.removeListener('exit', cleanup);
  }
  return report;
}

const FIRST_NODE_WATCH = `
  const firstNodeWatch = new MutationObserver(() => {
    // A node element, or (the app zoomed out) the node layer's first tiles.
    if (document.querySelector('.react-flow__node, [data-testid=node-layer] path[data-nodes]')) {
      firstNodeWatch.disconnect();
      console.debug('${PAGE_MARK} ' + performance.now());
    }
  });
  firstNodeWatch.observe(document, { subtree: true, childList: true });
`;

async function firstNodeMs(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript(FIRST_NODE_WATCH);
  const value = (await markedGoto(page, url, 120_000)) as number;
  await context.close();
  return value;
}

/**
 * Opening a big design from a share link (issue 21): navigation to the first node element, the app opened from the
 * link the Share dialog would make, against the plain React Flow page with the same nodes; runs alternate.
 */
export async function measureOpening(browser: Browser, nodes: number, runs: number): Promise<OpeningRow> {
  const parsed = parseScenario(generateNetworkInput({ nodes, seed: 1, durationSeconds: 86_400 }));
  if (!parsed.ok) throw new Error(`generated ${nodes}-node design does not parse: ${parsed.errors[0]}`);
  const payload = await encodeScenario(parsed.scenario);
  const row: OpeningRow = { nodes, linkChars: payload.length, appMs: [], baselineMs: [], loadAverage: [os.loadavg()[0]!, 0] };
  for (let i = 0; i < runs; i++) {
    row.baselineMs.push(await firstNodeMs(browser, `${BASELINE_URL}?nodes=${nodes}`));
    row.appMs.push(await firstNodeMs(browser, `${APP_URL}#s=${payload}`));
  }
  row.loadAverage[1] = os.loadavg()[0]!;
  return row;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Which server the figures were measured behind, said with them. */
export function serverNote(server: BenchServer): string {
  return server === 'static'
    ? 'Both pages served by bench/static-server.ts from the files the build compressed ahead (gzip, as a production host with `gzip_static` serves them).'
    : 'Both pages served by `vite preview`, which compresses every response as it serves it (`--vite-preview`).';
}

export function browserTables(report: BrowserReport): string {
  const out: string[] = [];
  if (report.bundle) {
    out.push(
      `Production bundle (\`npx vite build\`), JavaScript in dist/assets gzipped with zlib level 9: **${kb(report.bundle.totalGzipBytes)}** in total, ` +
        `${kb(report.bundle.initialGzipBytes)} loaded by index.html up front (entry and preloads; the worker and lazy chunks load later).`,
      '',
      '| File | Size | Gzipped |',
      '|---|---:|---:|',
      ...report.bundle.files.map((f) => `| ${f.file} | ${kb(f.bytes)} | ${kb(f.gzipBytes)} |`),
      '',
    );
  }
  if (report.firstSampleMs.length > 0 || report.opening) out.push(serverNote(report.server), '');
  if (report.firstSampleMs.length > 0) {
    out.push(
      `Navigation start to the first sample on the key-rate chart (default scenario, fresh profile, production build): median **${ms(median(report.firstSampleMs))}** ` +
        `(runs: ${report.firstSampleMs.map((t) => t.toFixed(0)).join(', ')} ms); to the canvas's nodes on screen in the same runs (the canvas mounts just after the panels): ` +
        `median ${ms(median(report.canvasShownMs))} (runs: ${report.canvasShownMs.map((t) => t.toFixed(0)).join(', ')} ms)` +
        (report.firstSampleLoad ? `; one-minute load average ${report.firstSampleLoad.map((l) => l.toFixed(1)).join(' → ')}.` : '.'),
      '',
    );
  }
  if (report.opening) {
    const { nodes, linkChars, appMs, baselineMs } = report.opening;
    out.push(
      `Opening a ${nodes.toLocaleString('en-US')}-node design from a share link (${linkChars.toLocaleString('en-US')} characters), navigation to the first node on the page: ` +
        `app median **${ms(median(appMs))}** (runs: ${appMs.map((t) => t.toFixed(0)).join(', ')} ms), plain React Flow with the same nodes median ${ms(median(baselineMs))} ` +
        `(runs: ${baselineMs.map((t) => t.toFixed(0)).join(', ')} ms): **${(median(appMs) / median(baselineMs)).toFixed(2)}×** (target ≤ 1.0×; ` +
        `one-minute load average ${report.opening.loadAverage.map((l) => l.toFixed(1)).join(' → ')}).`,
      '',
    );
  }
  if (report.fps.length > 0) {
    const sizes = [...new Set(report.fps.map((r) => r.nodes))];
    out.push(
      '| Nodes (links) | Page | Pan fps | Drag-a-node fps | Worst frame | Load to nodes on screen | |',
      '|---|---|---:|---:|---:|---:|---|',
      ...report.fps.map((r) => `| ${r.nodes.toLocaleString('en-US')} (${r.links.toLocaleString('en-US')}) | ${r.page === 'app' ? 'QNet Designer' : 'plain React Flow'} | ${fmt(r.panFps)} | ${fmt(r.dragFps)} | ${ms(r.worstFrameMs)} | ${ms(r.loadMs)} | ${r.note} |`),
      '',
      '| Nodes | Pan: app / baseline | Drag: app / baseline |',
      '|---:|---:|---:|',
      ...sizes.map((n) => {
        const app = report.fps.find((r) => r.nodes === n && r.page === 'app');
        const base = report.fps.find((r) => r.nodes === n && r.page === 'baseline');
        const ratio = (a?: number, b?: number) => (a !== undefined && b ? `${(a / b).toFixed(2)}` : '—');
        return `| ${n.toLocaleString('en-US')} | ${ratio(app?.panFps, base?.panFps)} | ${ratio(app?.dragFps, base?.dragFps)} |`;
      }),
      '',
    );
  }
  if (report.errors.length > 0) out.push('Browser benchmark problems:', '', ...report.errors.map((e) => `- ${e}`), '');
  // Its own section last, so that `npx tsx bench/page-edit-bench.ts` can replace it alone.
  if (report.pageEdit || report.pageMemory) out.push(PAGE_EDIT_HEADING, '', ...pageEditTables(report.pageEdit, report.pageMemory));
  return out.join('\n');
}

/** The section `--opening-only` rewrites alone (issue 21's two opening targets); bench/run.ts keeps the figures in its browser section. */
export const OPENING_HEADING = '## Opening: first chart sample and a 2,000-node share link (browser, issue 21)';

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const quick = process.argv.includes('--quick');
  const openingOnly = process.argv.includes('--opening-only');
  const server = process.argv.includes('--vite-preview') ? 'vite-preview' : 'static';
  const report = await browserBench({ quick, canvasOnly: process.argv.includes('--canvas-only'), openingOnly, server });
  const tables = browserTables({ ...report, bundle: openingOnly ? null : report.bundle });
  console.log(tables);
  // The section holds the figures behind the static server; a --vite-preview run only prints its own, for comparison.
  if (openingOnly && !quick && server === 'static' && report.errors.length === 0) {
    const command = `npx tsx bench/browser-bench.ts --opening-only`;
    writeResultsSection([OPENING_HEADING, '', standaloneMachineLine(command, report.chromiumVersion), '', tables], ['## Telemetry with 5,000 requests (browser)']);
    console.log('wrote the opening section of bench/RESULTS.md');
  }
}
