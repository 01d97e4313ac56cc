import { expect, test } from '@playwright/test';
import { generateNetworkInput } from '../bench/generate-scenario';
import { parseScenario } from '../src/scenario/validate';
import { encodeScenario } from '../src/share/url-codec';
import { clearOfTiles, lonelyNodes, tileCentre, tileCentres, tileCount } from './canvas-tiles';

// A network big enough for the level of detail (300 nodes, 30 requests), loaded the way a reload finds it: from autosave.
const network = generateNetworkInput({ nodes: 300, seed: 7, durationSeconds: 3_600 });

test.beforeEach(async ({ page }) => {
  await page.addInitScript((text) => window.localStorage.setItem('qnet-designer.scenario', text), JSON.stringify(network));
  await page.goto('/');
  // Zoomed out, every node is a tile of one layer, not an element of its own.
  await expect.poll(() => tileCount(page)).toBe(300);
});

// Nodes whose tiles no other tile touches, so a press on one picks it and nothing else.
const lonely = lonelyNodes(network.nodes!);
const nodeAt = (index: number) => lonely[index % lonely.length]!;

test('zoomed out on a big network, nodes are plain tiles and links carry no labels; zooming in brings the detail back', async ({ page }) => {
  const canvas = page.getByTestId('canvas');
  await expect(canvas).toHaveAttribute('data-detail', 'low');
  // Nodes and links are each one layer of a few paths (one per look), not one element each.
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  expect(await page.getByTestId('node-layer').locator('path').count()).toBeLessThan(10);
  await expect(page.locator('.link-label')).toHaveCount(0);
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
  await expect(page.getByTestId('node-layer')).toHaveCount(0);
  await expect(page.locator('.station--compact')).toHaveCount(0);
  await expect(page.locator('.link-label').first()).toBeVisible();
  await expect(page.locator('.station__label').first()).toBeVisible();
  await expect(page.locator('.react-flow__handle').first()).toBeVisible();
  await expect(page.getByTestId('link-layer')).toHaveCount(0);
  await expect(page.locator('.react-flow__edge').first()).toBeAttached();
  await page.screenshot({ path: 'e2e/screenshots/large-network-full-detail.png' });
});

test('zoomed out, a click on a tile selects its node, Shift+click adds another, and hovering names it', async ({ page }) => {
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-detail', 'low');
  const first = nodeAt(7);
  const second = nodeAt(2);
  const at = await tileCentre(page, first.position!);
  await page.mouse.move(at.x, at.y);
  await expect(page.getByTestId('canvas')).toHaveAttribute('title', new RegExp(`${first.label ?? first.id}$`));
  await page.mouse.click(at.x, at.y);
  await expect(page.getByRole('form', { name: new RegExp(first.label ?? first.id) })).toBeVisible();
  // The selected node is drawn by React Flow, ringed, over the layer; the layer draws the others.
  await expect(page.locator(`.react-flow__node[data-id="${first.id}"] .station--selected`)).toBeVisible();
  await expect.poll(() => tileCount(page)).toBe(299);
  const other = await tileCentre(page, second.position!);
  await page.keyboard.down('Shift');
  await page.mouse.click(other.x, other.y);
  await page.keyboard.up('Shift');
  await expect(page.locator('.react-flow__node .station--selected')).toHaveCount(2);
  await expect.poll(() => tileCount(page)).toBe(298);
});

test('a node dragged while zoomed out stays where it is dropped, and one undo puts it back', async ({ page }) => {
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-detail', 'low');
  const target = nodeAt(5);
  const from = await tileCentre(page, target.position!);
  const linkLayerPaths = () => page.getByTestId('link-layer').locator('path').evaluateAll((paths) => paths.map((p) => p.getAttribute('d')).join(''));
  const linksBefore = await linkLayerPaths();
  const viewportBefore = await page.locator('.react-flow__viewport').getAttribute('style');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 70, from.y + 50, { steps: 10 });
  await page.mouse.up();
  // The node moved, not the view: the press on its tile was the node's, and the pane did not pan.
  const node = page.locator(`.react-flow__node[data-id="${target.id}"]`);
  await expect.poll(async () => Math.round((await node.boundingBox())!.x + (await node.boundingBox())!.width / 2 - from.x)).toBeGreaterThan(60);
  expect(await page.locator('.react-flow__viewport').getAttribute('style')).toBe(viewportBefore);
  // Its links moved with it: the layer's paths changed.
  expect(await linkLayerPaths()).not.toEqual(linksBefore);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => Math.abs((await node.boundingBox())!.x + (await node.boundingBox())!.width / 2 - from.x)).toBeLessThan(1);
  await expect.poll(linkLayerPaths).toEqual(linksBefore);
});

test('zoomed out, a click on a link picks it (links are one layer there, not elements)', async ({ page }) => {
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-detail', 'low');
  const centres = await tileCentres(page, network.nodes!.map((n) => n.position!));
  const centreOf = new Map(network.nodes!.map((n, i) => [n.id, centres[i]!]));
  // A long link whose middle is open canvas: no tile within 4 px of it.
  const target = network.links!
    .map((l) => {
      const a = centreOf.get(l.source)!;
      const b = centreOf.get(l.target)!;
      return { id: l.id, x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, length: Math.hypot(a.x - b.x, a.y - b.y) };
    })
    .find((m) => m.length > 40 && clearOfTiles(m, centres, 4));
  expect(target).toBeDefined();
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
      const seen = { detailAtFirstNode: '', sideBeforeCanvas: false, linksEverDrawnAsEdges: false, nodeElements: 0 };
      (window as unknown as { __seen: typeof seen }).__seen = seen;
      new MutationObserver(() => {
        const canvas = document.querySelector('[data-testid=canvas]');
        if (!seen.detailAtFirstNode && document.querySelector('[data-testid=node-layer] path, .react-flow__node')) seen.detailAtFirstNode = canvas?.getAttribute('data-detail') ?? '?';
        if (!canvas && document.querySelector('.app__optimise-toggle')) seen.sideBeforeCanvas = true;
        if (document.querySelector('.react-flow__edge')) seen.linksEverDrawnAsEdges = true;
        seen.nodeElements = Math.max(seen.nodeElements, document.querySelectorAll('.react-flow__node').length);
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    await fresh.goto(link);
    await expect.poll(() => tileCount(fresh), { timeout: 60_000 }).toBe(2000);
    await expect(fresh.getByRole('button', { name: /Optimise relays/ })).toBeVisible();
    await expect(fresh.getByTestId('scenario-name')).toHaveText(parsed.scenario.name);
    const seen = await fresh.evaluate(() => (window as unknown as { __seen: Record<string, unknown> }).__seen);
    // Tiles from the first frame: not one node element was made only to be thrown away.
    expect(seen).toEqual({ detailAtFirstNode: 'low', sideBeforeCanvas: false, linksEverDrawnAsEdges: false, nodeElements: 0 });
    // Fitted: every node's tile lies inside the canvas.
    const box = (await fresh.getByTestId('canvas').boundingBox())!;
    await expect
      .poll(async () => (await tileCentres(fresh, parsed.scenario.nodes.map((n) => n.position))).every((c) => c.x >= box.x && c.x <= box.x + box.width && c.y >= box.y && c.y <= box.y + box.height))
      .toBe(true);
    await fresh.screenshot({ path: 'e2e/screenshots/large-network-share-link.png' });
    await fresh.close();
  });
});

test('while the view pans the canvas is one moving layer, and after the pan it is drawn afresh', async ({ page }) => {
  const canvas = page.getByTestId('canvas');
  const viewport = page.locator('.react-flow__viewport');
  const box = (await canvas.boundingBox())!;
  // The left edge, away from every tile and link (the design is fitted with padding).
  const at = { x: box.x + 5, y: box.y + box.height / 2 };
  const before = await viewport.getAttribute('style');
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  await page.mouse.move(at.x + 40, at.y + 20, { steps: 4 });
  await expect(canvas).toHaveClass(/canvas--moving/);
  expect(await viewport.evaluate((el) => getComputedStyle(el).willChange)).toBe('transform');
  await page.mouse.up();
  await expect(canvas).not.toHaveClass(/canvas--moving/);
  expect(await viewport.evaluate((el) => getComputedStyle(el).willChange)).toBe('auto');
  expect(await viewport.getAttribute('style')).not.toEqual(before);
});
