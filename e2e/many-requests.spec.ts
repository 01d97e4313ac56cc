import { expect, test, type Page } from '@playwright/test';
import { manyRequestsInput } from '../bench/generate-scenario';
import { LIMITS } from '../src/scenario/schema';
import { capRows } from '../src/store/results-store-rows';
import { REQUEST_SERIES } from '../src/worker/protocol';

// The schema's maximum of 5,000 requests (issue 22: the page broke from about 1,000), loaded the way a reload finds it.
const scenario = manyRequestsInput(LIMITS.requests);
const HEAP_LIMIT_BYTES = 500e6;
const ROWS_KEPT = capRows(LIMITS.requests * REQUEST_SERIES.length);

/** Simulated seconds on the clock ("t = 1:02:03 / …"). */
async function simulatedSeconds(page: Page): Promise<number> {
  const text = (await page.getByTestId('sim-time').textContent()) ?? '';
  const clock = /t = ([\d:]+)/.exec(text)?.[1] ?? '0';
  return clock.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

test('5,000 requests stream at 1000× past the telemetry cap, with the page heap under 500 MB and no page error', async ({ page }) => {
  // Generous: the engine steps 5,000 requests in tens of milliseconds, several times that on a loaded machine.
  test.setTimeout(600_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript((text) => window.localStorage.setItem('qnet-designer.scenario', text), JSON.stringify(scenario));
  await page.goto('/');
  const cdp = await page.context().newCDPSession(page);
  // The JS heap, the DOM's heap and array buffers' backing stores (where the results store's samples live) together.
  const heapBytes = async () => {
    const heap = await cdp.send('Runtime.getHeapUsage');
    return heap.usedSize + heap.embedderHeapUsedSize + heap.backingStorageSize;
  };

  // The lists show the first 100 requests and offer the rest.
  await expect(page.locator('.requests__item')).toHaveCount(100, { timeout: 120_000 });
  await expect(page.getByRole('button', { name: 'Show all 5,000 requests (4,900 more)' })).toBeVisible();
  await expect(page.getByTestId('run-status')).toHaveText('running', { timeout: 180_000 });
  await page.getByLabel('Speed').selectOption('1000');
  const chart = page.getByTestId('chart-keyRateBitsPerSecond');
  const rows = async () => Number(await chart.getAttribute('data-samples'));
  // Charts off screen wait (they draw only what is seen).
  await chart.scrollIntoViewIfNeeded();
  await expect.poll(rows, { timeout: 180_000 }).toBeGreaterThan(0);

  // Samples keep arriving past the rows the budget allows: the clock runs on and the history is thinned, not dropped.
  const heaps: number[] = [await heapBytes()];
  let last = await simulatedSeconds(page);
  for (const target of [ROWS_KEPT / 2, ROWS_KEPT, 2 * ROWS_KEPT]) {
    await expect.poll(() => simulatedSeconds(page), { timeout: 240_000 }).toBeGreaterThan(target);
    const now = await simulatedSeconds(page);
    expect(now).toBeGreaterThan(last);
    last = now;
    heaps.push(await heapBytes());
    expect(heaps.at(-1)!).toBeLessThan(HEAP_LIMIT_BYTES);
  }
  expect(await rows()).toBeLessThanOrEqual(ROWS_KEPT);
  await expect(page.getByTestId('run-status')).toHaveText('running');
  await page.screenshot({ path: 'e2e/screenshots/many-requests.png' });
  test.info().annotations.push({ type: 'heap MB', description: heaps.map((h) => (h / 1e6).toFixed(0)).join(' / ') });
  expect(errors).toEqual([]);
});
