import { expect, test, type Page } from '@playwright/test';
import { EXAMPLES } from '../src/scenario/examples';

// The live key-rate chart marks how many samples it has drawn; any chart refactor keeps this test id.
const sampleCount = async (page: Page) => Number((await page.getByTestId('chart-keyRateBitsPerSecond').getAttribute('data-samples')) ?? 0);
const lessonKeyRate = async (page: Page) => Number((await page.getByTestId('classroom-now').getAttribute('data-key-rate')) || NaN);

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

test('the guided eavesdropper lesson steps forward and back, and the tapped link loses its key', async ({ page }) => {
  test.slow(); // many steps, each waiting for the engine's new numbers
  await page.goto('/');
  const dialog = await openGallery(page);
  await dialog.getByRole('button', { name: 'Guided lesson: An eavesdropper betrayed by the QBER' }).click();
  const lesson = page.getByTestId('classroom');
  const counter = page.getByTestId('classroom-counter');
  const explanation = page.getByTestId('classroom-explanation');
  await expect(counter).toHaveText('Step 1 of 5');
  await expect(explanation).toContainText('Both 40 km links make the same key');
  await expect.poll(() => lessonKeyRate(page)).toBeGreaterThan(700);
  const clean = await lessonKeyRate(page);
  await page.screenshot({ path: 'e2e/screenshots/lesson-eavesdropper-1.png' });

  await page.keyboard.press('ArrowRight');
  await expect(counter).toHaveText('Step 2 of 5');
  await expect(explanation).toContainText('QBER rises to 4.3 %');
  await expect.poll(() => lessonKeyRate(page)).toBeLessThan(clean * 0.75);
  await page.screenshot({ path: 'e2e/screenshots/lesson-eavesdropper-2.png' });

  await lesson.getByRole('button', { name: 'Next →' }).click();
  await lesson.getByRole('button', { name: 'Next →' }).click();
  await expect(counter).toHaveText('Step 4 of 5');
  await expect(explanation).toContainText('they abort');
  await expect.poll(() => lessonKeyRate(page)).toBe(0);
  await expect(page.getByTestId('result-key-tapped')).toContainText('eavesdropper detected');
  await page.screenshot({ path: 'e2e/screenshots/lesson-eavesdropper-4.png' });

  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(counter).toHaveText('Step 1 of 5');
  await expect.poll(() => lessonKeyRate(page)).toBeCloseTo(clean, 6);
});

test('the BB84 distance lesson: 50 km more fiber makes the key fall about tenfold, and large type is available', async ({ page }) => {
  test.slow(); // many steps, each waiting for the engine's new numbers
  await page.goto('/');
  const dialog = await openGallery(page);
  await dialog.getByRole('button', { name: 'Guided lesson: BB84 over fiber: the distance limit' }).click();
  const lesson = page.getByTestId('classroom');
  await expect(page.getByTestId('classroom-counter')).toHaveText('Step 1 of 5');
  await expect.poll(() => lessonKeyRate(page)).toBeGreaterThan(400);
  const at50 = await lessonKeyRate(page);
  await lesson.getByRole('button', { name: 'Large type' }).click();
  await expect(page.locator('.app')).toHaveClass(/app--presentation/);
  await page.screenshot({ path: 'e2e/screenshots/lesson-bb84-1-large.png' });
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('classroom-explanation')).toContainText('fell about tenfold');
  await expect(page.getByTestId('link-label-fiber-gb')).toContainText('100 km');
  await expect.poll(() => lessonKeyRate(page)).toBeLessThan(at50 / 8);
  expect(at50 / (await lessonKeyRate(page))).toBeLessThan(13);
  await page.screenshot({ path: 'e2e/screenshots/lesson-bb84-2-large.png' });
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('classroom-counter')).toHaveText('Step 4 of 5');
  await expect.poll(() => lessonKeyRate(page)).toBe(0);
  await page.screenshot({ path: 'e2e/screenshots/lesson-bb84-4-large.png' });
  await lesson.getByRole('button', { name: 'End lesson' }).click();
  await expect(lesson).toBeHidden();
});

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
