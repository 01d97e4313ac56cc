import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { readSaved, savedDigest, savedKeys, writeRepeated, writeSaved } from './saved-designs';

const SLOW = { timeout: 60_000 };
const KEPT_PREFIX = 'qnet-designer.kept.';
/** An unterminated JSON array of 2.75 M characters: over the ~2.6 M that local storage could not hold twice (issue 22). */
const BIG_UNIT = '[{"id":"n"},';
const BIG_REPEAT = 250_000;
const digest = (text: string) => `${text.length}:${createHash('sha256').update(text).digest('hex')}`;
const keptKeysOf = async (page: Page) => (await savedKeys(page)).filter((k) => k.startsWith(KEPT_PREFIX)).sort();

async function setFiberLength(page: Page, km: string) {
  await page.getByTestId('link-label-fiber-1').click();
  const length = page.getByRole('textbox', { name: 'Length' });
  await length.fill(km);
  await length.press('Enter');
  await expect(page.getByTestId('link-label-fiber-1')).toContainText(`${km} km`);
}

test('a big unreadable save is kept aside and offered; a second one is kept beside it and the first stays intact', async ({ page }) => {
  // Megabytes through IndexedDB, three loads and a download: minutes on a loaded 2-core machine.
  test.setTimeout(240_000);
  await page.goto('/');
  await expect(page.getByTestId('node-Alice')).toBeVisible(SLOW);
  await writeRepeated(page, BIG_UNIT, BIG_REPEAT);
  const first = await savedDigest(page);
  expect(first).toBe(digest(BIG_UNIT.repeat(BIG_REPEAT)));
  await page.reload();
  await expect(page.getByTestId('notices')).toContainText('it is kept aside (Files → Kept copies) and the default scenario is shown', SLOW);
  await expect(page.getByTestId('node-Alice')).toBeVisible();

  // The first edit saves the new design and leaves the kept copy alone.
  await setFiberLength(page, '77');
  await expect.poll(() => readSaved(page), SLOW).toContain('"lengthKm":77');
  const keptKeys = await keptKeysOf(page);
  expect(keptKeys).toHaveLength(1);
  expect(await savedDigest(page, keptKeys[0])).toBe(first);

  await page.getByRole('button', { name: 'Files' }).click();
  const kept = page.getByTestId('kept-copies');
  await expect(kept.getByRole('listitem')).toHaveCount(1);
  await expect(kept).toContainText(`(${(BIG_UNIT.length * BIG_REPEAT).toLocaleString('en')} characters)`);
  const [download] = await Promise.all([page.waitForEvent('download', SLOW), kept.getByRole('button', { name: 'Download' }).click()]);
  expect(digest(await readFile((await download.path())!, 'utf8'))).toBe(first);
  await page.screenshot({ path: 'e2e/screenshots/kept-copies.png' });

  // A second unreadable save: kept under a key of its own, the first byte for byte as it was.
  await writeRepeated(page, `${BIG_UNIT}x`, BIG_REPEAT);
  const second = await savedDigest(page);
  await page.reload();
  await expect(page.getByTestId('notices')).toContainText('it is kept aside', SLOW);
  const keptAfter = await keptKeysOf(page);
  expect(keptAfter).toHaveLength(2);
  expect(await savedDigest(page, keptAfter[0])).toBe(first);
  expect(await savedDigest(page, keptAfter[1])).toBe(second);
  await page.getByRole('button', { name: 'Files' }).click();
  await expect(page.getByTestId('kept-copies').getByRole('listitem')).toHaveCount(2);
});

test('a kept copy is deleted only when the user confirms, and only that one', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('node-Alice')).toBeVisible(SLOW);
  for (const text of ['{"first', '{"second']) {
    await writeSaved(page, text);
    await page.reload();
    await expect(page.getByTestId('notices')).toContainText('it is kept aside', SLOW);
  }
  const keys = await keptKeysOf(page);
  expect(keys).toHaveLength(2);
  await page.getByRole('button', { name: 'Files' }).click();
  const kept = page.getByTestId('kept-copies');
  page.once('dialog', (dialog) => void dialog.dismiss());
  await kept.getByRole('button', { name: 'Delete' }).first().click();
  await expect(kept.getByRole('listitem')).toHaveCount(2);
  page.once('dialog', (dialog) => void dialog.accept());
  await kept.getByRole('button', { name: 'Delete' }).first().click();
  await expect(kept.getByRole('listitem')).toHaveCount(1);
  expect(await keptKeysOf(page)).toEqual([keys[1]]);
  expect(await readSaved(page, keys[1])).toBe('{"second');
});

test('a saved design opens straight away: the default never shows first, and is never saved over it', async ({ page }) => {
  await page.goto('/');
  await setFiberLength(page, '77');
  await expect.poll(() => readSaved(page)).toContain('"lengthKm":77');
  // Every text the link's label ever shows from the first frame of the next load on.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { seenLengths: string[] }).seenLengths = seen;
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="link-label-fiber-1"]')?.textContent;
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.reload();
  await expect(page.getByTestId('link-label-fiber-1')).toContainText('77 km', SLOW);
  const seen = await page.evaluate(() => (window as unknown as { seenLengths: string[] }).seenLengths);
  expect(seen.length).toBeGreaterThan(0);
  expect(seen.filter((t) => !t.includes('77 km'))).toEqual([]);
  expect(await readSaved(page)).toContain('"lengthKm":77');
});

test('an autosave an earlier version left in local storage opens, and moves into IndexedDB', async ({ browser, baseURL }) => {
  const design = { version: 2, name: 'From local storage', nodes: [], links: [], requests: [] };
  const context = await browser.newContext({
    storageState: { cookies: [], origins: [{ origin: new URL(baseURL!).origin, localStorage: [{ name: 'qnet-designer.scenario', value: JSON.stringify(design) }] }] },
  });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByTestId('scenario-name')).toHaveText('From local storage', SLOW);
  expect(JSON.parse((await readSaved(page)) ?? '{}')).toEqual(design);
  expect(await page.evaluate(() => localStorage.getItem('qnet-designer.scenario'))).toBeNull();
  await page.reload();
  await expect(page.getByTestId('scenario-name')).toHaveText('From local storage', SLOW);
  await context.close();
});

test('an edit made just before a reload is kept, even when IndexedDB had not finished writing it', async ({ page }) => {
  await page.goto('/');
  await setFiberLength(page, '83');
  await page.reload();
  await expect(page.getByTestId('link-label-fiber-1')).toContainText('83 km', SLOW);
  await expect.poll(() => readSaved(page), SLOW).toContain('"lengthKm":83');
  expect(await page.evaluate(() => localStorage.getItem('qnet-designer.scenario.unsaved'))).toBeNull();
});
