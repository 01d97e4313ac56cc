import { expect, test, type Page } from '@playwright/test';

const samples = async (page: Page) => Number(await page.getByTestId('chart-keyRateBitsPerSecond').getAttribute('data-samples'));
const controls = (page: Page) => page.getByRole('group', { name: 'Simulated time' });

test('pause holds simulated time, step adds exactly one step, play resumes and reset starts again at t = 0', async ({ page }) => {
  await page.goto('/');
  await expect.poll(() => samples(page)).toBeGreaterThan(2);

  await controls(page).getByRole('button', { name: /Pause/ }).click();
  await expect(controls(page).getByRole('button', { name: /Play/ })).toBeVisible();
  const held = await samples(page);
  // Paused: whatever was in flight has landed, then nothing more arrives.
  await expect.poll(async () => { const a = await samples(page); await page.waitForTimeout(300); return (await samples(page)) - a; }).toBe(0);
  const paused = await samples(page);
  expect(paused).toBeGreaterThanOrEqual(held);

  await controls(page).getByRole('button', { name: 'Step one time step' }).click();
  await expect.poll(() => samples(page)).toBe(paused + 1);
  // One-second steps from t = 0: the clock reads the sample count as minutes and seconds.
  const t = paused + 1;
  await expect(page.getByTestId('sim-time')).toContainText(`t = ${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`);
  await page.screenshot({ path: 'e2e/screenshots/time-stepped.png' });

  await controls(page).getByRole('button', { name: /Play/ }).click();
  await expect.poll(() => samples(page)).toBeGreaterThan(paused + 3);

  await controls(page).getByRole('button', { name: 'Restart from t = 0' }).click();
  await expect.poll(() => samples(page)).toBeLessThan(paused);
});

test('redo replays an undone edit', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('link-label-fiber-1').click();
  const length = page.getByRole('textbox', { name: 'Length', exact: true });
  await length.fill('80');
  await length.press('Enter');
  await expect(page.getByTestId('link-label-fiber-1')).toContainText('80 km');
  await page.getByTestId('canvas').click({ position: { x: 20, y: 400 } });
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('link-label-fiber-1')).toContainText('50 km');
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByTestId('link-label-fiber-1')).toContainText('80 km');
});
