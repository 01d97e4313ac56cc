import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { pdfText } from './pdf-text';

// The Teacher panel prepares a class link; the link opens with exactly its restrictions, which no key or paste gets past.

/** The Teacher dialog opens from the Examples gallery's head. */
async function openTeacher(page: Page) {
  await page.getByRole('button', { name: 'Examples', exact: true }).click();
  await page.getByTestId('teacher-button').click();
  await expect(page.getByRole('dialog', { name: 'Examples' })).toBeHidden();
  await expect(page.getByRole('dialog', { name: 'Prepare a class' })).toBeVisible();
}

async function prepareLink(page: Page, options: { content: string; hide: string[]; lock: boolean; paused: boolean }): Promise<string> {
  await page.goto('/');
  await openTeacher(page);
  const dialog = page.getByTestId('teacher-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('teacher-content').selectOption(options.content);
  for (const tool of options.hide) await dialog.getByTestId(`teacher-hide-${tool}`).check();
  if (options.lock) await dialog.getByTestId('teacher-lock').check();
  if (options.paused) await dialog.getByTestId('teacher-paused').check();
  await expect(dialog.getByTestId('teacher-link')).toHaveValue(/#s=2\./);
  await page.screenshot({ path: 'e2e/screenshots/teacher-panel.png' });
  return dialog.getByTestId('teacher-link').inputValue();
}

const nodeCount = (page: Page) => page.locator('.react-flow__node').count();

/** Paste as the browser does for Ctrl+V: a paste event carrying the clipboard's text (nodes copied from the app). */
async function pasteNodes(page: Page) {
  await page.evaluate(() => {
    const data = new DataTransfer();
    const node = { id: 'pasted', label: 'Pasted', kind: 'ground-station', position: { x: 10, y: 10 }, params: {} };
    data.setData('text/plain', JSON.stringify({ format: 'qnet-designer/nodes', version: 1, nodes: [node], links: [] }));
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  });
}

test('a locked lesson link with hidden tools opens with exactly those restrictions, and lesson steps still work', async ({ page, context }) => {
  test.slow();
  const url = await prepareLink(page, { content: 'lesson:bb84-distance-limit', hide: ['palette', 'files', 'examples'], lock: true, paused: true });
  expect(url).toMatch(/&play=0&ro=1&lesson=bb84-distance-limit&hide=palette,files,examples$/);

  const student = await context.newPage();
  await student.goto(url);
  await expect(student.getByTestId('classroom-counter')).toHaveText('Step 1 of 5');
  await expect(student.getByTestId('read-only-badge')).toHaveText('Locked by the teacher');
  await expect(student.getByRole('button', { name: 'Edit a copy' })).toHaveCount(0);
  await expect(student.getByRole('button', { name: 'Share', exact: true })).toHaveCount(0);
  await expect(student.getByRole('button', { name: 'Files', exact: true })).toHaveCount(0);
  await expect(student.getByTestId('examples-button')).toHaveCount(0);
  await expect(student.getByTestId('teacher-button')).toHaveCount(0);
  await expect(student.getByRole('button', { name: '▶ Play' })).toBeVisible(); // started paused
  await expect(student.getByTestId('node-Geneva')).toBeVisible();
  await expect(student.locator('[data-testid^="palette-"]')).toHaveCount(0);
  await expect(student.getByRole('heading', { name: 'Inspector' })).toBeVisible(); // not hidden in this link
  await student.screenshot({ path: 'e2e/screenshots/teacher-class-link.png' });

  // Keyboard shortcuts and paste: nothing is added, deleted or changed.
  const nodes = await nodeCount(student);
  await student.locator('body').click({ position: { x: 5, y: 700 } });
  for (const key of ['g', 't', 'r', 's', 'Control+a', 'Delete', 'Control+d', 'Control+z', 'Shift+n']) await student.keyboard.press(key);
  await pasteNodes(student);
  await student.getByTestId('link-label-fiber-gb').click();
  const length = student.getByRole('textbox', { name: 'Length', exact: true });
  await expect(length).toHaveAttribute('readonly', '');
  await length.press('Delete');
  await student.keyboard.press('Escape');
  expect(await nodeCount(student)).toBe(nodes);
  await expect(student.getByTestId('link-label-fiber-gb')).toContainText('50 km');

  // The lesson's own steps are not the student's hands: they still apply.
  await student.getByRole('heading', { name: 'How far can BB84 reach?' }).focus();
  await student.keyboard.press('ArrowRight');
  await student.getByTestId('predict-choice-1').click();
  await expect(student.getByTestId('link-label-fiber-gb')).toContainText('100 km');
  await expect(student.getByTestId('predict-feedback')).toHaveAttribute('data-right', 'true');
});

test('a hidden palette alone refuses the Build keys, duplicate and paste, while the design stays editable', async ({ page, context }) => {
  const url = await prepareLink(page, { content: 'example:eavesdropper', hide: ['palette', 'inspector'], lock: false, paused: false });
  expect(url).toMatch(/&hide=palette,inspector$/);
  const student = await context.newPage();
  await student.goto(url);
  await expect(student.getByTestId('node-Carol')).toBeVisible();
  await expect(student.getByRole('heading', { name: 'Inspector' })).toHaveCount(0);
  await expect(student.locator('[data-testid^="palette-"]')).toHaveCount(0);
  const nodes = await nodeCount(student);
  await student.locator('body').click({ position: { x: 5, y: 700 } });
  for (const key of ['g', 't', 'r', 's']) await student.keyboard.press(key);
  await pasteNodes(student);
  await student.getByTestId('node-Alice').click();
  await expect(student.locator('.react-flow__node.selected')).toHaveCount(1);
  await expect(student.getByRole('button', { name: 'Duplicate selected nodes' })).toBeDisabled();
  await student.keyboard.press('Control+d');
  expect(await nodeCount(student)).toBe(nodes);
  // Not locked: deleting still works (only building was hidden).
  await student.getByRole('button', { name: 'Delete selection' }).click();
  await expect(student.getByTestId('node-Alice')).toHaveCount(0);
});

test('the teacher sheet prints the lesson’s goals, timings and expected answers', async ({ page }) => {
  await page.goto('/');
  await openTeacher(page);
  await page.getByTestId('teacher-sheet-twin-field').click();
  const sheet = page.getByTestId('teacher-sheet');
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('heading', { level: 1 })).toHaveText('Twin-field QKD and the repeaterless bound');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#root')).toBeHidden();
  await expect(sheet.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(sheet).toContainText('Learning goals');
  await expect(sheet).toContainText('No direct link, whatever its protocol, can beat the PLOB bound');
  await expect(sheet).toContainText('Expected answer: Below.');
  await expect(sheet).toContainText('Expected answer: Yes.');
  await expect(sheet).toContainText("lower Charlie's dark-count probability to 10⁻⁹");
  await expect(sheet).toContainText('Timing (30 min)');
  await expect(sheet).toContainText('Why does Charlie not need to be trusted?');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  // The printed PDF itself, read back as text: the goals, the timing and the expected answers are in it.
  const printed = await pdfText(pdf);
  expect(printed).toContain('Learning goals');
  expect(printed).toContain('No direct link, whatever its protocol, can beat the PLOB bound');
  expect(printed).toContain('Expected answer: Below.');
  expect(printed).toContain('Expected answer: Yes.');
  expect(printed).toContain('Timing (30 min)');
  await page.screenshot({ path: 'e2e/screenshots/teacher-sheet-print.png', fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
});

/** Serious or critical axe violations inside `selector`, with the elements at fault. */
async function blockingViolations(page: Page, selector: string) {
  const { violations } = await new AxeBuilder({ page }).include(selector).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the Teacher dialog, and a lesson band asking its question, have no serious accessibility violations', async ({ page }) => {
  test.slow(); // axe on a busy machine
  await page.goto('/');
  await openTeacher(page);
  expect(await blockingViolations(page, '[data-testid="teacher-dialog"]')).toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Examples', exact: true }).click();
  await page.getByRole('button', { name: 'Guided lesson: Twin-field QKD beats the repeaterless bound' }).click();
  await page.getByTestId('classroom-next').click();
  await expect(page.getByTestId('predict')).toBeVisible();
  expect(await blockingViolations(page, '[data-testid="classroom"]')).toEqual([]);
});
