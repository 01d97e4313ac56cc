import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { chinaEuropeMap } from '../src/scenario/examples/china-europe-map';

const SLOW = { timeout: 30_000 };
// A map of the whole continent redraws a lot on a shared, busy machine: give each test room.
test.setTimeout(180_000);

/** Opens the gallery's map example (from storage, so it plays at the default speed, not the gallery's 1000×) on the map. */
async function openMapExample(page: Page, playing = false) {
  await page.addInitScript((text) => localStorage.setItem('qnet-designer.scenario', text), JSON.stringify(chinaEuropeMap.scenario));
  await page.goto('/');
  await expect(page.getByTestId('node-Shanghai')).toBeVisible(SLOW);
  // Paused unless the test needs time to pass: a busy shared machine then has frames to spare.
  if (!playing) await page.keyboard.press('Space');
  await page.getByTestId('map-toggle').click();
  await expect(page.getByTestId('map-land')).toHaveAttribute('d', /^M/, SLOW);
}

/** Screen boxes of the labels shown on the flat map. */
async function shownLabelBoxes(page: Page) {
  return page.locator('.map-marker__label').evaluateAll((els) => els.map((el) => {
    const r = el.getBoundingClientRect();
    return { text: el.textContent ?? '', left: r.left, top: r.top, right: r.right, bottom: r.bottom, height: r.height };
  }));
}

function expectNoOverlap(boxes: { left: number; top: number; right: number; bottom: number; text: string }[]) {
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      const overlap = a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
      expect(overlap, `${a.text} overlaps ${b.text}`).toBe(false);
    }
  }
}

test('the continental example is readable on the map at every zoom: fixed-size markers, labels that never overlap', async ({ page }) => {
  await openMapExample(page);
  const zoomOut = page.getByRole('button', { name: 'Zoom Out' });
  const marker = page.getByTestId('node-Shanghai').locator('.map-marker__dot');
  const sizes: number[] = [];
  const check = async (name: string) => {
    await page.waitForTimeout(500);
    const boxes = await shownLabelBoxes(page);
    expect(boxes.length, `labels at zoom ${name}`).toBeGreaterThan(0);
    for (const b of boxes) expect(b.height).toBeGreaterThanOrEqual(16);
    expectNoOverlap(boxes);
    sizes.push((await marker.boundingBox())?.width ?? 0);
    await page.getByTestId('canvas').screenshot({ path: `e2e/screenshots/world-map-zoom-${name}.png` });
  };
  await check('fit');
  for (let i = 0; i < 2; i++) await zoomOut.click();
  await check('out');
  // Zoom in with the wheel over the middle of the backbone, as a user would.
  const beijing = (await page.getByTestId('node-Beijing').boundingBox())!;
  const shanghai = (await page.getByTestId('node-Shanghai').boundingBox())!;
  await page.mouse.move((beijing.x + shanghai.x) / 2, (beijing.y + shanghai.y) / 2);
  for (let i = 0; i < 6; i++) {
    await page.mouse.wheel(0, -250);
    await page.waitForTimeout(150);
  }
  await check('in');
  const moreLabels = (await shownLabelBoxes(page)).length;
  expect(moreLabels).toBeGreaterThan(5);
  // The marker is the same size on screen at every zoom.
  expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThan(1);
  // Zoomed in on the backbone, the big cities keep their names.
  await expect(page.getByTestId('map-label-shanghai')).toBeVisible();
});

/** The screen centre of a marker's dot. */
async function dotCentre(page: Page, name: string) {
  const box = (await page.getByTestId(`node-${name}`).locator('.map-marker__dot').boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Press on one marker's dot, move to another's in steps, and let go, as a mouse user would. */
async function mouseDrag(page: Page, from: string, to: string) {
  const a = await dotCentre(page, from);
  const b = await dotCentre(page, to);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) await page.mouse.move(a.x + ((b.x - a.x) * i) / 12, a.y + ((b.y - a.y) * i) / 12);
  await page.mouse.up();
}

test('dragging from one marker to another adds a fibre in one undo step, and is refused with the reason while presenting', async ({ page }) => {
  await openMapExample(page);
  const edges = page.locator('.react-flow__edge');
  const before = await edges.count();
  // Beijing and Shanghai are joined only through the backbone's 19 relays.
  await mouseDrag(page, 'Beijing', 'Shanghai');
  await expect(edges).toHaveCount(before + 1);
  await expect(page.getByTestId('status-message')).toContainText('Added link');
  // The new fibre takes the great-circle length (about 1,070 km) × the example's route factor 1.1, as on the canvas.
  await expect(page.getByRole('textbox', { name: 'Length' })).toHaveValue(/^11\d\d(\.\d)?$/);
  await page.getByTestId('canvas').screenshot({ path: 'e2e/screenshots/world-map-drag-connect.png' });
  await page.keyboard.press('Control+z');
  await expect(edges).toHaveCount(before);
  // A click on a marker still only selects it.
  const graz = await dotCentre(page, 'Graz');
  await page.mouse.click(graz.x, graz.y);
  await expect(page.getByTestId('node-Graz')).toHaveClass(/map-marker--selected/);
  await expect(edges).toHaveCount(before);
  // Presenting is read-only: the drag adds nothing and the page says why.
  await page.keyboard.press('p');
  // Presenting frames the design again: wait until the markers stop moving.
  let last = '';
  await expect.poll(async () => {
    const now = JSON.stringify(await dotCentre(page, 'Beijing'));
    const settled = now === last;
    last = now;
    return settled;
  }, SLOW).toBe(true);
  await mouseDrag(page, 'Beijing', 'Shanghai');
  await expect(page.getByTestId('status-message')).toContainText('Presentation mode is read-only');
  await expect(edges).toHaveCount(before);
});

test('a free-space link states its scintillation index in the inspector, with help, in one undo step', async ({ page }) => {
  await page.addInitScript((text) => localStorage.setItem('qnet-designer.scenario', text), JSON.stringify(chinaEuropeMap.scenario));
  await page.goto('/');
  await expect(page.getByTestId('node-Shanghai')).toBeVisible(SLOW);
  await page.keyboard.press('Space');
  await page.getByTestId('link-label-downlink-graz').click();
  const field = page.getByRole('textbox', { name: 'Scintillation index σ_I²' });
  await expect(field).toHaveValue('0');
  await page.getByRole('button', { name: 'Help: Scintillation index σ_I²' }).click();
  await expect(page.getByText(/averaged over log-normal fading with this index/)).toBeVisible();
  // Out of range is explained and never applied.
  await field.fill('5');
  await expect(page.getByText(/at most 3/)).toBeVisible();
  await field.fill('0.5');
  await field.press('Enter');
  await page.getByRole('form', { name: 'Link downlink-graz' }).screenshot({ path: 'e2e/screenshots/world-map-scintillation-field.png' });
  await page.keyboard.press('Control+z');
  await expect(field).toHaveValue('0');
});

test('the satellite moves along its ground track with its footprint, and its on-board key sits beside it', async ({ page }) => {
  await openMapExample(page, true);
  await expect(page.getByTestId('ground-track-micius')).toHaveAttribute('d', /^M/, SLOW);
  await expect(page.getByTestId('footprint-micius')).toHaveAttribute('d', /^M/, SLOW);
  const satellite = page.getByTestId('node-Satellite (500 km)');
  await expect(satellite).toBeVisible();
  // The design plays as it opens: the satellite crosses the map at a few hundred km per wall second.
  await expect(page.getByRole('button', { name: /Pause/ })).toBeVisible();
  const first = (await satellite.boundingBox())!;
  await expect.poll(async () => {
    const now = (await satellite.boundingBox())!;
    return Math.hypot(now.x - first.x, now.y - first.y);
  }, SLOW).toBeGreaterThan(5);
  await satellite.locator('.map-marker__dot').click({ force: true });
  await expect(page.getByTestId('on-board-micius')).toContainText(/on board/, SLOW);
});

test('a node without a location waits in the tray and is placed by a click on the map, or at a city found by name; a fibre much longer than its route is offered an update, in one undo step', async ({ page }) => {
  await openMapExample(page);
  await page.getByTestId('map-toggle').click();
  // Two new nodes drawn on the canvas have no location: on the map they wait in the tray.
  await page.keyboard.press('g');
  await page.keyboard.press('t');
  await page.getByTestId('map-toggle').click();
  const tray = page.getByTestId('map-tray');
  await expect(tray.getByRole('heading', { name: 'Not on the map (2)' })).toBeVisible();
  await expect(page.getByTestId('node-Ground station 1')).toBeHidden();
  await page.getByTestId('tray-ground-station-1').click();
  await expect(page.getByTestId('placing-hint')).toBeVisible();
  const pane = page.locator('.react-flow__pane');
  const box = (await pane.boundingBox())!;
  await pane.click({ position: { x: box.width * 0.3, y: box.height * 0.6 } });
  await expect(page.getByTestId('node-Ground station 1')).toBeVisible();
  await expect(tray.getByRole('heading', { name: 'Not on the map (1)' })).toBeVisible();
  // One undo step takes the place back.
  await page.keyboard.press('Control+z');
  await expect(tray.getByRole('heading', { name: 'Not on the map (2)' })).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  // The trusted node goes to Vienna, found by name and chosen by keyboard.
  await page.getByTestId('tray-trusted-node-1').click();
  const search = page.getByTestId('place-search');
  await search.fill('vienn');
  await expect(page.getByTestId('place-result').first()).toContainText('Vienna');
  await search.press('Enter');
  await expect(page.getByTestId('map-tray').getByRole('heading', { name: /Not on the map/ })).toHaveCount(0);
  // With nothing waiting, a city found by name gets a new ground station named after it.
  // Typed without the accent, found with it.
  await search.fill('zurich');
  await page.getByTestId('place-result').first().click();
  await expect(page.getByTestId('node-Zürich')).toBeVisible();
  await page.getByTestId('canvas').screenshot({ path: 'e2e/screenshots/world-map-placed.png' });

  // The placed nodes have no fibres: the example's 21 fibres are all there is to compare with their routes.
  await expect(page.getByTestId('fibre-mismatch')).toHaveCount(0);
  await page.getByTestId('route-factor').selectOption('1.5');
  await expect(page.getByTestId('fibre-mismatch')).toContainText('21 fibres differ');
  await page.getByTestId('fibre-update').click();
  await expect(page.getByTestId('fibre-mismatch')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('fibre-mismatch')).toContainText('21 fibres differ');
});

test('the globe turns by drag and by keys, shows the satellite, and exports as SVG and PNG; a drag from one marker to another adds a link, and Ctrl+Z takes it back', async ({ page }) => {
  await openMapExample(page);
  await page.getByTestId('map-globe').click();
  const globe = page.getByTestId('globe');
  await expect(globe.getByTestId('globe-land')).toHaveCount(1, SLOW);
  await expect(globe.getByTestId('globe-marker-shanghai')).toBeVisible();
  await expect(globe.locator('[data-track="micius"]')).toHaveAttribute('d', /^M/, SLOW);
  await globe.screenshot({ path: 'e2e/screenshots/world-globe-china.png' });
  const before = await globe.getAttribute('data-rotation');

  // Linking on the globe, before it is turned.
  const edges = page.locator('.react-flow__edge');
  const edgesBefore = await edges.count();
  const centre = async (id: string) => {
    const marker = (await globe.getByTestId(`globe-marker-${id}`).boundingBox())!;
    return { x: marker.x + marker.width / 2, y: marker.y + marker.height / 2 };
  };
  // Xinglong (the observatory north-east of Beijing) to Shanghai: not joined by any link.
  const a = await centre('xinglong');
  const b = await centre('shanghai');
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) await page.mouse.move(a.x + ((b.x - a.x) * i) / 12, a.y + ((b.y - a.y) * i) / 12);
  await expect(page.getByTestId('globe-connect-line')).toBeVisible();
  await page.mouse.up();
  await expect(edges).toHaveCount(edgesBefore + 1);
  await expect(page.getByTestId('globe-connect-line')).toHaveCount(0);
  // Drawing a link does not turn the globe.
  await expect(globe).toHaveAttribute('data-rotation', before!);
  await page.keyboard.press('Control+z');
  await expect(edges).toHaveCount(edgesBefore);

  const box = (await globe.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + box.width / 2 + i * 25, box.y + box.height / 2);
  await page.mouse.up();
  await expect(globe).not.toHaveAttribute('data-rotation', before!);
  // Turned west towards Europe: Graz comes into view.
  await globe.focus();
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowLeft');
  await expect(globe.getByTestId('globe-marker-graz')).toBeVisible();
  await globe.screenshot({ path: 'e2e/screenshots/world-globe-europe.png' });
  const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('map-export-svg').click()]);
  expect(svgDownload.suggestedFilename()).toMatch(/globe\.svg$/);
  const svg = readFileSync((await svgDownload.path())!, 'utf8');
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svg).toContain('Graz');
  const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('map-export-png').click()]);
  expect(pngDownload.suggestedFilename()).toMatch(/globe\.png$/);
  expect(readFileSync((await pngDownload.path())!).subarray(1, 4).toString()).toBe('PNG');
  // The flat map exports too, framed on the design.
  await page.getByTestId('map-flat').click();
  const [flat] = await Promise.all([page.waitForEvent('download'), page.getByTestId('map-export-svg').click()]);
  expect(flat.suggestedFilename()).toMatch(/map\.svg$/);
  expect(readFileSync((await flat.path())!, 'utf8')).toContain('Shanghai');
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, viewport: { width: 1180, height: 820 } });

  /**
   * A one-finger drag in `steps` moves, as a touch screen sends it (touch events, which the page receives as pointer
   * events). The finger rests before it lifts: a flick would start a fling, and Chromium swallows the click of the next
   * tap, which stops it.
   */
  async function fingerDrag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, steps = 10) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
    for (let i = 1; i <= steps; i++) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps }] });
    }
    await page.waitForTimeout(100);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  }

  test('a finger dragged from one marker to another adds a fibre, on the map and on the globe; a waiting node is placed by a tap on each, and the globe turns with a finger', async ({ page }) => {
    await openMapExample(page);
    const edges = page.locator('.react-flow__edge');
    const before = await edges.count();
    const a = await dotCentre(page, 'Beijing');
    const b = await dotCentre(page, 'Shanghai');
    await fingerDrag(page, a, b, 12);
    await expect(edges).toHaveCount(before + 1);
    await page.keyboard.press('Control+z');
    await expect(edges).toHaveCount(before);

    await page.getByTestId('map-toggle').tap();
    await page.keyboard.press('g');
    await page.keyboard.press('g');
    await page.getByTestId('map-toggle').tap();
    const tray = page.getByTestId('map-tray');
    await expect(tray.getByRole('heading', { name: 'Not on the map (2)' })).toBeVisible();
    // Flat map: tap the waiting node, then tap where it goes.
    await page.getByTestId('tray-ground-station-1').tap();
    await expect(page.getByTestId('placing-hint')).toBeVisible();
    const pane = page.locator('.react-flow__pane');
    const box = (await pane.boundingBox())!;
    await pane.tap({ position: { x: box.width * 0.3, y: box.height * 0.6 } });
    await expect(page.getByTestId('node-Ground station 1')).toBeVisible();
    await expect(tray.getByRole('heading', { name: 'Not on the map (1)' })).toBeVisible();

    await page.getByTestId('map-globe').tap();
    const globe = page.getByTestId('globe');
    await expect(globe.getByTestId('globe-land')).toHaveCount(1, SLOW);
    // On the globe a finger drawn from Xinglong to Shanghai links them too (the placed node has no links).
    const centre = async (id: string) => {
      const marker = (await globe.getByTestId(`globe-marker-${id}`).boundingBox())!;
      return { x: marker.x + marker.width / 2, y: marker.y + marker.height / 2 };
    };
    await fingerDrag(page, await centre('xinglong'), await centre('shanghai'), 12);
    await expect(edges).toHaveCount(before + 1);

    // Globe: a finger turns it; a tap on the disc places the other waiting node.
    const rotation = await globe.getAttribute('data-rotation');
    const disc = (await globe.boundingBox())!;
    const middle = { x: disc.x + disc.width / 2, y: disc.y + disc.height / 2 };
    await fingerDrag(page, middle, { x: middle.x + 200, y: middle.y });
    await expect(globe).not.toHaveAttribute('data-rotation', rotation!);
    await page.getByTestId('tray-ground-station-2').tap();
    await expect(page.getByTestId('placing-hint')).toBeVisible();
    await page.touchscreen.tap(middle.x, middle.y);
    await expect(page.getByTestId('map-tray').getByRole('heading', { name: /Not on the map/ })).toHaveCount(0);
    await expect(globe.getByTestId('globe-marker-ground-station-2')).toBeVisible();
    await globe.screenshot({ path: 'e2e/screenshots/world-globe-touch.png' });
  });
});
