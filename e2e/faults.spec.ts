import { expect, test } from '@playwright/test';

test('a crashed engine worker is reported, restarted, and the run resumes with the drawing intact', async ({ page }) => {
  await page.goto('/');
  const chart = page.getByTestId('chart-keyRateBitsPerSecond');
  await expect.poll(async () => Number(await chart.getAttribute('data-samples'))).toBeGreaterThan(2);
  await expect.poll(() => page.workers().length).toBeGreaterThan(0);
  const engine = page.workers()[0]!;
  // An uncaught error inside the worker, as a bug in the engine would raise.
  await engine.evaluate(() => {
    setTimeout(() => {
      throw new Error('simulated engine fault');
    }, 0);
  });
  await expect(page.getByTestId('notices')).toContainText('The simulation engine stopped');
  await expect(page.getByTestId('notices')).toContainText('restarted with your current scenario');
  // The restarted engine streams again, and nothing the user drew was lost.
  const after = Number(await chart.getAttribute('data-samples'));
  await expect.poll(async () => Number(await chart.getAttribute('data-samples'))).toBeGreaterThan(after);
  await expect(page.getByTestId('node-Alice')).toBeVisible();
  await expect(page.getByTestId('node-Bob')).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/engine-restarted.png' });
});
