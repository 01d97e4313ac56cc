import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Violations that would block someone: 'serious' or 'critical', listed with the elements at fault. */
async function blockingViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n  ')}`);
}

// axe walks the whole page, five times here; on a busy machine that takes a while.
test.describe.configure({ timeout: 240_000 });

/** The default page, drawn and running, then paused so the page holds still while axe walks it. */
async function openPaused(page: Page) {
  await page.goto('/');
  await expect(page.getByTestId('node-Bob')).toBeVisible();
  await expect(page.getByTestId('run-status')).toHaveText('running');
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: /Play/ })).toBeVisible();
}

// One page load walked through every view in turn: loading the app is most of what each view alone would cost.
test('no serious or critical accessibility violations on the default page, the link inspector, the shortcuts dialog, a request with its best paths, and the map view', async ({ page }) => {
  await openPaused(page);
  await test.step('the default page', async () => {
    expect(await blockingViolations(page)).toEqual([]);
  });
  await test.step('the inspector showing a link', async () => {
    await page.getByTestId('link-label-fiber-1').click();
    await expect(page.getByRole('form', { name: 'Link fiber-1' })).toBeVisible();
    expect(await blockingViolations(page)).toEqual([]);
  });
  await test.step('the shortcuts dialog', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts and gestures' });
    await expect(dialog).toBeVisible();
    expect(await blockingViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });
  await test.step('a request in the inspector, with its best paths listed', async () => {
    await page.getByRole('button', { name: /^Request key-1:/ }).click();
    await page.getByTestId('best-paths-toggle').click();
    await expect(page.getByTestId('best-path-0')).toContainText('Alice → Bob');
    expect(await blockingViolations(page)).toEqual([]);
  });
  await test.step('the map view', async () => {
    await page.getByTestId('map-toggle').click();
    await expect(page.getByTestId('map-land')).toHaveAttribute('d', /^M/, { timeout: 30_000 });
    expect(await blockingViolations(page)).toEqual([]);
  });
});
