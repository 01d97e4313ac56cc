import { expect, test, type Page } from '@playwright/test';

const sampleCount = async (page: Page) => Number(await page.getByTestId('chart-keyRateBitsPerSecond').getAttribute('data-samples'));
const keyRate = async (page: Page) => Number(await page.getByTestId('key-rate').first().getAttribute('data-value'));

test('the default scenario shows two stations, a fiber link and a filling key-rate chart', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('node-Alice')).toBeVisible();
  await expect(page.getByTestId('node-Bob')).toBeVisible();
  await expect(page.getByTestId('link-label-fiber-1')).toContainText('50 km');
  // 50 km of 0.2 dB/km fiber: the label shows the engine's loss beside the key rate.
  await expect(page.getByTestId('link-loss-fiber-1')).toHaveText('10.0 dB');
  await expect.poll(() => sampleCount(page)).toBeGreaterThan(3);
  const first = await sampleCount(page);
  await expect.poll(() => sampleCount(page)).toBeGreaterThan(first);
  expect(await keyRate(page)).toBeGreaterThan(0);
  await page.screenshot({ path: 'e2e/screenshots/default-scenario.png' });
});

test('a longer fiber lowers the key rate, computed in the worker, and the edit survives a reload', async ({ page }) => {
  await page.goto('/');
  await expect.poll(() => keyRate(page)).toBeGreaterThan(0);
  const at50 = await keyRate(page);
  await page.getByTestId('link-label-fiber-1').click();
  const length = page.getByRole('textbox', { name: 'Length', exact: true });
  await expect(length).toHaveValue('50');
  await length.fill('100');
  await length.press('Enter');
  await expect.poll(() => keyRate(page)).toBeLessThan(at50);
  const at100 = await keyRate(page);
  // 50 km more of 0.2 dB/km is 10 dB: the key falls by about ten times (a little more near the dark-count floor).
  expect(at50 / at100).toBeGreaterThan(8);
  expect(at50 / at100).toBeLessThan(20);
  await expect(page.getByTestId('link-label-fiber-1')).toContainText('100 km');
  await page.screenshot({ path: 'e2e/screenshots/fiber-100km.png' });

  await page.reload();
  await expect(page.getByTestId('link-label-fiber-1')).toContainText('100 km');
  await expect.poll(() => keyRate(page)).toBeCloseTo(at100, 6);
  await page.screenshot({ path: 'e2e/screenshots/after-reload.png' });
});

test('a bad value is explained and never applied', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('link-label-fiber-1').click();
  const length = page.getByRole('textbox', { name: 'Length', exact: true });
  await length.fill('-3');
  await expect(page.getByRole('alert').filter({ hasText: 'Length must be greater than 0 km' })).toBeVisible();
  await expect(page.getByTestId('link-label-fiber-1')).toContainText('50 km');
  await page.screenshot({ path: 'e2e/screenshots/invalid-length.png' });
});

test('dragging a node moves it, keeps the chart running, and undo puts it back', async ({ page }) => {
  await page.goto('/');
  const bob = page.getByTestId('node-Bob');
  await expect(bob).toBeVisible();
  const before = (await bob.boundingBox())!;
  await page.mouse.move(before.x + before.width / 2, before.y + before.height / 2);
  await page.mouse.down();
  await page.mouse.move(before.x + before.width / 2 + 60, before.y + before.height / 2 + 90, { steps: 8 });
  await page.mouse.up();
  const after = (await bob.boundingBox())!;
  expect(after.y - before.y).toBeGreaterThan(20);
  // The selected node's inspector may push the chart below the fold, where it waits: look at it to see it run.
  await page.getByTestId('chart-keyRateBitsPerSecond').scrollIntoViewIfNeeded();
  const samples = await sampleCount(page);
  await expect.poll(() => sampleCount(page)).toBeGreaterThan(samples);
  await page.screenshot({ path: 'e2e/screenshots/after-drag.png' });
  await page.keyboard.press('Control+z');
  await expect.poll(async () => Math.round((await bob.boundingBox())!.y)).toBe(Math.round(before.y));
});
