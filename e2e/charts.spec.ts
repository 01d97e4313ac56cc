import { expect, test, type Locator, type Page } from '@playwright/test';

// These tests wait on a live stream and a worker computation; on a loaded machine those take a while.
test.describe.configure({ timeout: 120_000 });
const SLOW = { timeout: 60_000 };

const keyChart = (page: Page) => page.getByTestId('live-chart-keyRateBitsPerSecond');
const sampleCount = async (page: Page) => Number(await page.getByTestId('chart-keyRateBitsPerSecond').getAttribute('data-samples'));
const yTicks = async (chart: Locator) => chart.locator('.chart__y-axis .tick text').allTextContents();

/** "M1,2L3,4…" → [[1,2],[3,4],…]; a path with gaps has several M commands, which is fine here. */
function pathPoints(d: string): [number, number][] {
  return [...d.matchAll(/[ML]\s*(-?[\d.e+-]+)[ ,](-?[\d.e+-]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

test('hovering the key-rate chart shows a cursor and the values at the nearest sample', async ({ page }) => {
  await page.goto('/');
  await expect.poll(() => sampleCount(page), SLOW).toBeGreaterThan(3);
  const plot = page.getByTestId('chart-keyRateBitsPerSecond');
  const box = (await plot.boundingBox())!;
  await page.mouse.move(box.x + 62, box.y + box.height / 2);
  const readout = page.getByTestId('chart-readout-keyRateBitsPerSecond');
  await expect(readout).toContainText(/^t = \d+(\.\d+)? s · Alice → Bob: [\d.]+ [kM]?bit\/s/);
  await expect(keyChart(page).locator('.chart__cursor line')).toHaveCount(1);
  await expect(keyChart(page).locator('.chart__cursor circle')).toHaveCount(1);
  await page.screenshot({ path: 'e2e/screenshots/chart-hover.png', clip: { x: box.x - 20, y: box.y - 60, width: box.width + 40, height: box.height + 120 } });
  await page.mouse.move(box.x - 200, box.y);
  await expect(readout).toContainText(/^Latest: /);
});

test('"Show as table" lists the latest samples as rows', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Speed').selectOption('100');
  await expect.poll(() => sampleCount(page), SLOW).toBeGreaterThan(25);
  await keyChart(page).getByRole('button', { name: 'Show as table' }).click();
  const table = page.getByTestId('chart-table-keyRateBitsPerSecond');
  await expect(table.getByRole('columnheader', { name: 'Alice → Bob' })).toBeVisible();
  await expect(table.locator('tbody tr')).toHaveCount(20);
  await expect(table.locator('tbody tr').first().locator('td')).toHaveText(/^[\d.]+ [kM]?bit\/s$/);
  await table.scrollIntoViewIfNeeded();
  await table.screenshot({ path: 'e2e/screenshots/chart-table.png' });
});

test('the log toggle switches the value axis between log and linear', async ({ page }) => {
  await page.goto('/');
  await page.setViewportSize({ width: 1280, height: 1000 });
  await expect.poll(() => sampleCount(page), SLOW).toBeGreaterThan(3);
  const chart = page.getByTestId('live-chart-secretKeyBits');
  const svg = page.getByTestId('chart-secretKeyBits');
  // Charts below the fold draw once scrolled into view.
  await chart.scrollIntoViewIfNeeded();
  const log = chart.getByRole('button', { name: 'Log' });
  await expect(svg).toHaveAttribute('data-scale', 'linear');
  await expect(log).toHaveAttribute('aria-pressed', 'false');
  await log.click();
  await expect(svg).toHaveAttribute('data-scale', 'log');
  await expect(log).toHaveAttribute('aria-pressed', 'true');
  // Log ticks step by whole decades: each labelled tick is ten times the one below.
  await expect.poll(async () => {
    const values = (await yTicks(chart)).filter(Boolean).map((t) => Number(t.replace('k', 'e3').replace('M', 'e6').replace('G', 'e9')));
    return values.length >= 2 && values.every((v, i) => i === 0 || Math.abs(Math.log10(v / values[i - 1]!) - 1) < 1e-9);
  }).toBe(true);
  await chart.screenshot({ path: 'e2e/screenshots/chart-log.png' });
  await log.click();
  await expect(svg).toHaveAttribute('data-scale', 'linear');
});

test('charts below the fold wait until they are scrolled into view, then catch up with the stream', async ({ page }) => {
  await page.goto('/');
  await expect.poll(() => sampleCount(page), SLOW).toBeGreaterThan(3);
  const fidelity = page.getByTestId('chart-fidelity');
  const distance = page.getByTestId('distance-chart');
  // Off screen: nothing drawn and no curve asked of the worker.
  await expect(fidelity).not.toHaveAttribute('data-samples', /.*/);
  await expect(distance.getByTestId('distance-summary')).toHaveText('');
  await fidelity.scrollIntoViewIfNeeded();
  await expect.poll(async () => Number(await fidelity.getAttribute('data-samples'))).toBeGreaterThan(3);
  await distance.scrollIntoViewIfNeeded();
  await expect(distance.getByTestId('distance-summary')).toContainText('At 50 km', SLOW);
});

test('the distance chart draws the PLOB bound above the key rate at every length and marks this link', async ({ page }) => {
  await page.goto('/');
  const chart = page.getByTestId('distance-chart');
  // The curve is computed once the chart is on screen (it starts below the fold).
  await chart.scrollIntoViewIfNeeded();
  const keyLine = chart.getByTestId('distance-key-line');
  const plobLine = chart.getByTestId('distance-plob-line');
  await expect(keyLine).toHaveAttribute('d', /^M/, SLOW);
  const key = pathPoints((await keyLine.getAttribute('d'))!);
  const plob = pathPoints((await plobLine.getAttribute('d'))!);
  expect(key.length).toBeGreaterThan(10);
  expect(plob.length).toBeGreaterThan(key.length);
  for (const [x, y] of key) {
    const bound = plob.find(([px]) => Math.abs(px - x) < 1e-6);
    expect(bound, `PLOB point at x = ${x}`).toBeDefined();
    // SVG y grows downwards: above means a smaller y.
    expect(bound![1]).toBeLessThan(y);
  }
  await expect(chart.getByTestId('distance-current-dot')).toHaveCount(1);
  await expect(chart.getByTestId('distance-summary')).toContainText('At 50 km');
  await chart.scrollIntoViewIfNeeded();
  await chart.screenshot({ path: 'e2e/screenshots/distance-chart.png' });
});

/** Vienna and a partner city to its east, placed on the canvas in the opposite east-west order to the map's. */
const viennaAnd = (partner: { id: string; label: string; latDeg: number; lonDeg: number }, lengthKm: number, interceptedFraction: number) => ({
  version: 1,
  name: `Vienna–${partner.label}`,
  nodes: [
    { id: 'vie', label: 'Vienna', kind: 'ground-station', position: { x: 480, y: 160 }, location: { latDeg: 48.21, lonDeg: 16.37 }, params: {} },
    { id: partner.id, label: partner.label, kind: 'ground-station', position: { x: 80, y: 160 }, location: { latDeg: partner.latDeg, lonDeg: partner.lonDeg }, params: {} },
  ],
  links: [{ id: 'fiber-v', source: 'vie', target: partner.id, kind: 'fiber', params: { lengthKm, interceptedFraction } }],
  requests: [{ id: 'key-v', source: 'vie', target: partner.id, protocol: 'bb84-decoy', params: {} }],
});
const BUDAPEST = { id: 'bud', label: 'Budapest', latDeg: 47.5, lonDeg: 19.04 };
const BRATISLAVA = { id: 'bts', label: 'Bratislava', latDeg: 48.15, lonDeg: 17.11 };

async function openWith(page: Page, scenario: unknown) {
  await page.addInitScript((text) => localStorage.setItem('qnet-designer.scenario', text), JSON.stringify(scenario));
  await page.goto('/');
}

test('the map view draws land behind the network and moves located nodes to their places', async ({ page }) => {
  await openWith(page, viennaAnd(BUDAPEST, 240, 0));
  const vienna = page.getByTestId('node-Vienna');
  const budapest = page.getByTestId('node-Budapest');
  await expect(vienna).toBeVisible(SLOW);
  expect((await vienna.boundingBox())!.x).toBeGreaterThan((await budapest.boundingBox())!.x);
  await page.getByTestId('map-toggle').click();
  await expect(page.getByTestId('map-toggle')).toHaveAttribute('aria-pressed', 'true');
  const land = page.getByTestId('map-land');
  await expect(land).toHaveAttribute('d', /^M.{5000,}/, SLOW);
  // Budapest lies east of Vienna, so on the map it is to the right.
  await expect.poll(async () => (await budapest.boundingBox())!.x - (await vienna.boundingBox())!.x).toBeGreaterThan(0);
  // Zoom out so the screenshot shows coastlines around the two cities.
  for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Zoom Out' }).click();
  await page.getByTestId('canvas').screenshot({ path: 'e2e/screenshots/map-view.png' });
  await page.getByTestId('map-toggle').click();
  await expect(page.getByTestId('map-background')).toHaveCount(0);
  await expect.poll(async () => (await vienna.boundingBox())!.x - (await budapest.boundingBox())!.x).toBeGreaterThan(0);
});

test('an intercept-resend eavesdropper raises a QBER warning on the link and the request', async ({ page }) => {
  await openWith(page, viennaAnd(BRATISLAVA, 60, 1));
  await expect(page.getByTestId('qber-alarm-fiber-v')).toBeVisible(SLOW);
  await expect(page.getByTestId('live-chart-qber').getByText('⚠ QBER > 11 %')).toBeVisible();
  await page.getByTestId('canvas').screenshot({ path: 'e2e/screenshots/qber-alarm.png' });
});
