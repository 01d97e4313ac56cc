import { expect, test } from '@playwright/test';
import { generateNetworkInput } from '../bench/generate-scenario';

// The schema's maximum of 20,000 nodes (issue 21): 30,000 links and 2,000 requests of ~400 hops each, loaded the way a
// reload finds it. Its evaluation carries 829,000 hops; the page must get its numbers and still answer.
const network = generateNetworkInput({ nodes: 20_000, seed: 1 });

test('the 20,000-node design streams: the key-rate chart gets samples and pause answers', async ({ page }) => {
  // Generous: the worker alone evaluates this design in 6–25 s, depending on the machine's load.
  test.setTimeout(180_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript((text) => window.localStorage.setItem('qnet-designer.scenario', text), JSON.stringify(network));
  const opened = Date.now();
  await page.goto('/');
  const chart = page.getByTestId('chart-keyRateBitsPerSecond');
  // Charts draw only what is seen. Scrolled by the page itself: 20,000 nodes keep the layout busy, so it is never "stable".
  await chart.evaluate((element) => element.scrollIntoView(), undefined, { timeout: 150_000 });
  await expect.poll(async () => Number(await chart.getAttribute('data-samples')), { timeout: 60_000 }).toBeGreaterThan(0);
  const firstSampleMs = Date.now() - opened;

  // The page answers: a click on Pause turns it into Play, and back. Within 30 s, not minutes: the canvas of 20,000 nodes
  // still holds the thread for seconds at a time (4.6 s measured alone here, over 10 s beside other specs). Found by
  // class: a query by role walks all 20,000 nodes' accessibility tree, which alone takes seconds here.
  const play = page.locator('.time-controls__play');
  await expect(play).toHaveText(/Pause/);
  const clicked = Date.now();
  await play.click({ timeout: 30_000 });
  await expect(play).toHaveText(/Play/, { timeout: 30_000 });
  const pauseMs = Date.now() - clicked;
  await play.click({ timeout: 30_000 });
  await expect(play).toHaveText(/Pause/, { timeout: 30_000 });
  await page.screenshot({ path: 'e2e/screenshots/huge-network.png' });
  test.info().annotations.push({ type: 'timing', description: `first sample ${firstSampleMs} ms after opening; pause answered in ${pauseMs} ms` });
  console.log(`huge network: first sample ${firstSampleMs} ms after opening; pause answered in ${pauseMs} ms`);
  expect(errors).toEqual([]);
});
