import { expect, test, type Locator, type Page } from '@playwright/test';

const centre = async (l: Locator) => {
  const b = (await l.boundingBox())!;
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
};

/** Press, move in steps and release: how a person drags, so React Flow sees a real pointer gesture. */
async function dragMouse(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

/** Pause simulated time with its shortcut, so the ticking clock cannot reflow the header while we aim the pointer. */
async function pauseClock(page: Page) {
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: /Play/ })).toBeVisible();
}

async function dropFromPalette(page: Page, kind: string, at: { x: number; y: number }) {
  await page.getByTestId(`palette-${kind}`).dragTo(page.getByTestId('canvas'), { targetPosition: at });
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('node-Bob')).toBeVisible();
  // Let the page settle (the header reflows once the run starts) before aiming at anything.
  await expect(page.getByTestId('run-status')).toHaveText('running');
});

test('a node dragged from the palette lands on the canvas where it is dropped', async ({ page }) => {
  await pauseClock(page);
  const canvas = (await page.getByTestId('canvas').boundingBox())!;
  await dropFromPalette(page, 'repeater', { x: 420, y: 470 });
  const node = page.getByTestId('node-Repeater 1');
  await expect(node).toBeVisible();
  const c = await centre(node);
  expect(Math.abs(c.x - (canvas.x + 420))).toBeLessThan(30);
  expect(Math.abs(c.y - (canvas.y + 470))).toBeLessThan(30);
  await expect(page.getByTestId('status-message')).toHaveText('Added node Repeater 1.');
  await page.screenshot({ path: 'e2e/screenshots/designer-palette-drop.png' });
});

test('dragging from one handle to another adds a fiber link; a second identical link is refused', async ({ page }) => {
  await pauseClock(page);
  await dropFromPalette(page, 'ground-station', { x: 420, y: 470 });
  const carol = page.getByTestId('node-Ground station 1');
  await expect(carol).toBeVisible();
  const from = await centre(page.getByTestId('node-Bob').locator('.react-flow__handle-right'));
  const to = await centre(carol.locator('.react-flow__handle-left'));
  await dragMouse(page, from, to);
  await expect(page.getByTestId('link-label-fiber-2')).toContainText('25 km');
  await page.screenshot({ path: 'e2e/screenshots/designer-connect.png' });

  await dragMouse(page, await centre(carol.locator('.react-flow__handle-right')), await centre(page.getByTestId('node-Bob').locator('.react-flow__handle-left')));
  await expect(page.getByTestId('status-message')).toHaveText('Ground station 1 and Bob are already linked.');
  await expect(page.locator('[data-testid^="link-label-"]')).toHaveCount(2);
});

test('Delete removes the selected node with its link and request, and Ctrl+Z brings them back', async ({ page }) => {
  await pauseClock(page);
  await page.getByTestId('node-Bob').click();
  await expect(page.getByLabel('Name')).toHaveValue('Bob');
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('node-Bob')).toHaveCount(0);
  await expect(page.getByTestId('link-label-fiber-1')).toHaveCount(0);
  await expect(page.getByTestId('request-key-1')).toHaveCount(0);
  await expect(page.getByTestId('status-message')).toHaveText('Deleted node Bob. Deleted link fiber-1.');
  await page.screenshot({ path: 'e2e/screenshots/designer-deleted.png' });
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('node-Bob')).toBeVisible();
  await expect(page.getByTestId('link-label-fiber-1')).toContainText('50 km');
  await expect(page.getByTestId('request-key-1')).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/designer-undo-delete.png' });
});

test('a key request made in the requests panel gets its result and lights its path', async ({ page }) => {
  const form = page.getByRole('form', { name: 'New key request' });
  await form.getByLabel('From').selectOption({ label: 'Bob' });
  await form.getByLabel('To', { exact: true }).selectOption({ label: 'Alice' });
  await form.getByRole('button', { name: 'New key request' }).click();
  await expect(page.getByTestId('request-key-2')).toContainText('Bob → Alice');
  await expect(page.getByTestId('result-key-2')).toBeVisible();
  await expect(page.getByTestId('request-rate-key-2')).toContainText('bit/s');
  await expect(page.getByTestId('link-label-fiber-1')).toHaveAttribute('data-on-path', 'true');
  await page.screenshot({ path: 'e2e/screenshots/designer-request.png' });
  await page.getByRole('button', { name: 'Delete request key-2' }).click();
  await expect(page.getByTestId('request-key-2')).toHaveCount(0);
});

test('finite-key blocks with the decoy settings left to the engine: the results show the μ, ν and split it chose, and the key does not fall', async ({ page }) => {
  const result = page.getByTestId('result-key-1');
  await expect(result.getByTestId('source-settings')).toContainText(/^μ \d/);
  const keyRate = async () => Number(await result.getByTestId('key-rate').getAttribute('data-value'));
  await expect.poll(keyRate).toBeGreaterThan(0);
  const asymptotic = await keyRate();
  await page.getByRole('button', { name: /^Request key-1:/ }).click();
  await page.getByLabel('Finite key blocks (otherwise asymptotic)').check();
  // A finite block costs key against the asymptotic limit.
  await expect.poll(keyRate).toBeLessThan(asymptotic);
  await expect(result.getByTestId('source-settings')).not.toContainText('ν');
  await expect(page.getByTestId('finite-key-decoy-note')).toContainText('vacuum and one weak decoy');
  const fixedSplit = await keyRate();
  await page.getByLabel(/^Choose ν and the signal/).check();
  await expect(result.getByTestId('source-settings')).toContainText(/^μ [\d.]+, ν [\d.e-]+, signal\/decoy\/vacuum [\d.]+\/[\d.]+\/[\d.]+ %$/);
  await expect.poll(keyRate).toBeGreaterThan(fixedSplit);
  await page.getByRole('button', { name: /^(↶ )?Undo$/ }).click();
  await expect(result.getByTestId('source-settings')).not.toContainText('ν');
});

test('"?" opens the shortcuts dialog, which holds focus and closes with Escape', async ({ page }) => {
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts and gestures' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('row', { name: /Undo/ })).toContainText('Ctrl+Z');
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.screenshot({ path: 'e2e/screenshots/designer-shortcuts.png' });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('keyboard only: add two stations, connect them, present, and leave with Escape', async ({ page }) => {
  await page.keyboard.press('g');
  await expect(page.getByTestId('node-Ground station 1')).toBeVisible();
  await page.keyboard.press('t');
  await expect(page.getByTestId('node-Trusted node 1')).toBeVisible();
  await page.keyboard.press('Shift+ArrowDown');
  await page.getByTestId('node-Ground station 1').click({ modifiers: ['Shift'] });
  await page.keyboard.press('c');
  await expect(page.getByTestId('link-label-fiber-2')).toBeVisible();
  await page.keyboard.press('p');
  await expect(page.getByRole('group', { name: 'Add nodes' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Delete selection' })).toBeHidden();
  await page.screenshot({ path: 'e2e/screenshots/designer-presentation.png' });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('group', { name: 'Add nodes' })).toBeVisible();
});

test('Ctrl+C copies nodes to the system clipboard and Ctrl+V in another tab pastes them; other text is refused with a reason', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await pauseClock(page);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  await expect(page.getByTestId('status-message')).toHaveText('Copied 2 node(s).');

  const other = await context.newPage();
  await other.goto('/');
  await expect(other.getByTestId('node-Bob')).toBeVisible();
  await other.getByTestId('canvas').click({ position: { x: 200, y: 420 } });
  await other.keyboard.press('Control+V');
  // The copies keep the originals' names and the link between them.
  await expect(other.getByTestId('status-message')).toHaveText('Added nodes Alice, Bob. Added link fiber-2.');
  await expect(other.getByTestId('node-Alice')).toHaveCount(2);
  await expect(other.locator('.react-flow__edge')).toHaveCount(2);

  await other.evaluate(() => navigator.clipboard.writeText('some words from elsewhere'));
  await other.keyboard.press('Control+V');
  await expect(other.getByTestId('status-message')).toHaveText('Nothing pasted: the clipboard holds text, not nodes copied from QNet Designer.');
  await expect(other.locator('.react-flow__node')).toHaveCount(4);
});
