import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { everyLinkLook } from '../src/share/testing/every-link-look';

/** Width and height from a PNG's header (the IHDR chunk follows the 8-byte signature). */
const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

async function openEveryLinkLook(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Files' }).click();
  await page.getByTestId('import-file').setInputFiles({ name: 'every-link-look.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(everyLinkLook)) });
  await expect(page.getByTestId('scenario-name')).toHaveText(everyLinkLook.name ?? '');
  // The engine's first answer is in: the canvas shows the failed, tapped and out-of-view links.
  await expect(page.getByTestId('link-failed-cut')).toBeVisible();
  await expect(page.getByTestId('qber-alarm-tapped')).toBeVisible();
  await expect(page.getByTestId('link-dark-down-xinglong')).toBeVisible();
}

async function download(page: Page, button: ReturnType<Page['getByRole']>): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return readFile(await file.path());
}

/** Show an exported PNG alone on a page, as someone opening the file would see it, and keep a screenshot. */
async function showPng(page: Page, png: Buffer, name: string) {
  const viewer = await page.context().newPage();
  await viewer.setContent(`<body style="margin:0;background:#888"><img style="max-width:100%" src="data:image/png;base64,${png.toString('base64')}"></body>`);
  await expect.poll(() => viewer.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  await viewer.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });
  await viewer.close();
}

/** Texts of an SVG file that, drawn in a page, stick out of the file's own frame (and so would be cropped). */
function textsOutsideFrame(page: Page, svgText: string): Promise<string[]> {
  return page.evaluate((text) => {
    const host = document.createElement('div');
    host.innerHTML = text;
    document.body.append(host);
    const svg = host.querySelector('svg')!;
    const frame = svg.getBoundingClientRect();
    const out = [...svg.querySelectorAll('text')].filter((t) => {
      const r = t.getBoundingClientRect();
      return r.left < frame.left - 0.5 || r.top < frame.top - 0.5 || r.right > frame.right + 0.5 || r.bottom > frame.bottom + 0.5;
    });
    host.remove();
    return out.map((t) => t.textContent ?? '');
  }, svgText);
}

test('the network exports as a real SVG, one line per link and one group per node, and as a PNG of the same drawing', async ({ page }) => {
  await openEveryLinkLook(page);
  // The canvas itself, to hold the exported drawing against.
  await page.screenshot({ path: 'e2e/screenshots/export-network-canvas.png' });
  await page.getByRole('button', { name: 'Files' }).click();
  const svgText = (await download(page, page.getByRole('button', { name: 'Network (SVG)' }))).toString('utf8');
  expect(svgText.length).toBeLessThan(40_000);
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const attrs = (e: Element) => ({ tag: e.tagName, id: e.getAttribute('data-link-id'), stroke: e.getAttribute('stroke'), dash: e.getAttribute('stroke-dasharray') });
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.tagName,
      foreign: doc.getElementsByTagName('foreignObject').length,
      html: doc.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', '*').length,
      links: [...doc.querySelectorAll('[data-link-id]')].map(attrs),
      nodes: [...doc.querySelectorAll('[data-node-id]')].map((e) => e.getAttribute('data-node-id')),
      labels: Object.fromEntries([...doc.querySelectorAll('[data-label-for]')].map((e) => [e.getAttribute('data-label-for'), e.textContent])),
      title: doc.querySelector('title')?.textContent,
    };
  }, svgText);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  expect(parsed.foreign).toBe(0);
  expect(parsed.html).toBe(0);
  expect(parsed.title).toBe(everyLinkLook.name);
  expect(parsed.nodes.sort()).toEqual(everyLinkLook.nodes.map((n) => n.id).sort());
  expect(parsed.links.map((l) => l.id).sort()).toEqual(everyLinkLook.links!.map((l) => l.id).sort());
  expect(parsed.links.every((l) => l.tag === 'line')).toBe(true);
  const link = (id: string) => parsed.links.find((l) => l.id === id)!;
  expect(link('clean').dash).toBeNull();
  expect(link('cut').dash).toBe('8 5');
  expect(link('tapped').dash).toBe('3 3');
  expect(link('too-long').dash).toBe('3 3');
  expect(link('down-xinglong').dash).toBe('1 6');
  expect(link('down-graz').dash).toBe('1 6');
  expect(parsed.labels.tapped).toContain('⚠ QBER');
  expect(parsed.labels.cut).toContain('✕ failed');

  const png = await download(page, page.getByRole('button', { name: 'Network (PNG)' }));
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  const size = pngSize(png);
  const svgSize = /width="(\d+)" height="(\d+)"/.exec(svgText)!.slice(1).map(Number);
  // Drawn from the SVG at twice its size.
  expect(size).toEqual({ width: svgSize[0]! * 2, height: svgSize[1]! * 2 });
  expect(png.length).toBeGreaterThan(20_000);
  await expect(page.getByRole('alert').filter({ hasText: 'Export failed' })).toHaveCount(0);
  await showPng(page, png, 'export-network-png');
});

test('a chart exports with its title, unit, legend and whole axes', async ({ page }) => {
  await openEveryLinkLook(page);
  const chart = page.getByTestId('chart-keyRateBitsPerSecond');
  await expect.poll(async () => Number(await chart.getAttribute('data-samples'))).toBeGreaterThan(2);
  await page.getByRole('button', { name: 'Files' }).click();
  const row = page.locator('.files-menu__row').filter({ hasText: 'Secret key rate (bit/s)' }).first();
  const svgText = (await download(page, row.getByRole('button', { name: 'SVG', exact: true }))).toString('utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return { error: doc.querySelector('parsererror')?.textContent ?? null, texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '') };
  }, svgText);
  expect(parsed.error).toBeNull();
  expect(parsed.texts[0]).toMatch(/^Secret key rate \(bit\/s\)/);
  expect(parsed.texts).toContain('simulated time (s)');
  for (const request of everyLinkLook.requests!) expect(parsed.texts.some((t) => t.startsWith(request.label!))).toBe(true);
  expect(parsed.texts.find((t) => t.startsWith('Carol → Dave (Eve)'))).toContain('⚠ QBER');

  // Drawn in a page, every text of the file lies inside the file's own frame: nothing cropped.
  const outside = await textsOutsideFrame(page, svgText);
  expect(outside).toEqual([]);

  const png = await download(page, row.getByRole('button', { name: 'PNG', exact: true }));
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  await showPng(page, png, 'export-key-rate-chart-png');
});

test('the distance chart exports with its axis label whole', async ({ page }) => {
  await page.goto('/');
  const distance = page.getByTestId('distance-chart');
  await distance.scrollIntoViewIfNeeded();
  await expect(page.getByTestId('distance-key-line')).toBeAttached();
  await page.getByRole('button', { name: 'Files' }).click();
  const row = page.locator('.files-menu__row').filter({ hasText: 'Key rate against distance' });
  const svgText = (await download(page, row.getByRole('button', { name: 'SVG', exact: true }))).toString('utf8');
  expect(svgText).toContain('Key rate against distance (bit/s, log)');
  expect(svgText).toContain('link length (km)');
  expect(svgText).toContain('PLOB bound');
  const outside = await textsOutsideFrame(page, svgText);
  expect(outside).toEqual([]);
  const png = await download(page, row.getByRole('button', { name: 'PNG', exact: true }));
  await showPng(page, png, 'export-distance-chart-png');
});
