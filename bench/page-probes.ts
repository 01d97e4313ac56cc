/** What the browser benchmarks read off a running page: its simulated clock and its heap. */
import type { CDPSession, Page } from '@playwright/test';

/** The header clock ("t = 01:02:03 / …") in simulated seconds. */
export async function simulatedSeconds(page: Page): Promise<number> {
  const text = (await page.getByTestId('sim-time').textContent()) ?? '';
  const clock = /t = ([\d:]+)/.exec(text)?.[1] ?? '0';
  return clock.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

/** The page's heap (CDP `Runtime.getHeapUsage`): JS heap, DOM heap and array buffers used, and the array buffers alone. */
export async function pageHeap(cdp: CDPSession): Promise<{ usedBytes: number; backingBytes: number }> {
  const heap = await cdp.send('Runtime.getHeapUsage');
  return { usedBytes: heap.usedSize + heap.embedderHeapUsedSize + heap.backingStorageSize, backingBytes: heap.backingStorageSize };
}

/** Decimal megabytes, as the browser sections of RESULTS.md print them. */
export const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
