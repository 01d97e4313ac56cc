import { expect, test } from '@playwright/test';
import { generateNetworkInput } from '../bench/generate-scenario';
import { AUTOSAVE_KEY } from './saved-designs';

// The schema's largest network in practice: 20,000 nodes, 30,000 links, 2,000 BB84 requests, found by a reload in autosave.
const network = generateNetworkInput({ nodes: 20_000, seed: 1 });

test('the largest network streams: its first evaluation reports progress and is not stopped, then simulated time runs', async ({ page }) => {
  test.setTimeout(240_000);
  await page.addInitScript(([key, text]) => window.localStorage.setItem(key, text), [AUTOSAVE_KEY, JSON.stringify(network)] as const);
  await page.goto('/');
  // While it evaluates, the results panel says how far it has come (the same reports keep the engine's watchdog content).
  await expect(page.getByTestId('evaluation-progress')).toContainText(/of 2,000 requests routed/, { timeout: 120_000 });
  await page.screenshot({ path: 'e2e/screenshots/big-network-evaluating.png' });
  // Streaming: simulated time moves past zero.
  await expect(page.getByTestId('sim-time')).toHaveText(/t = [0:]*[1-9]/, { timeout: 180_000 });
  await expect(page.getByTestId('evaluation-progress')).toHaveCount(0);
  await expect(page.getByText(/took more than .* and was stopped/)).toHaveCount(0);
  await page.screenshot({ path: 'e2e/screenshots/big-network-streaming.png' });
});
