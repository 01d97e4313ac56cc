import { expect, test, type Page } from '@playwright/test';
import { LESSONS } from '../src/panels/classroom/lessons';
import type { Lesson } from '../src/panels/classroom/lesson';

// Every lesson walked end to end: each question answered before its change, the change applied, the engine's
// observed value shown, and the challenge met by an edit a student would make.

const lessonKeyRate = async (page: Page) => Number((await page.getByTestId('classroom-now').getAttribute('data-key-rate')) || NaN);
const observed = async (page: Page) => (await page.getByTestId('classroom-observed').getAttribute('data-value')) ?? '';

async function startLesson(page: Page, lesson: Lesson) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Examples', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Examples' });
  await dialog.getByTestId(`example-card-${lesson.exampleId}`).getByRole('button', { name: /^Guided lesson/ }).click();
  await expect(page.getByTestId('classroom-counter')).toHaveText(`Step 1 of ${lesson.steps.length}`);
}

/** Each step: the question (if any) shows first with the change not yet applied; the right answer applies it. */
async function walkSteps(page: Page, lesson: Lesson, next: () => Promise<void>, answerChoice: (i: number) => Promise<void>) {
  await expect.poll(() => observed(page)).not.toBe('');
  for (let i = 1; i < lesson.steps.length; i++) {
    const step = lesson.steps[i]!;
    await next();
    await expect(page.getByTestId('classroom-counter')).toHaveText(`Step ${i + 1} of ${lesson.steps.length}`);
    if (step.predict) {
      await expect(page.getByTestId('predict')).toContainText(step.predict.question);
      await expect(page.getByTestId('classroom-observed')).toHaveCount(0);
      await expect(page.getByTestId('classroom-next')).toBeDisabled();
      if (step.predict.kind === 'choice') await answerChoice(step.predict.answerIndex);
      else {
        await page.getByTestId('predict-number').fill(String(step.predict.answer));
        await page.getByTestId('predict-submit').click();
      }
      await expect(page.getByTestId('predict-feedback')).toHaveAttribute('data-right', 'true');
    }
    await expect(page.getByTestId('classroom-explanation')).toHaveText(step.explanation);
    await expect.poll(() => observed(page)).not.toBe('');
    if (step.predict?.kind === 'number') {
      const { answer, tolerance } = step.predict;
      await expect.poll(async () => Math.abs(Number(await observed(page)) - answer) <= tolerance).toBe(true);
    }
  }
  await next();
  await expect(page.getByTestId('classroom-counter')).toHaveText('Challenge');
  await expect(page.getByTestId('challenge-status')).toHaveAttribute('data-met', 'false');
}

const clickChoice = (page: Page) => (i: number) => page.getByTestId(`predict-choice-${i}`).click();
const nextButton = (page: Page) => () => page.getByTestId('classroom-next').click();

async function setField(page: Page, open: () => Promise<void>, label: string, value: string) {
  await open();
  const field = page.getByRole('textbox', { name: label, exact: true });
  await field.fill(value);
  await field.press('Enter');
}
const link = (page: Page, id: string) => () => page.getByTestId(`link-label-${id}`).click();
const request = (page: Page, id: string) => () => page.getByRole('button', { name: new RegExp(`^Request ${id}:`) }).click();

/** The edit that meets each lesson's challenge, as its teacher sheet says. */
const SOLVE: Record<string, (page: Page) => Promise<void>> = {
  'bb84-distance-limit': (page) => setField(page, link(page, 'fiber-gb'), 'Length', '120'),
  eavesdropper: (page) => setField(page, link(page, 'fiber-tapped'), 'Eavesdropper: intercepted fraction', '0.15'),
  'decoy-states': (page) => setField(page, link(page, 'fiber-plain'), 'Length', '10'),
  'twin-field': (page) => setField(page, request(page, 'key-tf'), "Charlie's dark-count probability", '1e-9'),
  'trusted-relay': async (page) => {
    await setField(page, link(page, 'fiber-geneva-bern'), 'Length', '112.5');
    await setField(page, link(page, 'fiber-bern-zurich'), 'Length', '112.5');
  },
  'repeater-chain': (page) => setField(page, request(page, 'pairs-chain'), 'Purification rounds', '2'),
  'satellite-overhead': (page) => setField(page, link(page, 'downlink-graz'), 'Receiver aperture', '1.5'),
};

for (const lesson of LESSONS) {
  test(`lesson "${lesson.title}": predictions, changes, observed values and the challenge`, async ({ page }) => {
    test.slow(); // every step waits for the engine's new numbers
    await startLesson(page, lesson);
    await walkSteps(page, lesson, nextButton(page), clickChoice(page));
    await page.screenshot({ path: `e2e/screenshots/lesson-${lesson.exampleId}-challenge.png` });
    await SOLVE[lesson.exampleId]!(page);
    await expect(page.getByTestId('challenge-status')).toHaveAttribute('data-met', 'true');
    await expect(page.getByTestId('challenge-status')).toHaveText('✓ Challenge met!');
    await expect(page.getByTestId('challenge-observed')).not.toHaveAttribute('data-value', '');
    await expect(page.getByTestId('predict-tally')).toContainText(`of ${lesson.steps.filter((s) => s.predict).length} right`);
    await page.screenshot({ path: `e2e/screenshots/lesson-${lesson.exampleId}-met.png` });
  });
}

test('a lesson by keyboard alone in presentation mode: arrows move, Tab and Enter answer; the challenge asks to leave presentation', async ({ page }) => {
  test.slow();
  const lesson = LESSONS.find((l) => l.exampleId === 'bb84-distance-limit')!;
  await startLesson(page, lesson);
  await page.getByTestId('classroom').getByRole('button', { name: 'Large type' }).click();
  await expect(page.locator('.app')).toHaveClass(/app--presentation/);
  await expect.poll(() => lessonKeyRate(page)).toBeGreaterThan(400);
  const at50 = await lessonKeyRate(page);
  await page.getByRole('heading', { name: lesson.title }).focus();
  await walkSteps(
    page,
    lesson,
    () => page.keyboard.press('ArrowRight'),
    async (i) => {
      await page.getByTestId('predict-choice-0').focus();
      for (let k = 0; k < i; k++) await page.keyboard.press('Tab');
      await expect(page.getByTestId(`predict-choice-${i}`)).toBeFocused();
      await page.keyboard.press('Enter');
      // Back on the page, so the arrows are lesson keys again.
      await page.getByRole('heading', { name: lesson.title }).focus();
    },
  );
  await page.screenshot({ path: 'e2e/screenshots/lesson-bb84-challenge-large.png' });
  await expect(page.getByTestId('classroom')).toContainText('Presentation mode is read-only');
  // Back through the steps: every answer is remembered, so no question is asked again; step 1 gives the same key.
  for (let i = 0; i < lesson.steps.length; i++) await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('classroom-counter')).toHaveText('Step 1 of 5');
  await expect.poll(() => lessonKeyRate(page)).toBeCloseTo(at50, 6);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('predict')).toHaveCount(0);
  await expect(page.getByTestId('predict-feedback')).toBeVisible();
});

test.describe('on a tablet', () => {
  test.use({ viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true });
  test('the satellite lesson is answered by taps, with its number typed, and the challenge met', async ({ page }) => {
    test.slow();
    const lesson = LESSONS.find((l) => l.exampleId === 'satellite-overhead')!;
    await startLesson(page, lesson);
    await walkSteps(page, lesson, () => page.getByTestId('classroom-next').tap(), (i) => page.getByTestId(`predict-choice-${i}`).tap());
    const box = (await page.getByTestId('classroom').boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(820);
    await page.screenshot({ path: 'e2e/screenshots/lesson-satellite-tablet.png' });
  });
});
