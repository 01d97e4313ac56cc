import { expect, test } from '@playwright/test';
import { generateNetworkInput } from '../bench/generate-scenario';
import { parseScenario } from '../src/scenario/validate';
import { encodeScenario } from '../src/share/url-codec';

// A network big enough for the level of detail (300 nodes, 30 requests), loaded the way a reload finds it: from autosave.
const network = generateNetworkInput({ nodes: 300, seed: 7, durationSeconds: 3_600 });

test.beforeEach(async ({ page }) => {
  await page.addInitScript((text) => window.localStorage.setItem('qnet-designer.scenario', text), JSON.stringify(network));
  await page.goto('/');
  await expect(page.locator('.react-flow__node')).toHaveCount(300);
});

test('zoomed out on a big network, nodes are plain tiles and links carry no labels; zooming in brings the detail back', async ({ page }) => {
  const canvas = page.getByTestId('canvas');
  await expect(canvas).toHaveAttribute('data-detail', 'low');
  await expect(page.locator('.station--compact')).toHaveCount(300);
  await expect(page.locator('.link-label')).toHaveCount(0);
  // Handles too small to grab are hidden; the links are one layer of a few paths (one per look), not one element each.
  await expect(page.locator('.react-flow__handle').first()).toBeHidden();
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);
  const layerPaths = page.getByTestId('link-layer').locator('path');
  await expect.poll(async () => (await layerPaths.evaluateAll((paths) => paths.map((p) => Number(p.getAttribute('data-links'))))).reduce((a, b) => a + b, 0)).toBe(network.links!.length);
  expect(await layerPaths.count()).toBeLessThan(20);
  await expect(layerPaths.first()).toHaveAttribute('d', /^M-?\d/);
  // The run goes on underneath: samples keep arriving (30 requests push the charts below the fold, where they wait).
  await page.getByTestId('chart-keyRateBitsPerSecond').scrollIntoViewIfNeeded();
  await expect.poll(async () => Number(await page.getByTestId('chart-keyRateBitsPerSecond').getAttribute('data-samples'))).toBeGreaterThan(0);
  await page.screenshot({ path: 'e2e/screenshots/large-network-low-detail.png' });

  const zoomIn = page.getByRole('button', { name: 'Zoom In' });
  for (let i = 0; i < 6 && (await canvas.getAttribute('data-detail')) === 'low'; i++) await zoomIn.click();
  await expect(canvas).toHaveAttribute('data-detail', 'full');
  await expect(page.locator('.station--compact')).toHaveCount(0);
  await expect(page.locator('.link-label').first()).toBeVisible();
  await expect(page.locator('.station__label').first()).toBeVisible();
  await expect(page.locator('.react-flow__handle').first()).toBeVisible();
  await expect(page.getByTestId('link-layer')).toHaveCount(0);
  await expect(page.locator('.react-flow__edge').first()).toBeAttached();
  await page.screenshot({ path: 'e2e/screenshots/large-network-full-detail.png' });
});

test('a node dragged while zoomed out stays where it is dropped, and one undo puts it back', async ({ page }) => {
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-detail', 'low');
  const node = page.locator('.station--compact').nth(150);
  const before = (await node.boundingBox())!;
  const from = { x: before.x + before.width / 2, y: before.y + before.height / 2 };
  const linkLayerPaths = () => page.getByTestId('link-layer').locator('path').evaluateAll((paths) => paths.map((p) => p.getAttribute('d')).join(''));
  const linksBefore = await linkLayerPaths();
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 70, from.y + 50, { steps: 10 });
  await page.mouse.up();
  await expect.poll(async () => Math.round((await node.boundingBox())!.x - before.x)).toBeGreaterThan(40);
  // Its links moved with it: the layer's paths changed.
  expect(await linkLayerPaths()).not.toEqual(linksBefore);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => Math.round((await node.boundingBox())!.x)).toBe(Math.round(before.x));
});

test('zoomed out, a click on a link picks it (links are one layer there, not elements)', async ({ page }) => {
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-detail', 'low');
  // A link whose middle is open canvas, not under a tile.
  const target = await page.evaluate((links) => {
    for (const link of links) {
      const a = document.querySelector(`.react-flow__node[data-id="${link.source}"]`)?.getBoundingClientRect();
      const b = document.querySelector(`.react-flow__node[data-id="${link.target}"]`)?.getBoundingClientRect();
      if (!a || !b) continue;
      const x = (a.x + a.width / 2 + b.x + b.width / 2) / 2;
      const y = (a.y + a.height / 2 + b.y + b.height / 2) / 2;
      if (Math.hypot(a.x - b.x, a.y - b.y) > 60 && document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { id: link.id, x, y };
    }
    return null;
  }, network.links!.map((l) => ({ id: l.id, source: l.source, target: l.target })));
  expect(target).not.toBeNull();
  await page.mouse.click(target!.x, target!.y);
  await expect(page.getByRole('form', { name: `Link ${target!.id}` })).toBeVisible();
  // Open canvas away from every link clears the selection.
  await page.mouse.click(5 + (await page.getByTestId('canvas').boundingBox())!.x, 300);
  await expect(page.getByRole('form', { name: `Link ${target!.id}` })).toHaveCount(0);
});

test('the results list the first 50 links of a big network, and "Show all" lists every one', async ({ page }) => {
  const rows = page.getByTestId('link-table').locator('tbody tr');
  await expect(rows).toHaveCount(50);
  await expect(page.getByTestId('link-table').locator('caption')).toContainText(`first 50 of ${network.links!.length}`);
  await page.getByRole('button', { name: `Show all ${network.links!.length} links` }).click();
  await expect(rows).toHaveCount(network.links!.length);
});

test('the mini map draws every node, and clicking its corner moves the view there', async ({ page }) => {
  const minimap = page.getByTestId('minimap');
  await expect(minimap.locator('canvas')).toHaveAttribute('data-nodes', '300');
  const viewport = page.locator('.react-flow__viewport');
  const translate = async () => {
    const m = /translate\(([-\d.]+)px, ([-\d.]+)px\)/.exec((await viewport.getAttribute('style')) ?? '');
    return { x: Number(m?.[1]), y: Number(m?.[2]) };
  };
  const before = await translate();
  const box = (await minimap.boundingBox())!;
  // The map's top-left corner: the view moves up and left, so the network shifts right and down on screen.
  await page.mouse.click(box.x + 4, box.y + 4);
  await expect.poll(async () => (await translate()).x).toBeGreaterThan(before.x);
  expect((await translate()).y).toBeGreaterThan(before.y);
  await minimap.screenshot({ path: 'e2e/screenshots/minimap.png' });
});

test.describe('opening a 2,000-node design from a share link', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('draws the canvas first, zoomed out from its first frame, then every node and the side panel, fitted to the screen', async ({ page, browser }) => {
    const parsed = parseScenario(generateNetworkInput({ nodes: 2000, seed: 1, durationSeconds: 3_600 }));
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    const link = `/#s=${await encodeScenario(parsed.scenario)}`;
    // A fresh page (not the autosaved 300-node one of beforeEach), watched from its first script on.
    const fresh = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await fresh.addInitScript(() => {
      const seen = { detailAtFirstNode: '', sideBeforeCanvas: false, linksEverDrawnAsEdges: false };
      (window as unknown as { __seen: typeof seen }).__seen = seen;
      new MutationObserver(() => {
        const canvas = document.querySelector('[data-testid=canvas]');
        if (!seen.detailAtFirstNode && document.querySelector('.react-flow__node')) seen.detailAtFirstNode = canvas?.getAttribute('data-detail') ?? '?';
        if (!canvas && document.querySelector('.app__optimise-toggle')) seen.sideBeforeCanvas = true;
        if (document.querySelector('.react-flow__edge')) seen.linksEverDrawnAsEdges = true;
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    await fresh.goto(link);
    await expect(fresh.locator('.react-flow__node')).toHaveCount(2000, { timeout: 60_000 });
    await expect(fresh.getByRole('button', { name: /Optimise relays/ })).toBeVisible();
    await expect(fresh.getByTestId('scenario-name')).toHaveText(parsed.scenario.name);
    const seen = await fresh.evaluate(() => (window as unknown as { __seen: Record<string, unknown> }).__seen);
    expect(seen).toEqual({ detailAtFirstNode: 'low', sideBeforeCanvas: false, linksEverDrawnAsEdges: false });
    // Fitted once the last slice is in: every node's tile lies inside the canvas.
    await expect
      .poll(async () =>
        fresh.evaluate(() => {
          const box = document.querySelector('[data-testid=canvas]')!.getBoundingClientRect();
          return [...document.querySelectorAll('.react-flow__node')].every((n) => {
            const r = n.getBoundingClientRect();
            return r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
          });
        }),
      )
      .toBe(true);
    await fresh.screenshot({ path: 'e2e/screenshots/large-network-share-link.png' });
    await fresh.close();
  });
});
