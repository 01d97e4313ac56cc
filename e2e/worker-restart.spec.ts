import { expect, test, type Page } from '@playwright/test';

// A worker the browser closes (for memory, say) raises no error event: its life lock, let go, or its missing heartbeat
// tells. Closing it from inside with self.close() is exactly that.

const samples = async (page: Page) => Number(await page.getByTestId('chart-keyRateBitsPerSecond').getAttribute('data-samples'));
const controls = (page: Page) => page.getByRole('group', { name: 'Simulated time' });
/** The simulated clock, seconds ("t = 01:23 / 10:00"). */
const clock = async (page: Page) => {
  const [, m, s] = /t = (\d+):(\d+)/.exec((await page.getByTestId('sim-time').textContent()) ?? '')!;
  return Number(m) * 60 + Number(s);
};

async function closeEngineSilently(page: Page): Promise<number> {
  await expect.poll(() => page.workers().length).toBeGreaterThan(0);
  const engine = page.workers()[0]!;
  // The call may not answer once the worker is gone.
  await engine.evaluate(() => self.close()).catch(() => {});
  return Date.now();
}

for (const { how, withoutLocks } of [
  { how: 'its life lock let go', withoutLocks: false },
  { how: 'its missing heartbeat alone (a page without Web Locks)', withoutLocks: true },
]) {
  test(`an engine worker closed silently while running is noticed by ${how} and replaced: samples resume from where the clock was, with a message saying so`, async ({ page }) => {
    if (withoutLocks) await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'locks', { get: () => undefined }));
    await page.goto('/');
    await controls(page).getByLabel('Speed').selectOption('5');
    await expect.poll(() => samples(page)).toBeGreaterThan(10);
    const before = await samples(page);
    const clockAtClose = await clock(page);
    const closedAt = await closeEngineSilently(page);

    const notices = page.getByTestId('notices');
    await expect(notices).toContainText('The simulation engine stopped unexpectedly');
    test.info().annotations.push({ type: 'noticed after (ms)', description: String(Date.now() - closedAt) });
    await expect(notices).not.toContainText('took more than');
    const [, restartedAt] = /restarted with your current scenario at t = ([\d.]+) s/.exec((await notices.textContent()) ?? '')!;
    expect(Number(restartedAt)).toBeGreaterThanOrEqual(clockAtClose);

    // Streaming again on a new worker, continuing the chart rather than starting it over.
    const afterNotice = await samples(page);
    await expect.poll(() => samples(page)).toBeGreaterThan(afterNotice + 2);
    test.info().annotations.push({ type: 'streaming again after (ms)', description: String(Date.now() - closedAt) });
    expect(await samples(page)).toBeGreaterThan(before);
    expect(await clock(page)).toBeGreaterThan(Number(restartedAt));
    await expect(controls(page).getByRole('button', { name: /Pause/ })).toBeVisible();
    await expect(page.getByTestId('node-Alice')).toBeVisible();
    await page.screenshot({ path: `e2e/screenshots/worker-replaced${withoutLocks ? '-heartbeat' : ''}.png` });
  });
}

test('an engine worker closed silently while paused is replaced paused at the same time; play continues from there', async ({ page }) => {
  await page.goto('/');
  await controls(page).getByLabel('Speed').selectOption('5');
  await expect.poll(() => samples(page)).toBeGreaterThan(5);
  await controls(page).getByRole('button', { name: /Pause/ }).click();
  // Paused: whatever was in flight has landed, then nothing more arrives.
  await expect.poll(async () => { const a = await samples(page); await page.waitForTimeout(300); return (await samples(page)) - a; }).toBe(0);
  const held = await samples(page);
  const heldClock = await clock(page);

  await closeEngineSilently(page);
  await expect(page.getByTestId('notices')).toContainText(`The simulation engine stopped unexpectedly`);
  await expect(page.getByTestId('notices')).toContainText(`at t = ${heldClock} s`);
  // Still paused on the new worker: nothing streams, the clock and the chart stay where they were.
  await page.waitForTimeout(1000);
  expect(await samples(page)).toBe(held);
  expect(await clock(page)).toBe(heldClock);
  await expect(page.getByTestId('run-status')).toHaveText('paused');

  await controls(page).getByRole('button', { name: /Play/ }).click();
  await expect.poll(() => samples(page)).toBeGreaterThan(held + 3);
  expect(await clock(page)).toBeGreaterThan(heldClock);
  // The chart went on from the held samples; it did not start again at t = 0.
  expect(await clock(page)).toBeLessThan(heldClock + 60);
});
