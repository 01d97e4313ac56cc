import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import type { ScenarioInput } from '../src/scenario/schema';
import { parseScenario } from '../src/scenario/validate';
import { encodeScenario } from '../src/share/url-codec';
import { readSaved } from './saved-designs';

/** A design unlike the default: three stations, two fiber spans, a label that looks like markup. */
const sharedDesign: ScenarioInput = {
  version: 2,
  name: 'Shared <i>three-node</i> chain',
  nodes: [
    { id: 'lab-a', label: '<b>Lab A</b>', kind: 'ground-station', position: { x: 0, y: 100 }, params: {} },
    { id: 'relay', label: 'Relay', kind: 'trusted-node', position: { x: 300, y: 40 }, params: {} },
    { id: 'lab-b', label: 'Lab B', kind: 'ground-station', position: { x: 600, y: 100 }, params: {} },
  ],
  links: [
    { id: 'span-1', source: 'lab-a', target: 'relay', kind: 'fiber', params: { lengthKm: 30 } },
    { id: 'span-2', source: 'relay', target: 'lab-b', kind: 'fiber', params: { lengthKm: 42 } },
  ],
  requests: [{ id: 'key-1', source: 'lab-a', target: 'lab-b', protocol: 'bb84-decoy', params: {} }],
};

async function sharedHash(flags = ''): Promise<string> {
  const parsed = parseScenario(sharedDesign);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return `#s=${await encodeScenario(parsed.scenario)}${flags}`;
}

async function setFiberLength(page: Page, linkId: string, km: string) {
  await page.getByTestId(`link-label-${linkId}`).click();
  const length = page.getByRole('textbox', { name: 'Length' });
  await length.fill(km);
  await length.press('Enter');
  await expect(page.getByTestId(`link-label-${linkId}`)).toContainText(`${km} km`);
}

test('a shared link opens the same design in a fresh browser, and Back returns to the link as shared', async ({ page }) => {
  const hash = await sharedHash();
  await page.goto(`/${hash}`);
  await expect(page.getByTestId('node-<b>Lab A</b>')).toBeVisible();
  await expect(page.getByTestId('node-Relay')).toBeVisible();
  await expect(page.getByTestId('node-Lab B')).toBeVisible();
  await expect(page.getByTestId('link-label-span-2')).toContainText('42 km');
  await expect(page.getByTestId('scenario-name')).toHaveText('Shared <i>three-node</i> chain');
  await expect(page.getByTestId('share-notice')).toContainText('Opened the shared scenario');
  await page.screenshot({ path: 'e2e/screenshots/shared-link-opened.png' });

  // Editing rewrites the hash; the link as shared stays one step back in history.
  await setFiberLength(page, 'span-2', '55');
  await expect.poll(() => new URL(page.url()).hash).not.toBe(hash);
  await page.goBack();
  await expect(page.getByRole('dialog', { name: 'Open the shared scenario?' })).toBeVisible();
  await page.getByRole('button', { name: 'Open the shared scenario' }).click();
  await expect(page.getByTestId('link-label-span-2')).toContainText('42 km');
  await page.getByRole('button', { name: 'Restore my previous work' }).click();
  await expect(page.getByTestId('link-label-span-2')).toContainText('55 km');
});

test('teacher flags: read-only, dark theme and start paused', async ({ page }) => {
  await page.goto(`/${await sharedHash('&ro=1&theme=dark&play=0')}`);
  await expect(page.getByTestId('read-only-badge')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: '▶ Play' })).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/shared-link-read-only-dark.png' });
  // Drag attempts and Ctrl+Z change nothing in a read-only document.
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('link-label-span-2')).toContainText('42 km');
});

test('a garbled link shows a clear message and keeps the saved work', async ({ page }) => {
  await page.goto('/');
  await setFiberLength(page, 'fiber-1', '77');
  await expect.poll(() => readSaved(page)).toContain('"lengthKm":77');
  const garbled = `${(await sharedHash()).slice(0, 40)}$$not-base64`;
  await page.goto(`/${garbled}`);
  await expect(page.getByRole('alert').filter({ hasText: 'This link is damaged' })).toContainText('your saved work is unchanged');
  await expect(page.getByTestId('link-label-fiber-1')).toContainText('77 km');
  // Opening the broken link afresh (a reload) says the same and still leaves the work alone.
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'This link is damaged' })).toBeVisible();
  await expect(page.getByTestId('link-label-fiber-1')).toContainText('77 km');
  expect(await readSaved(page)).toContain('"lengthKm":77');
  await page.screenshot({ path: 'e2e/screenshots/garbled-link.png' });
});

test('export a scenario file, import it back, and undo the import', async ({ page }) => {
  await page.goto('/');
  await setFiberLength(page, 'fiber-1', '63');
  await page.getByRole('button', { name: 'Files' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export scenario (JSON)' }).click()]);
  expect(download.suggestedFilename()).toBe('bb84-over-50-km-of-fiber.json');
  const path = await download.path();
  const exported = JSON.parse(await readFile(path, 'utf8'));
  expect(exported.links[0].params.lengthKm).toBe(63);

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Time series (CSV)' }).click()]);
  expect((await readFile(await csv.path(), 'utf8')).split('\r\n')[0]).toMatch(/^timeSeconds,keyRateBitsPerSecond:key-1,/);
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Network (PNG)' }).click()]);
  const pngBytes = await readFile(await png.path());
  expect(pngBytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(pngBytes.length).toBeGreaterThan(5000);
  const [chartSvg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'SVG' }).first().click()]);
  const svgText = await readFile(await chartSvg.path(), 'utf8');
  expect(svgText).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(svgText).toContain('<path');
  const [chartPng] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG', exact: true }).first().click()]);
  expect((await readFile(await chartPng.path())).subarray(1, 4).toString('latin1')).toBe('PNG');
  await expect(page.getByRole('alert').filter({ hasText: 'Export failed' })).toHaveCount(0);
  await page.screenshot({ path: 'e2e/screenshots/files-menu.png' });
  await page.getByRole('button', { name: 'Close' }).click();

  await setFiberLength(page, 'fiber-1', '10');
  await page.getByRole('button', { name: 'Files' }).click();
  await page.getByTestId('import-file').setInputFiles(path);
  await expect(page.getByTestId('link-label-fiber-1')).toContainText('63 km');
  await expect(page.getByTestId('share-notice')).toContainText('Press Ctrl+Z');
  await page.screenshot({ path: 'e2e/screenshots/imported-file.png' });
  await page.locator('h1').click();
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('link-label-fiber-1')).toContainText('10 km');
});

test('the Share panel shows the link, its length, a QR code and an embed snippet', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Share' }).click();
  const link = page.getByTestId('share-link');
  await expect(link).toHaveValue(/#s=2\.[A-Za-z0-9_-]+$/);
  await expect(page.getByTestId('share-qr')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Read-only' }).check();
  await expect(link).toHaveValue(/&ro=1$/);
  await expect(page.getByTestId('share-embed')).toHaveValue(/^<iframe src="http:\/\/127\.0\.0\.1:[0-9]+\/#s=2\.[^"]+&amp;ro=1" width="960" height="600"/);
  const url = await link.inputValue();
  await expect(page.getByTestId('share-link-length')).toHaveText(`${url.length} characters`);
  await page.screenshot({ path: 'e2e/screenshots/share-panel.png' });
});
