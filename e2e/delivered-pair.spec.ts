import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';

// axe walks the view on a shared machine; give it room.
test.describe.configure({ timeout: 120_000 });

async function openPurificationExample(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Examples', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Examples' });
  await dialog.getByRole('button', { name: 'Open Purification trades rate for fidelity' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: /^Request pairs-pure:/ }).click();
  const view = page.getByTestId('delivered-pair');
  await expect(view.getByTestId('pair-fidelity')).toBeVisible();
  return view;
}

test('the delivered pair of an entanglement request: fidelity as in the results, tables, the waterfall by node name, exports, no blocking a11y issue', async ({ page }) => {
  const view = await openPurificationExample(page);
  await expect(view.getByRole('heading', { name: 'Delivered pair · Alice (DEJMPS) → Bob (DEJMPS)' })).toBeVisible();

  // The view's fidelity is the results' "Mean fidelity" (shown there to 3 decimals).
  const resultsFidelity = (await page.getByTestId('result-pairs-pure').getByTestId('fidelity').textContent())!.trim();
  const viewFidelity = Number(await view.getByTestId('pair-fidelity').getAttribute('data-value'));
  expect(viewFidelity.toFixed(3)).toBe(resultsFidelity);
  await expect(view.getByTestId('pair-fidelity')).toContainText(String(+viewFidelity.toFixed(4)));
  expect(viewFidelity).toBeGreaterThan(0.78);

  // Each table twin is in the page for screen readers; "Table" shows it on screen too.
  const bell = view.getByTestId('pair-bell-weights');
  const bellTable = bell.getByRole('table');
  await expect(bellTable).toBeAttached();
  await bell.getByRole('button', { name: 'Table' }).click();
  await expect(bellTable).toBeVisible();
  await expect(bellTable.getByRole('row', { name: /Φ⁺/ }).getByRole('cell')).toHaveText(String(+viewFidelity.toFixed(4)));
  const weights = await bellTable.locator('tbody td').allTextContents();
  expect(weights.map(Number).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);

  const chsh = view.getByTestId('pair-chsh');
  await chsh.getByRole('button', { name: 'Table' }).click();
  const chshValue = Number(await chsh.getByRole('row', { name: /CHSH value/ }).getByRole('cell').textContent());
  expect(chshValue).toBeGreaterThan(2);
  expect(chshValue).toBeLessThan(2 * Math.SQRT2);

  const density = view.getByTestId('pair-density-matrix');
  await density.getByRole('button', { name: 'Table' }).click();
  await expect(density.getByRole('table').locator('tbody tr')).toHaveCount(4);

  // The waterfall names nodes: links and purification on each half, then the swap at the repeater, then delivery.
  const waterfall = view.getByTestId('pair-waterfall');
  await waterfall.getByRole('button', { name: 'Table' }).click();
  const steps = waterfall.getByRole('table').locator('tbody tr');
  await expect(steps.first()).toContainText('Elementary link');
  await expect(steps.first()).toContainText('Alice (DEJMPS) – Repeater (DEJMPS)');
  await expect(steps.filter({ hasText: 'Purification round 1' })).toHaveCount(2);
  await expect(steps.filter({ hasText: 'Swap at Repeater (DEJMPS)' })).toContainText('Alice (DEJMPS) – Bob (DEJMPS)');
  await expect(steps.last()).toContainText('Delivered');
  await expect(steps.last().getByRole('cell').last()).toHaveText(String(+viewFidelity.toFixed(4)));

  // CSV and PNG downloads.
  const [csv] = await Promise.all([page.waitForEvent('download'), waterfall.getByRole('button', { name: 'Download Fidelity along the path as CSV' }).click()]);
  expect(csv.suggestedFilename()).toMatch(/fidelity-along-the-path\.csv$/);
  const csvText = await readFile((await csv.path())!, 'utf8');
  expect(csvText.split('\n')[0]).toBe('Step,Pair between,Fidelity');
  expect(csvText).toContain('Swap at Repeater (DEJMPS),Alice (DEJMPS) – Bob (DEJMPS),0.84');
  const [png] = await Promise.all([page.waitForEvent('download'), density.getByRole('button', { name: 'Download Density matrix as PNG' }).click()]);
  expect(png.suggestedFilename()).toMatch(/density-matrix\.png$/);
  // The SVG is plain SVG (no HTML inside, so other tools open it) and carries the part's labels.
  const [svg] = await Promise.all([page.waitForEvent('download'), bell.getByRole('button', { name: 'Download Bell-state weights as SVG' }).click()]);
  expect(svg.suggestedFilename()).toMatch(/bell-state-weights\.svg$/);
  const svgText = await readFile((await svg.path())!, 'utf8');
  expect(svgText).toContain('<svg');
  expect(svgText).not.toContain('foreignObject');
  expect(svgText).toContain('Φ⁺');

  // The gauge marks where a Werner pair stops giving key at the request's f = 1.22; its table twin lists the mark.
  const gauge = view.getByTestId('pair-fidelity-gauge');
  await expect(gauge.locator('svg')).toContainText('key (Werner) 0.86');
  await gauge.getByRole('button', { name: 'Table' }).click();
  await expect(gauge.getByRole('row', { name: 'Mark: Key (Werner, f = 1.22) above 0.859' })).toBeVisible();

  // The pair rate streams beside the key rate.
  const pairChart = page.getByTestId('live-chart-pairRatePerSecond');
  await expect(pairChart).toContainText('Entangled pair rate');
  // Charts below the fold draw nothing until scrolled into view.
  await pairChart.scrollIntoViewIfNeeded();
  await expect.poll(async () => Number(await page.getByTestId('chart-pairRatePerSecond').getAttribute('data-last-value'))).toBeGreaterThan(0);
  await pairChart.screenshot({ path: 'e2e/screenshots/pair-rate-chart.png' });

  // A viewport tall enough for the whole view: the side panel scrolls, and an element screenshot would be clipped.
  await page.setViewportSize({ width: 1280, height: 3200 });
  await view.screenshot({ path: 'e2e/screenshots/delivered-pair.png' });

  const { violations } = await new AxeBuilder({ page }).include('[data-testid="delivered-pair"]').analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('a request that delivers no pair says so with the engine\'s reason, in node names', async ({ page }) => {
  await openPurificationExample(page);
  await page.getByTestId('link-label-fiber-pure-2').click();
  await page.getByRole('button', { name: 'Delete selection' }).click();
  await page.getByRole('button', { name: /^Request pairs-pure:/ }).click();
  await expect(page.getByTestId('no-pair')).toHaveText('No pair is delivered: no chain of links joins Alice (DEJMPS) and Bob (DEJMPS)');
  await expect(page.getByTestId('delivered-pair').getByRole('figure')).toHaveCount(0);
});

test('a four-segment repeater chain shows three swaps, each at its repeater, ending at the results\' fidelity; memory noise and minimum fidelity set in the inspector change it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Examples', exact: true }).click();
  await page.getByRole('dialog', { name: 'Examples' }).getByRole('button', { name: 'Open A repeater chain vs direct transmission' }).click();
  await page.getByRole('button', { name: /^Request pairs-chain:/ }).click();
  const waterfall = page.getByTestId('delivered-pair').getByTestId('pair-waterfall');
  const steps = waterfall.getByRole('table').locator('tbody tr');
  await expect(steps.filter({ hasText: 'Elementary link' })).toHaveCount(4);
  for (const repeater of ['Repeater 1', 'Repeater 2', 'Repeater 3']) await expect(steps.filter({ hasText: `Swap at ${repeater}` })).toHaveCount(1);
  const resultsFidelity = (await page.getByTestId('result-pairs-chain').getByTestId('fidelity').textContent())!.trim();
  // The table shows 4 decimals and the results 3: they agree to within both roundings.
  expect(Math.abs(Number(await steps.last().getByRole('cell').last().textContent()) - Number(resultsFidelity))).toBeLessThanOrEqual(0.00055);
  await page.setViewportSize({ width: 1280, height: 3200 });
  await waterfall.screenshot({ path: 'e2e/screenshots/delivered-pair-chain-waterfall.png' });
  const view = page.getByTestId('delivered-pair');
  const viewFidelity = Number(await view.getByTestId('pair-fidelity').getAttribute('data-value'));

  // Inspector controls change what is delivered. Depolarizing memories with the same coherence time lose more
  // fidelity than dephasing ones while pairs wait.
  await page.getByTestId('node-Repeater 2').click();
  await expect(page.getByLabel('Memory noise', { exact: true })).toHaveValue('dephasing');
  await page.getByLabel('Memory noise', { exact: true }).selectOption('depolarizing');
  await page.getByRole('button', { name: /^Request pairs-chain:/ }).click();
  await expect.poll(async () => Number(await view.getByTestId('pair-fidelity').getAttribute('data-value'))).toBeLessThan(viewFidelity);

  await page.getByLabel('Purification strategy', { exact: true }).selectOption('pumping');
  await expect(page.getByLabel('Purification strategy', { exact: true })).toHaveValue('pumping');
  await page.getByLabel('Require a minimum fidelity (otherwise any pair will do)').check();
  const minimum = page.getByLabel('Minimum fidelity', { exact: true });
  await minimum.fill('0.999');
  await minimum.press('Enter');
  await expect(page.getByTestId('no-pair')).toContainText('no route reaches the minimum fidelity 0.999');
});
