/**
 * Issue 21 in the page: the 10,000-node / 1,000-request generated design opened in Chromium (production build), a
 * single-link parameter edit made as a user makes it, timed from the input event to the frame that shows the link's new
 * loss in the results' link table, against a change on the same link that makes the worker evaluate the whole design;
 * and the page's heap while that design streams for 10 minutes (2 with --quick). Part of `npm run bench`; alone
 * (`npx tsx bench/page-edit-bench.ts [--quick | --edit-only]`) it builds and serves the app on BENCH_PAGE_EDIT_PORT (4187) and
 * replaces only its section of RESULTS.md.
 */
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config';
import { serveProductionBuild, standaloneMachineLine, writeResultsSection } from './standalone-run';
import { evaluateState } from '../src/engine/evaluate';
import { nameOf } from '../src/format/names';
import type { Scenario } from '../src/scenario/schema';
import { parseScenario } from '../src/scenario/validate';
import { generateNetworkInput } from './generate-scenario';
import { TELEMETRY_HEADING } from './telemetry-bench';
import { fmt, ms } from './measure';
import { megabytes, pageHeap, simulatedSeconds } from './page-probes';
import { clearOfTiles, settledViewport, tileCentres } from '../e2e/canvas-tiles';

const AUTOSAVE_KEY = 'qnet-designer.scenario';
const NODES = 10_000;
/** Rows the link table shows before "Show all" (src/panels/ResultsSummary.tsx LINK_ROWS_SHOWN): the edited link is one of them. */
const TABLE_ROWS = 50;
/** Issue 21: edit to updated sample in the page, and the speed-up over a whole re-evaluation. */
export const PAGE_EDIT_TARGET_MS = 100;
export const PAGE_EDIT_TARGET_RATIO = 20;
export const PAGE_HEAP_TARGET_BYTES = 500e6;
/** Edits (and whole re-evaluations) timed: the first ones after opening run the worker's edit code still unoptimised, so five, every one listed, the median taken. */
export const PAGE_EDIT_RUNS = 5;

/** One timed change: the whole, and where it went (NaN where a mark was not seen). */
export interface EditParts {
  totalMs: number;
  /** Input or click until the page asks the worker for the run (start or startEdit). */
  beforeSendMs: number;
  /** That call until the run's 'started' message reaches the page's thread (worker evaluation, copying, and waiting behind page work). */
  workerMs: number;
  /** Of workerMs, time the page's own thread spent in long tasks (over 50 ms), during which the started message could not be received. */
  pageBusyMs: number;
  /** 'started' received until the frame after the loss cell changed (results store, React, layout). */
  afterMs: number;
  /** Which worker call carried the change. */
  call: string;
}

export interface PageEditReport {
  nodes: number;
  links: number;
  requests: number;
  linkId: string;
  /** Requests whose path crosses the edited link (engine evaluation in Node of the same design). */
  linkUsers: number;
  /** Navigation to the edited link's loss in the table: the first evaluation of the whole design, plus loading. */
  openedMs: number;
  /** Attenuation typed into the link inspector: input event to the frame showing the new loss. */
  edits: EditParts[];
  /** A link failure from t = 0 added to (or removed from) the link's schedule, a change every request's result depends on: click to the frame showing the cell change. */
  wholes: EditParts[];
  loadAverage: number[];
  errors: string[];
}

export interface PageMemoryPoint {
  wallSeconds: number;
  simulatedSeconds: number;
  heapBytes: number;
  /** Read again straight after a forced garbage collection (CDP HeapProfiler.collectGarbage): what the page holds on to. */
  retainedBytes: number;
}

export interface PageMemoryReport {
  plannedSeconds: number;
  points: PageMemoryPoint[];
  status: string;
  loadAverage: number[];
  errors: string[];
}

/**
 * Records when an armed input or click happens and when, after it, the watched link's loss cell first reads
 * differently, then the next animation frame (the one that paints it). The table is found by its rows' link names.
 */
const EDIT_WATCH = `
  window.__edit = null;
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const t of list.getEntries()) window.__longTasks.push([t.startTime, t.startTime + t.duration]); }).observe({ type: 'longtask' });
  // Where the time goes (bench-side only: the page's Worker wrapped to see when the run is asked for and when it starts).
  const PageWorker = window.Worker;
  window.Worker = class extends PageWorker {
    constructor(...args) {
      super(...args);
      const post = this.postMessage.bind(this);
      this.postMessage = (data, transfer) => {
        const e = window.__edit;
        const call = data && data.type === 'APPLY' && Array.isArray(data.path) ? data.path[0] : null;
        if (e && e.inputAt !== null && e.sentAt === null && (call === 'start' || call === 'startEdit')) { e.sentAt = performance.now(); e.call = call; }
        return post(data, transfer);
      };
      this.addEventListener('message', (m) => {
        const e = window.__edit;
        if (e && e.sentAt !== null && e.startedAt === null && (m.data?.engineMessage ?? m.data?.wireMessage)?.type === 'started') e.startedAt = performance.now();
      });
    }
  };
  const cellText = (name) => {
    for (const row of document.querySelectorAll('[data-testid=link-table] tbody tr')) {
      if (row.querySelector('th')?.textContent === name) return row.children[2]?.textContent ?? null;
    }
    return null;
  };
  window.__cellText = cellText;
  window.__armEdit = (name) => { window.__edit = { name, before: cellText(name), inputAt: null, sentAt: null, call: null, startedAt: null, changedAt: null, shownAt: null, after: null }; };
  const started = () => { const e = window.__edit; if (e && e.inputAt === null) e.inputAt = performance.now(); };
  document.addEventListener('input', started, true);
  document.addEventListener('click', started, true);
  new MutationObserver(() => {
    const e = window.__edit;
    if (!e || e.inputAt === null || e.changedAt !== null) return;
    const text = cellText(e.name);
    if (text === null || text === e.before) return;
    e.changedAt = performance.now();
    e.after = text;
    requestAnimationFrame(() => { e.shownAt = performance.now(); });
  }).observe(document, { subtree: true, childList: true, characterData: true });
`;

const partsText = (p: EditParts) =>
  `${p.totalMs.toFixed(0)} ms (page ${p.beforeSendMs.toFixed(0)} ms, then ${p.call} to 'started' ${p.workerMs.toFixed(0)} ms of which the page's thread in long tasks ${p.pageBusyMs.toFixed(0)} ms, then to the frame ${p.afterMs.toFixed(0)} ms)`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

function design(): { input: ReturnType<typeof generateNetworkInput>; scenario: Scenario; users: Map<string, number> } {
  const input = generateNetworkInput({ nodes: NODES, seed: 1, durationSeconds: 86_400 });
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(`generated ${NODES}-node design does not parse: ${parsed.errors[0]}`);
  const users = new Map<string, number>();
  for (const r of evaluateState(parsed.scenario, 0).evaluation.requests) for (const h of r.hops) users.set(h.linkId, (users.get(h.linkId) ?? 0) + 1);
  return { input, scenario: parsed.scenario, users };
}

async function openStreaming(browser: Browser, url: string, input: unknown, init: string[] = []) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  for (const script of init) await page.addInitScript(script);
  await page.addInitScript(([key, text]) => window.localStorage.setItem(key!, text!), [AUTOSAVE_KEY, JSON.stringify(input)]);
  const opened = Date.now();
  await page.goto(url);
  // Streaming: the simulated clock runs (the first evaluation of 10,000 nodes takes seconds).
  await page.waitForFunction(() => /t = [0:]*[1-9]/.test(document.querySelector('[data-testid=sim-time]')?.textContent ?? ''), null, { timeout: 300_000 });
  return { context, page, openedMs: Date.now() - opened };
}

/** Runs `act` with the watch armed on `name`'s loss cell: click/input to the frame that shows the new text, and its parts. */
async function timed(page: Page, name: string, act: () => Promise<void>): Promise<EditParts> {
  await page.evaluate((n) => (window as unknown as { __armEdit(n: string): void }).__armEdit(n), name);
  await act();
  const done = await page.waitForFunction(() => {
    const e = (window as unknown as { __edit: { inputAt: number; sentAt: number | null; call: string | null; startedAt: number | null; shownAt: number | null } }).__edit;
    if (e.shownAt === null) return false;
    const sent = e.sentAt ?? NaN;
    const started = e.startedAt ?? NaN;
    const busy = (window as unknown as { __longTasks: [number, number][] }).__longTasks.reduce((sum, [a, b]) => sum + Math.max(0, Math.min(b, started) - Math.max(a, sent)), 0);
    return { totalMs: e.shownAt - e.inputAt, beforeSendMs: sent - e.inputAt, workerMs: started - sent, pageBusyMs: busy, afterMs: e.shownAt - started, call: e.call ?? '?' };
  }, null, { timeout: 120_000 });
  return (await done.jsonValue()) as EditParts;
}

/**
 * Clicks the middle of table links on the zoomed-out canvas until one is picked, unused links first; where every
 * middle is under a tile (the densest designs at the smallest zoom), zooms in one step and looks again.
 */
async function selectTableLink(page: Page, scenario: Scenario, users: Map<string, number>): Promise<string> {
  const candidates = scenario.links.slice(0, TABLE_ROWS).map((l) => ({ id: l.id, source: l.source, target: l.target, users: users.get(l.id) ?? 0 }));
  candidates.sort((a, b) => a.users - b.users);
  for (let zoomSteps = 0; zoomSteps < 4; zoomSteps++) {
    await settledViewport(page);
    // Zoomed out the nodes are tiles of one layer: their middles on screen come from the design's positions.
    const centres = await tileCentres(page, scenario.nodes.map((n) => n.position));
    const centreOf = new Map(scenario.nodes.map((n, i) => [n.id, centres[i]!]));
    for (const link of candidates) {
      const a = centreOf.get(link.source)!;
      const b = centreOf.get(link.target)!;
      const middle = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
      // Open canvas there: the pane, not a panel, under the point, and no tile within the app's 1 px slop.
      const open = await page.evaluate((m) => document.elementFromPoint(m.x, m.y)?.classList.contains('react-flow__pane') ?? false, middle);
      if (!open || !clearOfTiles(middle, centres, 2)) continue;
      await page.mouse.click(middle.x, middle.y);
      const picked = await page.locator('form[aria-label^="Link "]').getAttribute('aria-label', { timeout: 5_000 }).catch(() => null);
      if (picked === `Link ${link.id}`) return link.id;
    }
    await page.getByRole('button', { name: 'Zoom In' }).click();
  }
  throw new Error(`none of the first ${TABLE_ROWS} links could be picked on the canvas`);
}

/** Single-link edits and whole re-evaluations on the same link of the open 10,000-node design, `runs` of each. */
export async function pageEdit(browser: Browser, url: string, runs: number, log: (line: string) => void = console.log): Promise<PageEditReport> {
  const { input, scenario, users } = design();
  const report: PageEditReport = {
    nodes: scenario.nodes.length, links: scenario.links.length, requests: scenario.requests.length, linkId: '', linkUsers: 0,
    openedMs: NaN, edits: [], wholes: [], loadAverage: os.loadavg(), errors: [],
  };
  const { context, page, openedMs } = await openStreaming(browser, url, input, [EDIT_WATCH]);
  page.on('pageerror', (e) => report.errors.push(e.message.split('\n')[0]!));
  try {
    report.openedMs = openedMs;
    const id = await selectTableLink(page, scenario, users);
    const name = nameOf(scenario, id);
    report.linkId = id;
    report.linkUsers = users.get(id) ?? 0;
    const form = page.locator(`form[aria-label="Link ${id}"]`);
    const attenuation = form.locator('input[name=attenuationDbPerKm]');
    const original = Number(await attenuation.inputValue());
    await page.getByTestId('link-table').scrollIntoViewIfNeeded();
    log(`  page edit: link ${id} (${report.linkUsers} requests cross it), loss ${await page.evaluate((n) => (window as unknown as { __cellText(n: string): string }).__cellText(n), name)}`);
    for (let i = 0; i < runs; i++) {
      const value = i % 2 === 0 ? original + 0.05 : original;
      const took = await timed(page, name, async () => {
        await attenuation.fill(String(Number(value.toFixed(3))));
        // The field keeps the focus: the key goes to it without a locator query over the 10,000-node page, which
        // ran in the page's thread while the worker's answer came back (a user's key press costs no such search).
        await page.keyboard.press('Enter');
      });
      report.edits.push(took);
      log(`  page edit: attenuation → ${value.toFixed(2)} dB/km shown after ${partsText(took)}`);
      await page.waitForTimeout(500);
    }
    // Events are part of every request's evaluation (src/engine/incremental/scenario-changes.ts): any change to them is evaluated whole.
    // The schedule's event kind starts at a link failure.
    await form.locator('input[name=eventStart]').fill('0');
    await form.locator('input[name=eventDuration]').fill('0');
    for (let i = 0; i < runs; i++) {
      const add = await timed(page, name, () => form.getByRole('button', { name: 'Add to schedule' }).click());
      await page.waitForTimeout(500);
      const remove = await timed(page, name, () => form.getByRole('button', { name: /^Remove: Failure/ }).click());
      report.wholes.push(add, remove);
      log(`  whole re-evaluation: failure added shown after ${partsText(add)}; removed after ${partsText(remove)}`);
      await page.waitForTimeout(500);
    }
  } catch (e) {
    report.errors.push(`benchmark: ${(e as Error).message.split('\n')[0]}`);
  } finally {
    await context.close();
  }
  return report;
}

/** The same design open and streaming at 1000× for `seconds` of wall time: the page's heap at 11 points. */
export async function pageMemory(browser: Browser, url: string, seconds: number, log: (line: string) => void = console.log): Promise<PageMemoryReport> {
  const { input } = design();
  const report: PageMemoryReport = { plannedSeconds: seconds, points: [], status: '', loadAverage: os.loadavg(), errors: [] };
  const { context, page } = await openStreaming(browser, url, input);
  page.on('pageerror', (e) => report.errors.push(e.message.split('\n')[0]!));
  try {
    await page.getByLabel('Speed').selectOption('1000');
    const cdp = await context.newCDPSession(page);
    const start = Date.now();
    for (let i = 0; i <= 10; i++) {
      await page.waitForTimeout(Math.max(0, start + (seconds * 1000 * i) / 10 - Date.now()));
      // Same measure as telemetry-bench.ts: JS heap, DOM heap and array buffers of the page (the worker has its own).
      const used = async () => (await pageHeap(cdp)).usedBytes;
      const wallSeconds = (Date.now() - start) / 1000;
      const heapBytes = await used();
      await cdp.send('HeapProfiler.collectGarbage');
      const point = { wallSeconds, simulatedSeconds: await simulatedSeconds(page), heapBytes, retainedBytes: await used() };
      report.points.push(point);
      log(`  10,000 nodes streaming at ${point.wallSeconds.toFixed(0)} s: t = ${point.simulatedSeconds} s, page heap ${(point.heapBytes / 1e6).toFixed(0)} MB, ${(point.retainedBytes / 1e6).toFixed(0)} MB after a forced GC`);
    }
    report.status = (await page.getByTestId('run-status').textContent()) ?? '';
  } catch (e) {
    report.errors.push(`benchmark: ${(e as Error).message.split('\n')[0]}`);
  } finally {
    await context.close();
  }
  return report;
}

const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' / ');

/** Whether the page holds on to more and more: the second half's largest heap after GC against the first half's, more than 10 % up. */
export function heapGrows(points: PageMemoryPoint[]): boolean {
  const half = Math.ceil(points.length / 2);
  const first = Math.max(...points.slice(0, half).map((p) => p.retainedBytes));
  const second = Math.max(...points.slice(half).map((p) => p.retainedBytes));
  return second > first * 1.1;
}

export function pageEditTables(edit: PageEditReport | null, memory: PageMemoryReport | null): string[] {
  const out: string[] = [];
  if (edit) {
    const e = median(edit.edits.map((x) => x.totalMs));
    const w = median(edit.wholes.map((x) => x.totalMs));
    const row = (label: string, xs: EditParts[], bold: boolean) => {
      const m = median(xs.map((x) => x.totalMs));
      return `| ${label} | ${xs.map((x) => x.totalMs.toFixed(0)).join(', ')} ms | ${bold ? `**${ms(m)}**` : ms(m)} | ${ms(median(xs.map((x) => x.beforeSendMs)))} | ${[...new Set(xs.map((x) => `\`${x.call}\``))].join(', ')} ${ms(median(xs.map((x) => x.workerMs)))} (page thread in long tasks ${ms(median(xs.map((x) => x.pageBusyMs)))}) | ${ms(median(xs.map((x) => x.afterMs)))} |`;
    };
    out.push(
      `${edit.nodes.toLocaleString('en-US')} nodes, ${edit.links.toLocaleString('en-US')} links, ${edit.requests.toLocaleString('en-US')} requests (\`generateNetworkInput\`, seed 1), autosaved and opened; ` +
        `navigation to the clock running ${(edit.openedMs / 1000).toFixed(1)} s. The link is picked by a click on the zoomed-out canvas among the link table's first ${TABLE_ROWS} rows ` +
        `(link ${edit.linkId}, crossed by ${edit.linkUsers} requests). Timed in the page from the input event (or click) to the animation frame after the link's loss cell in the results' table ` +
        'changes (a MutationObserver on that cell): the loss is the engine\'s, so the cell changes only when the worker\'s evaluation of the edited design reaches the page. ' +
        'The parts (medians of each, so they need not add up) come from the bench wrapping the page\'s `Worker` to note when a run is asked for and when its started message arrives; "page thread in long tasks" is the part of that wait the page\'s own thread spent in tasks over 50 ms (PerformanceObserver \`longtask\`), when no message can be received. ' +
        `Load average when it started ${load(edit.loadAverage)} (1 / 5 / 15 min, 2 cores, shared).`,
      '',
      '| Change on the link | Runs | Median | of which: page until the worker is asked | worker call until its started message arrives | then to the frame |',
      '|---|---|---:|---:|---:|---:|',
      row('Attenuation typed into the link inspector, Enter (incremental re-evaluation)', edit.edits, true),
      row("A link failure from t = 0 added to its schedule, then removed (events change every request's evaluation: whole re-evaluation)", edit.wholes, false),
      '',
      `Edit ≤ ${PAGE_EDIT_TARGET_MS} ms: ${e <= PAGE_EDIT_TARGET_MS ? 'met' : 'not met'}; whole ÷ edit **${fmt(w / e)}×** (target ≥ ${PAGE_EDIT_TARGET_RATIO}×: ${w / e >= PAGE_EDIT_TARGET_RATIO ? 'met' : 'not met'}); ` +
        `page errors: ${edit.errors.length === 0 ? 'none' : edit.errors.map((x) => `\`${x}\``).join(', ')}.`,
      '',
    );
  }
  if (memory) {
    const p = memory.points;
    const picked = p.length === 0 ? [] : [p[0]!, p[Math.floor((p.length - 1) / 2)]!, p[p.length - 1]!];
    const largest = p.reduce((m, x) => Math.max(m, x.heapBytes), 0);
    out.push(
      `The same design open and streaming at 1000× for ${(memory.plannedSeconds / 60).toFixed(0)} min of wall time; page heap as in the telemetry section (CDP \`Runtime.getHeapUsage\`: JS + DOM + array buffers, used), read at 11 points, each then read again after a forced garbage collection ` +
        '(so garbage is collected once a minute more than it would be). ' +
        `Load average when it started ${load(memory.loadAverage)}.`,
      '',
      '| Point | Wall time | Simulated time | Page heap | after a forced GC |',
      '|---|---:|---:|---:|---:|',
      ...picked.map((x, i) => `| ${['start', 'middle', 'end'][i]} | ${x.wallSeconds.toFixed(0)} s | ${x.simulatedSeconds.toLocaleString('en-US')} s | ${megabytes(x.heapBytes)} | ${megabytes(x.retainedBytes)} |`),
      '',
      `Largest of ${p.length} readings: **${megabytes(largest)}** (target < ${megabytes(PAGE_HEAP_TARGET_BYTES)}: ${largest > 0 && largest < PAGE_HEAP_TARGET_BYTES ? 'met' : 'not met'}); ` +
        `largest after a forced GC ${megabytes(p.reduce((m, x) => Math.max(m, x.retainedBytes), 0))}; grows (second half's largest after GC > 1.1 × first half's): ${p.length > 1 ? (heapGrows(p) ? '**yes**' : 'no') : '—'}; status at the end: ${memory.status || '—'}; ` +
        `page errors: ${memory.errors.length === 0 ? 'none' : memory.errors.map((x) => `\`${x}\``).join(', ')}.`,
      '',
    );
  }
  return out;
}

export const PAGE_EDIT_HEADING = '## One edit and memory in the page, 10,000 nodes (browser, issue 21)';

async function main() {
  const quick = process.argv.includes('--quick');
  const port = Number(process.env.BENCH_PAGE_EDIT_PORT ?? 4187);
  const { url, stop } = await serveProductionBuild(port);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const edit = await pageEdit(browser, url, PAGE_EDIT_RUNS);
  // --edit-only: the edit timings printed, nothing written (for iterating on the edit path).
  if (process.argv.includes('--edit-only')) {
    await browser.close();
    stop();
    return console.log(pageEditTables(edit, null).join('\n'));
  }
  const memory = await pageMemory(browser, url, quick ? 120 : 600);
  const version = browser.version();
  await browser.close();
  stop();
  writeResultsSection([PAGE_EDIT_HEADING, '', standaloneMachineLine(`npx tsx bench/page-edit-bench.ts${quick ? ' --quick' : ''}`, version), '', ...pageEditTables(edit, memory)], [TELEMETRY_HEADING, '## Sweep throughput (CLI)']);
  console.log(pageEditTables(edit, memory).join('\n'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
