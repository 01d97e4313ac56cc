import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { simulationReport } from '../src/cli/simulate-command';
import { EXAMPLES } from '../src/scenario/examples';
import { parseScenario } from '../src/scenario/validate';

const SLOW = { timeout: 40_000 };

async function openGallery(page: Page) {
  await page.getByRole('button', { name: 'Examples', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Examples' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function openExample(page: Page, title: string) {
  const dialog = await openGallery(page);
  await dialog.getByRole('button', { name: `Open ${title}` }).click();
  await expect(dialog).toBeHidden();
}

/** Whether any pixel of the key-rate chart's canvas layer is painted. */
const canvasPainted = (page: Page) =>
  page.getByTestId('live-chart-keyRateBitsPerSecond').locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
    if (canvas.width === 0 || canvas.height === 0) return false;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
    return false;
  });

test('a run left to finish by itself stays quiet: no engine alert 20 s later, and the pill says finished, at 20× and at 1000×', async ({ page, browser }) => {
  test.setTimeout(120_000);
  // Both runs play side by side, each in a browser of its own, so one 20 s quiet wait after the last finish covers both.
  const other = await browser.newContext();
  const fast = await other.newPage();
  const shortRun = async (p: Page) => {
    await p.goto('/');
    await p.getByRole('button', { name: 'Design settings: its title, run length and time step' }).click();
    const runLength = p.getByTestId('design-inspector').getByRole('textbox', { name: 'Run length' });
    await runLength.fill('100');
    await runLength.press('Enter');
    await expect(p.getByTestId('sim-time')).toContainText('/ 01:40', SLOW);
  };
  try {
    await Promise.all([
      (async () => {
        // At 20×, a run of 100 simulated seconds ends by itself in about 5 s.
        await shortRun(page);
        await expect(page.getByLabel('Speed')).toHaveValue('20');
        await expect(page.getByTestId('run-status')).toHaveText('finished', SLOW);
      })(),
      (async () => {
        // The same short run played out, then undone: at 1000×, the default run of 600 s, from the start.
        await shortRun(fast);
        await expect(fast.getByTestId('run-status')).toHaveText('finished', SLOW);
        await fast.keyboard.press('Control+z');
        await expect(fast.getByTestId('sim-time')).toContainText('/ 10:00', SLOW);
        await fast.getByLabel('Speed').selectOption('1000');
        await expect(fast.getByTestId('run-status')).toHaveText('finished', SLOW);
      })(),
    ]);
    // The watchdog's budget is 15 s: an alert would have come by now if either page still thought an answer was owed.
    await page.waitForTimeout(20_000);
    for (const p of [page, fast]) {
      await expect(p.getByTestId('notices')).toHaveCount(0);
      await expect(p.getByTestId('run-status')).toHaveText('finished');
    }
  } finally {
    await other.close();
  }
});

test('the status pill says paused while paused, and running again after play', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('run-status')).toHaveText('running', SLOW);
  await page.getByRole('button', { name: /Pause/ }).click();
  await expect(page.getByTestId('run-status')).toHaveText('paused');
  await page.getByRole('button', { name: /Play/ }).click();
  await expect(page.getByTestId('run-status')).toHaveText('running');
});

test('examples opened one after another each chart only their own run', async ({ page }) => {
  await page.goto('/');
  await openExample(page, 'A satellite links two continents');
  // It asks for 1000× and gets it, and its downlinks show their slant range, not one fixed length.
  await expect(page.getByLabel('Speed')).toHaveValue('1000');
  await expect(page.getByTestId('run-status')).toHaveText('finished', { timeout: 60_000 });
  await expect.poll(() => canvasPainted(page), SLOW).toBe(true);
  const grazKm = await page.getByTestId('link-length-downlink-graz').textContent();
  const xinglongKm = await page.getByTestId('link-length-downlink-xinglong').textContent();
  expect(grazKm).not.toEqual(xinglongKm);

  for (const title of ['BB84 over fiber: the distance limit', 'Decoy states vs no decoys']) {
    await openExample(page, title);
    await expect(page.getByLabel('Speed')).toHaveValue('20');
    const chart = page.getByTestId('chart-keyRateBitsPerSecond');
    // The chart writes its sample count in the same paint that draws its lines: a count of this run (the satellite run
    // left thousands, drawn on the canvas) says the chart has drawn it. Read before that paint, the old count passed.
    await expect.poll(async () => {
      const samples = Number(await chart.getAttribute('data-samples'));
      return samples > 3 && samples < 200;
    }, SLOW).toBe(true);
    // Few samples go to SVG paths; the canvas layer must hold nothing of the satellite run.
    expect(await canvasPainted(page)).toBe(false);
    const lastTime = await page.getByTestId('chart-readout-keyRateBitsPerSecond').textContent();
    expect(lastTime).not.toMatch(/t = (5\d\d|\d{4,}) s/);
  }
  await page.getByRole('button', { name: 'Restart from t = 0' }).click();
  expect(await canvasPainted(page)).toBe(false);
});

test('the satellite example shows the key waiting on board between passes', async ({ page }) => {
  await page.goto('/');
  await openExample(page, 'A satellite links two continents');
  // Graz's pass at about two minutes puts key on board; it waits there for Xinglong hours later.
  await expect(page.getByTestId('key-store-Satellite (500 km)')).toHaveText(/^on board [1-9].* (k|M)?bit$/, SLOW);
  await page.getByTestId('canvas').screenshot({ path: 'e2e/screenshots/satellite-on-board.png' });
});

test('embedded on another site whose browser blocks storage, the app still draws its network and charts and says so once', async ({ page }) => {
  // The school's site: a real server on another origin (another port), framing the app. A page the test fulfils itself
  // would not do: Chromium refuses to frame a loopback address from a page of unknown address (local network access).
  const appUrl = new URL('/', test.info().project.use.baseURL!).href;
  const host = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<!doctype html><title>LMS</title><h1>Week 3</h1><iframe src="${appUrl}" width="1200" height="760" title="QNet Designer"></iframe>`);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  const lmsUrl = `http://localhost:${(host.address() as AddressInfo).port}/week-3`;
  try {
    // As Chromium does for third-party frames when storage is blocked: merely reading localStorage or indexedDB throws.
    await page.addInitScript(() => {
      if (window === window.top) return;
      for (const name of ['localStorage', 'indexedDB']) {
        Object.defineProperty(window, name, {
          get() {
            throw new DOMException(`Failed to read the '${name}' property from 'Window': Access is denied for this document.`, 'SecurityError');
          },
        });
      }
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(lmsUrl);
    // The snippet's iframe loads lazily, when near the viewport.
    await page.locator('iframe').scrollIntoViewIfNeeded();
    const app = page.frameLocator('iframe');
    await expect(app.getByTestId('node-Alice')).toBeVisible(SLOW);
    await expect.poll(async () => Number(await app.getByTestId('chart-keyRateBitsPerSecond').getAttribute('data-samples')), SLOW).toBeGreaterThan(2);
    await expect(app.getByTestId('notices')).toContainText('not saved automatically');
    await expect(app.getByTestId('notices').locator('p')).toHaveCount(1);
    expect(errors).toEqual([]);
    await page.screenshot({ path: 'e2e/screenshots/embed-blocked-storage.png' });
  } finally {
    host.close();
  }
});

test('a design can be started blank, renamed and given its run length and time step, each undoable', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('node-Alice')).toBeVisible(SLOW);
  await page.getByRole('button', { name: 'New blank design (keeps the run settings)' }).click();
  await expect(page.getByTestId('node-Alice')).toHaveCount(0);
  await expect(page.getByTestId('scenario-name')).toHaveText('Untitled network');
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('node-Alice')).toBeVisible();

  await page.getByRole('button', { name: 'Design settings: its title, run length and time step' }).click();
  const name = page.getByLabel('Design name');
  await expect(name).toBeFocused();
  await name.fill('Campus link');
  await name.press('Enter');
  await expect(page.getByTestId('scenario-name')).toHaveText('Campus link');
  const design = page.getByTestId('design-inspector');
  await design.getByRole('textbox', { name: 'Run length' }).fill('120');
  await design.getByRole('textbox', { name: 'Run length' }).press('Enter');
  await expect(page.getByTestId('sim-time')).toContainText('/ 02:00', SLOW);
  // A time step that would make more than a million steps is explained and not applied.
  await design.getByRole('textbox', { name: 'Time step' }).fill('0.00001');
  await expect(design.getByRole('alert')).toContainText('Time step must be');
  await design.getByRole('textbox', { name: 'Time step' }).fill('2');
  await design.getByRole('textbox', { name: 'Time step' }).press('Enter');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('sim-time')).toContainText('/ 10:00', SLOW);
  await expect(page.getByTestId('scenario-name')).toHaveText('Campus link');
});

test('where a value does not exist the results show — with the reason, and a request without key says why on its card, in names', async ({ page }) => {
  await page.goto('/');
  await openExample(page, 'An eavesdropper betrayed by the QBER');
  const reason = page.getByTestId('request-reason-key-tapped');
  await expect(reason).toContainText('eavesdropper', SLOW);
  await openExample(page, 'A repeater chain vs direct transmission');
  const result = page.locator('[data-testid^="result-"]').first();
  await expect(result).toBeVisible(SLOW);
  const plob = result.locator('dt', { hasText: 'PLOB bound' }).locator('xpath=following-sibling::dd[1]');
  await expect(plob.getByRole('button', { name: /^none: / })).toHaveText('—');
  await expect(plob.getByRole('button')).toHaveAttribute('title', /entangled pairs/);
  await expect(result).not.toContainText('0 bit/s PLOB');
});

test('names, not ids: inspector titles, the chart legend and its hover read Alice and Bob; a request left without a path shows — for latency and says why when tapped', async ({ page }) => {
  await page.goto('/');
  const chart = page.getByTestId('live-chart-keyRateBitsPerSecond');
  await expect(chart.getByRole('list', { name: 'Requests' })).toHaveText('Alice → Bob');
  await expect.poll(async () => Number(await page.getByTestId('chart-keyRateBitsPerSecond').getAttribute('data-samples')), SLOW).toBeGreaterThan(2);
  const plot = (await page.getByTestId('chart-keyRateBitsPerSecond').boundingBox())!;
  await page.mouse.move(plot.x + plot.width * 0.6, plot.y + plot.height / 2);
  await expect(page.getByTestId('chart-readout-keyRateBitsPerSecond')).toContainText('Alice → Bob: ');

  await page.getByTestId('request-key-1').getByRole('button').first().click();
  await expect(page.getByTestId('inspector-title')).toHaveText('Request · Alice → Bob');
  await page.getByTestId('link-label-fiber-1').click();
  await expect(page.getByTestId('inspector-title')).toHaveText('Fiber link · Alice ↔ Bob');

  // Without its only link the request has no path: latency does not exist, and the dash says why on a tap or Enter.
  await page.keyboard.press('Delete');
  const result = page.getByTestId('result-key-1');
  const latency = result.locator('dt', { hasText: 'Latency' }).locator('xpath=following-sibling::dd[1]');
  const dash = latency.getByRole('button', { name: /^none: / });
  await expect(dash).toHaveText('—', SLOW);
  await expect(dash).toHaveAttribute('aria-expanded', 'false');
  const why = latency.getByText('no path: nothing is delivered');
  await expect(why).toBeHidden();
  await dash.click();
  await expect(dash).toHaveAttribute('aria-expanded', 'true');
  await expect(why).toBeVisible();
  await dash.press('Enter');
  await expect(why).toBeHidden();
});

test('small things a user notices: short messages that go away, undo says what it undid, a self-link and a wrong K are explained, C then K works, Shift+Enter adds to the selection, zoom controls show in the dark theme', async ({ page }) => {
  await page.goto('/');
  const status = page.getByTestId('status-message');
  await expect(page.getByTestId('node-Alice')).toBeVisible(SLOW);
  await openExample(page, 'A metropolitan trusted-node network');
  await expect(status).toHaveText(/^Opened “.+”\. Ctrl\+Z brings back what was there before\.$/);
  // Messages clear by themselves rather than staying for minutes.
  await expect(status).toHaveText('', { timeout: 15_000 });
  await page.keyboard.press('Control+z');
  await expect(status).toHaveText(/^Undone/);

  // Keyboard: Tab to Alice, Enter; Tab to Bob, Shift+Enter; C links them and keeps both selected; K asks for key.
  await page.getByRole('button', { name: 'New blank design (keeps the run settings)' }).click();
  await page.keyboard.press('g');
  await page.keyboard.press('g');
  await page.getByTestId('node-Ground station 1').click();
  await page.getByTestId('node-Ground station 2').click({ modifiers: ['Shift'] });
  await page.keyboard.press('c');
  await expect(status).toHaveText(/Added link/);
  await page.keyboard.press('k');
  await expect(page.locator('[data-testid^="request-"]').first()).toBeVisible();
  await page.getByTestId('node-Ground station 1').click();
  await page.keyboard.press('k');
  await expect(status).toHaveText(/Select exactly two stations for a key request \(1 node selected now\)/);

  const first = page.getByTestId('node-Ground station 1').locator('..');
  await first.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Enter');
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);

  // A link from a node to itself: drag from one of its handles to its other one.
  const handles = page.getByTestId('node-Ground station 1').locator('..').locator('.react-flow__handle');
  await handles.first().dragTo(handles.last());
  await expect(status).toHaveText(/to itself/);

  await page.keyboard.press('Shift+T');
  await page.keyboard.press('Shift+T');
  await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
  await page.getByRole('button', { name: 'Switch between light and dark theme' }).click();
  const zoomIn = page.locator('.react-flow__controls-zoomin');
  const [fg, bg] = await zoomIn.evaluate((el) => [getComputedStyle(el.querySelector('svg')!).fill, getComputedStyle(el).backgroundColor]);
  expect(fg).not.toEqual(bg);
  await page.getByTestId('canvas').screenshot({ path: 'e2e/screenshots/canvas-theme-toggled.png' });
});

test('a run played to its end reports the same accumulated key as the command line for the same design, whatever the speed', async ({ page }) => {
  const example = EXAMPLES.find((e) => e.id === 'bb84-distance-limit')!;
  const parsed = parseScenario(example.scenario);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  const cli = simulationReport(parsed.scenario).requests.map((r) => r.secretKeyBits);
  await page.goto('/');
  await openExample(page, example.title);
  await page.getByLabel('Speed').selectOption('1000');
  await expect(page.getByTestId('run-status')).toHaveText('finished', SLOW);
  // Charts below the fold draw (and so mark their last value) once scrolled into view.
  const chart = page.getByTestId('chart-secretKeyBits');
  await chart.scrollIntoViewIfNeeded();
  expect(cli[0]).toBeGreaterThan(0);
  await expect.poll(async () => Math.abs(Number(await chart.getAttribute('data-last-value')) - cli[0]!) / cli[0]!, SLOW).toBeLessThan(1e-9);
});
