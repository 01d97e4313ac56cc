import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { GLOSSARY } from '../src/panels/help/glossary';

/** Serious or critical accessibility violations on the page as it is now. */
async function blockingViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Wait for the default scenario to be drawn and running, then pause so nothing moves while we measure. */
async function openPaused(page: Page) {
  await page.goto('/');
  await expect(page.getByTestId('node-Bob')).toBeVisible();
  await expect(page.getByTestId('run-status')).toHaveText('running');
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: /Play/ })).toBeVisible();
}

/** Text size as seen on screen: the computed font size times any scale above it (the canvas zoom). */
const shownFontPx = (l: Locator) =>
  l.evaluate((el: HTMLElement) => {
    const rect = el.getBoundingClientRect();
    const scale = el.offsetWidth > 0 ? rect.width / el.offsetWidth : 1;
    return parseFloat(getComputedStyle(el).fontSize) * scale;
  });

/** How many rows the header's items are laid out in, and whether any item sticks out past the window. */
const headerLayout = (page: Page) =>
  page.locator('.app__header').evaluate((header) => {
    const items = [...header.querySelectorAll<HTMLElement>(':scope > *, :scope > .share-tools > *')].filter((el) => getComputedStyle(el).display !== 'contents' && el.offsetWidth > 0);
    const tops: number[] = [];
    for (const el of items) {
      const top = el.getBoundingClientRect().top;
      if (!tops.some((t) => Math.abs(t - top) < 12)) tops.push(top);
    }
    const right = Math.max(...items.map((el) => el.getBoundingClientRect().right));
    return { rows: tops.length, overflows: right > innerWidth + 0.5 || header.scrollWidth > header.clientWidth + 0.5 };
  });

/** How many rows the command toolbar's buttons are laid out in. */
const toolbarRows = (page: Page) =>
  page.locator('.toolbar').evaluate((toolbar) => {
    const tops: number[] = [];
    for (const el of toolbar.querySelectorAll<HTMLElement>('button')) {
      if (el.offsetWidth === 0) continue;
      const top = el.getBoundingClientRect().top;
      if (!tops.some((t) => Math.abs(t - top) < 12)) tops.push(top);
    }
    return tops.length;
  });

/**
 * Visible buttons, links and form controls of the page smaller than minPx across, each with its size. What is drawn on
 * the canvas's zoomable viewport is left out: it grows and shrinks with the user's zoom.
 */
const smallTargets = (page: Page, minPx: number) =>
  page.evaluate((min) => {
    const small: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('button, a[href], select, input, [role="button"]')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      // React Flow's attribution link is the library's, not a control of the app.
      if (el.closest('.react-flow__attribution, .react-flow__viewport, .react-flow__viewport-portal')) continue;
      if (Math.min(r.width, r.height) < min - 0.5) small.push(`${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30)} ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
    return small;
  }, minPx);

async function expectGlossaryAt(page: Page, term: string) {
  const dialog = page.getByRole('dialog', { name: 'Glossary' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('term').filter({ hasText: term })).toBeFocused();
  await expect(dialog.getByRole('term').filter({ hasText: term })).toBeInViewport();
  return dialog;
}

// axe walks the whole page; on a busy machine that takes a while.
test.describe.configure({ timeout: 120_000 });

test.describe('desktop 1280×800', () => {
  test('the glossary opens from the header and at its entry from a result number; parameter help opens inline', async ({ page }) => {
    await openPaused(page);
    expect(await headerLayout(page)).toEqual({ rows: 1, overflows: false });
    await page.getByRole('button', { name: 'Glossary', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Glossary' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('term')).toHaveCount(GLOSSARY.length);
    await expect(dialog.getByRole('term').filter({ hasText: 'PLOB bound' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'Glossary', exact: true })).toBeFocused();

    const results = page.getByTestId('result-key-1');
    await results.getByRole('button', { name: 'QBER' }).click();
    await expect((await expectGlossaryAt(page, 'QBER')).getByText(/Above 11 % no BB84 key/)).toBeVisible();
    await page.screenshot({ path: 'e2e/screenshots/layout-desktop-glossary.png' });
    expect(await blockingViolations(page)).toEqual([]);
    await page.getByRole('dialog', { name: 'Glossary' }).getByRole('button', { name: 'Close' }).click();

    await page.getByTestId('link-label-fiber-1').click();
    const help = page.getByRole('button', { name: 'Help: Length' });
    await expect(help).toHaveAttribute('aria-expanded', 'false');
    const text = page.locator(`#${await help.getAttribute('aria-controls')}`);
    await expect(text).toBeHidden();
    await help.click();
    await expect(help).toHaveAttribute('aria-expanded', 'true');
    await expect(text).toBeVisible();
    await expect(text).not.toBeEmpty();

    await page.getByTestId('link-legend').getByText('Legend').click();
    await expect(page.getByTestId('link-legend').getByText('Free space (dashed)')).toBeVisible();
    await expect(page.getByTestId('link-legend').getByText('1 Mbit/s or more: 8 px wide')).toBeVisible();
    await page.screenshot({ path: 'e2e/screenshots/layout-desktop.png' });
    // The open help text and the open legend pass too.
    expect(await blockingViolations(page)).toEqual([]);
  });

  test('a QBER badge stays on top when two nodes are dragged over its link label', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Examples', exact: true }).click();
    await page.getByRole('dialog', { name: 'Examples' }).getByRole('button', { name: 'Open An eavesdropper betrayed by the QBER' }).click();
    const badge = page.getByTestId('qber-alarm-fiber-tapped');
    await expect(badge).toBeVisible();
    await page.getByRole('button', { name: /Pause/ }).click();
    await expect(page.getByRole('button', { name: /Play/ })).toBeVisible();
    const label = (await page.getByTestId('link-label-fiber-tapped').boundingBox())!;
    const target = { x: label.x + label.width / 2, y: label.y + label.height / 2 };
    for (const name of ['Alice', 'Bob']) {
      const box = (await page.getByTestId(`node-${name}`).locator('.station__label').boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(target.x, target.y, { steps: 12 });
      await page.mouse.up();
    }
    // Both nodes now cover the label's place: without the label layer on top they would hide it.
    for (const name of ['Alice', 'Bob']) {
      const box = (await page.getByTestId(`node-${name}`).boundingBox())!;
      expect(box.x < target.x && target.x < box.x + box.width && box.y < target.y && target.y < box.y + box.height).toBe(true);
    }
    const onTop = await badge.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return hit !== null && el.contains(hit);
    });
    expect(onTop).toBe(true);
    await page.screenshot({ path: 'e2e/screenshots/layout-qber-over-nodes.png' });
  });
});

for (const size of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test.describe(`presentation ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('every text grows: header within two rows, chart ticks and node labels at least 16 px', async ({ page }) => {
      await openPaused(page);
      await page.keyboard.press('p');
      await expect(page.locator('.app')).toHaveClass(/app--presentation/);
      const header = await headerLayout(page);
      expect(header.rows).toBeLessThanOrEqual(2);
      expect(header.overflows).toBe(false);
      const tick = page.getByTestId('chart-keyRateBitsPerSecond').locator('.tick text').first();
      await expect(tick).toBeVisible();
      await expect.poll(() => shownFontPx(tick)).toBeGreaterThanOrEqual(16);
      // The plot's left margin grew with the text: the tick labels still fit inside the chart.
      const chart = (await page.getByTestId('chart-keyRateBitsPerSecond').boundingBox())!;
      for (const t of await page.getByTestId('chart-keyRateBitsPerSecond').locator('.tick text').all()) {
        expect((await t.boundingBox())!.x).toBeGreaterThanOrEqual(chart.x - 0.5);
      }
      expect(await shownFontPx(page.getByTestId('node-Alice').locator('.station__label'))).toBeGreaterThanOrEqual(16);
      expect(await shownFontPx(page.getByRole('button', { name: 'Glossary', exact: true }))).toBeGreaterThanOrEqual(16);
      await page.screenshot({ path: `e2e/screenshots/layout-presentation-${size.width}.png` });
    });
  });
}

test.describe('tablet 820×1180, touch', () => {
  test.use({ viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true });

  test('the side panel sits under the canvas; handles, node text and help are sized for a finger', async ({ page }) => {
    await openPaused(page);
    const canvas = (await page.getByTestId('canvas').boundingBox())!;
    const side = (await page.locator('.app__side').boundingBox())!;
    expect(side.y).toBeGreaterThanOrEqual(canvas.y + canvas.height - 1);
    expect(side.width).toBeGreaterThan(780);
    await page.screenshot({ path: 'e2e/screenshots/layout-tablet.png' });
    expect((await headerLayout(page)).rows).toBeLessThanOrEqual(2);
    // Header and toolbar together take three rows, not four.
    expect(await toolbarRows(page)).toBe(1);

    const handle = page.getByTestId('node-Alice').locator('.react-flow__handle-right');
    const box = (await handle.boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
    expect(await shownFontPx(page.getByTestId('node-Alice').locator('.station__label'))).toBeGreaterThanOrEqual(12);
    expect(await shownFontPx(page.getByTestId('node-Alice').locator('.station__kind'))).toBeGreaterThanOrEqual(12);

    await handle.tap();
    await expect(handle).toHaveClass(/clickconnecting/);
    await expect(page.getByTestId('tap-connect-hint')).toBeVisible();
    await page.screenshot({ path: 'e2e/screenshots/layout-tablet-tapped-handle.png' });
    await page.getByTestId('node-Bob').locator('.react-flow__handle-left').tap();
    await expect(page.getByTestId('status-message')).toHaveText('Alice and Bob are already linked.');
    await expect(page.getByTestId('tap-connect-hint')).toBeHidden();

    await page.getByTestId('link-label-fiber-1').tap();
    const help = page.getByRole('button', { name: 'Help: Length' });
    const helpBox = (await help.boundingBox())!;
    expect(Math.min(helpBox.width, helpBox.height)).toBeGreaterThanOrEqual(24);
    await help.tap();
    await expect(help).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator(`#${await help.getAttribute('aria-controls')}`)).toBeVisible();
    // An inspector number opens its glossary entry by tap too.
    await page.getByRole('button', { name: 'Glossary: Attenuation' }).tap();
    await expectGlossaryAt(page, 'Transmittance');
    await page.getByRole('dialog', { name: 'Glossary' }).getByRole('button', { name: 'Close' }).tap();

    await page.getByTestId('result-key-1').getByRole('button', { name: 'Secret key rate' }).tap();
    await expectGlossaryAt(page, 'Secret key rate');
    await page.screenshot({ path: 'e2e/screenshots/layout-tablet-glossary.png' });
    await page.getByRole('dialog', { name: 'Glossary' }).getByRole('button', { name: 'Close' }).tap();
    await page.getByRole('button', { name: 'Glossary', exact: true }).tap();
    await expect(page.getByRole('dialog', { name: 'Glossary' })).toBeVisible();
  });
});

test.describe('phone 390×844, touch', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the panel stacks under the canvas, nothing sticks out sideways, every control is in reach and at least 24 px', async ({ page }) => {
    await openPaused(page);
    const canvas = (await page.getByTestId('canvas').boundingBox())!;
    const side = (await page.locator('.app__side').boundingBox())!;
    expect(side.y).toBeGreaterThanOrEqual(canvas.y + canvas.height - 1);
    expect(canvas.height).toBeGreaterThan(300);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    // Every header and toolbar control lies inside the window, so a finger reaches it without sideways scrolling.
    const outside = await page.locator('.app__header, .toolbar').evaluateAll((bars) =>
      bars.flatMap((bar) => [...bar.querySelectorAll<HTMLElement>('button, select')]).filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.left < 0 || r.right > innerWidth + 0.5);
      }).map((el) => el.getAttribute('aria-label') ?? el.textContent),
    );
    expect(outside).toEqual([]);
    expect(await smallTargets(page, 24)).toEqual([]);
    await page.screenshot({ path: 'e2e/screenshots/layout-phone.png' });

    // Zoomed out to fit the phone, a handle is drawn small, but its touch area is still 24 px across on screen.
    const handle = page.getByTestId('node-Alice').locator('.react-flow__handle-right');
    const box = (await handle.boundingBox())!;
    expect(box.width).toBeLessThan(24);
    const misses = await handle.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
      return [[-11.5, 0], [11.5, 0], [0, -11.5], [0, 11.5]].filter(([dx, dy]) => !el.contains(document.elementFromPoint(x + dx!, y + dy!)));
    });
    expect(misses).toEqual([]);
    await page.touchscreen.tap(box.x + box.width / 2 + 10, box.y + box.height / 2);
    await expect(handle).toHaveClass(/clickconnecting/);
    await expect(page.getByTestId('tap-connect-hint')).toBeVisible();
    await page.touchscreen.tap(canvas.x + canvas.width / 2, canvas.y + canvas.height * 0.75);
    await expect(handle).not.toHaveClass(/clickconnecting/);

    // Down in the stacked panel: the results and the link table fit the width too, and their controls stay finger-sized.
    await page.getByTestId('link-table').scrollIntoViewIfNeeded();
    expect(await overflow()).toBeLessThanOrEqual(0);
    expect(await smallTargets(page, 24)).toEqual([]);
    await page.screenshot({ path: 'e2e/screenshots/layout-phone-results.png' });
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).tap();
    await expect(page.getByRole('dialog', { name: /Keyboard shortcuts/ })).toBeVisible();
  });
});
