import { expect, test, type Page } from '@playwright/test';
import { EXAMPLES } from '../src/scenario/examples';

// The live key-rate chart marks how many samples it has drawn; any chart refactor keeps this test id.
const sampleCount = async (page: Page) => Number((await page.getByTestId('chart-keyRateBitsPerSecond').getAttribute('data-samples')) ?? 0);

async function openGallery(page: Page) {
  await page.getByRole('button', { name: 'Examples', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Examples' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('the gallery is a labelled dialog: Escape closes it and focus returns to its button', async ({ page }) => {
  await page.goto('/');
  const dialog = await openGallery(page);
  await expect(dialog.getByRole('listitem')).toHaveCount(EXAMPLES.length);
  await page.screenshot({ path: 'e2e/screenshots/examples-gallery.png' });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Examples', exact: true })).toBeFocused();
});

test('opening an example replaces the design as one undoable edit', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('scenario-name')).toHaveText('BB84 over 50 km of fiber');
  const dialog = await openGallery(page);
  await dialog.getByRole('button', { name: 'Open An eavesdropper betrayed by the QBER' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('scenario-name')).toHaveText('Eavesdropper detected by the QBER');
  await expect(page.getByTestId('node-Carol')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('scenario-name')).toHaveText('BB84 over 50 km of fiber');
  await expect(page.getByTestId('node-Alice')).toBeVisible();
});

for (const example of EXAMPLES) {
  test(`example "${example.title}" opens, runs and fills the key-rate chart`, async ({ page }) => {
    await page.goto('/');
    const dialog = await openGallery(page);
    await dialog.getByRole('button', { name: `Open ${example.title}` }).click();
    await expect(page.getByTestId('scenario-name')).toHaveText(example.scenario.name ?? '');
    for (const node of example.scenario.nodes) await expect(page.getByTestId(`node-${node.label ?? node.id}`)).toBeInViewport();
    await expect.poll(() => sampleCount(page)).toBeGreaterThan(3);
    const first = await sampleCount(page);
    // Still filling, unless the run has already played to its end (the satellite example plays at 1000×).
    await expect.poll(async () => (await sampleCount(page)) > first || (await page.getByTestId('run-status').textContent()) === 'finished').toBe(true);
    await page.screenshot({ path: `e2e/screenshots/example-${example.id}.png` });
  });
}

test('a request lists its best paths on request: on the Berlin ring, the short way round is in use and the long way is second', async ({ page }) => {
  await page.goto('/');
  const dialog = await openGallery(page);
  await dialog.getByRole('button', { name: 'Open A metropolitan trusted-node network' }).click();
  await page.getByRole('button', { name: /^Request key-mitte-spandau:/ }).click();
  await page.getByTestId('best-paths-toggle').click();
  const list = page.getByTestId('best-paths');
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(page.getByTestId('best-path-0')).toContainText('Mitte → Tegel → Spandau');
  await expect(page.getByTestId('best-path-0')).toContainText('in use');
  await expect(page.getByTestId('best-path-1')).toContainText('Mitte → Lichtenberg → Adlershof → Potsdam → Spandau');
  await expect(page.getByText('Only 2 loop-free paths exist.')).toBeVisible();
  // Pointing at the second route lights it on the canvas instead of the route in use, until the pointer leaves.
  await expect(page.getByTestId('link-label-ring-st')).toHaveAttribute('data-on-path', 'true');
  await expect(page.getByTestId('link-label-ring-ap')).not.toHaveAttribute('data-on-path');
  await page.getByTestId('best-path-1').getByRole('button').hover();
  await expect(page.getByTestId('link-label-ring-ap')).toHaveAttribute('data-on-path', 'true');
  await expect(page.getByTestId('link-label-ring-st')).not.toHaveAttribute('data-on-path');
  await page.screenshot({ path: 'e2e/screenshots/best-paths-pointed.png' });
  await page.getByTestId('best-paths-toggle').hover();
  await expect(page.getByTestId('link-label-ring-st')).toHaveAttribute('data-on-path', 'true');
  await page.getByTestId('best-paths').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'e2e/screenshots/best-paths.png' });
});
