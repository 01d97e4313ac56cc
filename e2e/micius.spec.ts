import { expect, test } from '@playwright/test';

const SLOW = { timeout: 30_000 };

test('the Micius example runs the real orbit: its inspector lists the 19 Dec 2016 pass over Xinglong in UTC, and the map draws its track', async ({ page }) => {
  test.slow(); // SGP4 passes and the map's track are computed in the worker while the run plays
  await page.goto('/');
  await page.getByRole('button', { name: 'Examples', exact: true }).click();
  await page.getByRole('dialog', { name: 'Examples' }).getByRole('button', { name: 'Open Micius over Xinglong, 19 December 2016' }).click();
  await expect(page.getByTestId('scenario-name')).toHaveText('Micius – Xinglong downlink (Liao et al. 2017)');
  // The node's badge and link labels follow the pass every frame: click without waiting for it to be still.
  await page.getByTestId('node-Micius').click({ force: true });

  const orbit = page.getByTestId('orbit-fields');
  await expect(orbit.getByLabel('TLE line 1')).toHaveValue(/^1 41731U 16051A {3}16353\.90152003/);
  await expect(orbit.getByLabel('Run starts at (UTC)')).toHaveValue('2016-12-19T16:45:00Z');

  const passes = page.getByTestId('satellite-passes');
  await expect(passes.getByRole('heading', { name: /Xinglong/ })).toBeVisible(SLOW);
  const row = passes.locator('tbody tr').first();
  // SGP4 from the TLE: above 10° from 16:48:4x to 16:55:4x UTC, 48° at the top (Liao et al. 2017: closest 645 km).
  await expect(row).toContainText(/16:48:4\d UTC/);
  await expect(row).toContainText(/16:55:[34]\d UTC/);
  await expect(row).toContainText(/48° at 16:52:\d\d UTC/);
  await expect(passes).toContainText('Run starts 2016-12-19 16:45:00 UTC.');
  await passes.screenshot({ path: 'e2e/screenshots/micius-passes.png' });

  // A mistyped TLE is explained and never applied: the passes stay those of the real orbit.
  const line2 = orbit.getByLabel('TLE line 2');
  await line2.fill((await line2.inputValue()).replace('97.3699', '97.3698'));
  await expect(orbit.getByRole('alert')).toContainText('Line 2 has checksum 3 but its characters add up to 2');
  await expect(row).toContainText(/16:48:4\d UTC/);

  await page.getByTestId('map-toggle').click();
  await expect(page.getByTestId('ground-track-micius')).toHaveAttribute('d', /^M/, SLOW);
  await page.getByTestId('canvas').screenshot({ path: 'e2e/screenshots/micius-map.png' });
});
