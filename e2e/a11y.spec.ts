import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Violations that would block someone: 'serious' or 'critical', listed with the elements at fault. */
async function blockingViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n  ')}`);
}

// axe walks the whole page; on a busy machine that takes a while.
test.describe.configure({ timeout: 120_000 });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('node-Bob')).toBeVisible();
  await expect(page.getByTestId('run-status')).toHaveText('running');
  // Pause so the page holds still while axe walks it.
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: /Play/ })).toBeVisible();
});

test('the default page has no serious or critical accessibility violations', async ({ page }) => {
  expect(await blockingViolations(page)).toEqual([]);
});

test('the inspector showing a link has none', async ({ page }) => {
  await page.getByTestId('link-label-fiber-1').click();
  await expect(page.getByRole('form', { name: 'Link fiber-1' })).toBeVisible();
  expect(await blockingViolations(page)).toEqual([]);
});

test('the shortcuts dialog has none', async ({ page }) => {
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts and gestures' })).toBeVisible();
  expect(await blockingViolations(page)).toEqual([]);
});

test('the map view has none', async ({ page }) => {
  await page.getByTestId('map-toggle').click();
  await expect(page.getByTestId('map-land')).toHaveAttribute('d', /^M/, { timeout: 30_000 });
  expect(await blockingViolations(page)).toEqual([]);
});

test('a request in the inspector, with its best paths listed, has none', async ({ page }) => {
  await page.getByRole('button', { name: /^Request key-1:/ }).click();
  await page.getByTestId('best-paths-toggle').click();
  await expect(page.getByTestId('best-path-0')).toContainText('Alice → Bob');
  expect(await blockingViolations(page)).toEqual([]);
});
