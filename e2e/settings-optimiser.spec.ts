import { expect, test, type Locator } from '@playwright/test';

/** A number the results carry as data-value (the engine's own, not the rounded text). */
const valueOf = (l: Locator) => async () => Number(await l.getAttribute('data-value'));

test('vacuum + weak decoy BB84: ticking "Choose ν too" shows the μ and ν chosen, the key does not fall, and undo restores ν as set', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('node-Bob')).toBeVisible();
  const result = page.getByTestId('result-key-1');
  await page.getByRole('button', { name: /^Request key-1:/ }).click();
  await page.getByLabel('Decoy states').selectOption('vacuum-weak');
  await expect(result.getByTestId('source-settings')).toHaveText(/^μ [\d.]+$/);
  const keyRate = valueOf(result.getByTestId('key-rate'));
  await expect.poll(keyRate).toBeGreaterThan(0);
  const asSet = await keyRate();
  await page.getByLabel('Choose ν too (otherwise ν as set)').check();
  await expect(result.getByTestId('source-settings')).toHaveText(/^μ [\d.]+, ν [\d.e-]+$/);
  await expect.poll(keyRate).toBeGreaterThan(asSet);
  await page.screenshot({ path: 'e2e/screenshots/settings-optimiser-decoy.png' });
  await page.getByRole('button', { name: /^(↶ )?Undo$/ }).click();
  await expect(result.getByTestId('source-settings')).toHaveText(/^μ [\d.]+$/);
  await expect.poll(keyRate).toBe(asSet);
});

test('repeater chain with purification: ticking "Choose the memory cut-off and purification rounds" shows what was chosen, more key, and undo', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Examples', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Examples' });
  await dialog.getByRole('button', { name: 'Open Purification trades rate for fidelity' }).click();
  await expect(dialog).toBeHidden();
  const result = page.getByTestId('result-pairs-pure');
  const keyRate = valueOf(result.getByTestId('key-rate'));
  await expect.poll(keyRate).toBeGreaterThan(0);
  const asSet = await keyRate();
  await expect(result.getByTestId('source-settings')).toHaveCount(0);
  await page.getByRole('button', { name: /^Request pairs-pure:/ }).click();
  await page.getByLabel('Choose the memory cut-off and purification rounds (otherwise as set)').check();
  await expect(result.getByTestId('source-settings')).toHaveText(/^memory cut-off (none|[\d.]+ [µm]?s), purification rounds \d$/);
  await expect.poll(keyRate).toBeGreaterThan(asSet);
  await expect(page.getByTestId('repeater-settings-note')).toContainText('Source settings in the results shows what runs');
  await page.screenshot({ path: 'e2e/screenshots/settings-optimiser-repeater.png' });
  await page.getByTestId('glossary-term-memory-cutoff').click();
  await expect(page.getByTestId('glossary-dialog')).toContainText('trades pairs per second for fidelity');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /^(↶ )?Undo$/ }).click();
  await expect(result.getByTestId('source-settings')).toHaveCount(0);
  await expect(page.getByTestId('repeater-settings-note')).toHaveCount(0);
  await expect.poll(keyRate).toBe(asSet);
});
