import type { Page } from '@playwright/test';
import { COMPACT_TILE } from '../src/canvas/node-rect';

const HALF = { x: COMPACT_TILE.width / 2, y: COMPACT_TILE.height / 2 };

/** Zoomed out, the canvas draws nodes as tiles of one layer: how many it draws now. */
export async function tileCount(page: Page): Promise<number> {
  return page.getByTestId('node-layer').locator('path').evaluateAll((paths) => paths.reduce((sum, p) => sum + Number(p.getAttribute('data-nodes')), 0));
}

/**
 * Where a point of the canvas (flow coordinates) is on the screen, from the viewport's transform. A tile is the
 * compact box at a never-measured node's position, so its middle is the position plus half the tile.
 */
export async function flowToScreen(page: Page, points: readonly { x: number; y: number }[]): Promise<{ x: number; y: number; zoom: number }[]> {
  // On a loaded machine the canvas can still be mounting when the clock already runs.
  await page.locator('.react-flow__viewport').first().waitFor();
  return page.evaluate((ps) => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    const m = new DOMMatrixReadOnly(getComputedStyle(viewport).transform);
    const box = document.querySelector('.react-flow')!.getBoundingClientRect();
    return ps.map((p) => ({ x: box.left + m.e + p.x * m.a, y: box.top + m.f + p.y * m.d, zoom: m.a }));
  }, points);
}

/** The middles of tiles on screen, with the zoom, for nodes at these positions. */
export const tileCentres = (page: Page, positions: readonly { x: number; y: number }[]) => flowToScreen(page, positions.map((p) => ({ x: p.x + HALF.x, y: p.y + HALF.y })));

/** Whether a screen point is more than `marginPx` from every tile (centres and zoom as `tileCentres` gives them). */
export const clearOfTiles = (point: { x: number; y: number }, centres: readonly { x: number; y: number; zoom: number }[], marginPx: number) =>
  centres.every((c) => Math.abs(c.x - point.x) > HALF.x * c.zoom + marginPx || Math.abs(c.y - point.y) > HALF.y * c.zoom + marginPx);

export const tileCentre = async (page: Page, position: { x: number; y: number }) => (await tileCentres(page, [position]))[0]!;

/** Nodes whose tiles overlap no other tile (with a margin, flow units): a press on them can only pick them. */
export function lonelyNodes<N extends { id: string; position?: { x: number; y: number } }>(nodes: readonly N[], margin = 24): N[] {
  const overlaps = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.abs(a.x - b.x) < COMPACT_TILE.width + margin && Math.abs(a.y - b.y) < COMPACT_TILE.height + margin;
  return nodes.filter((n) => nodes.every((m) => m === n || !overlaps(n.position!, m.position!)));
}

/** Waits until the canvas's viewport has stopped moving (a fit or zoom animates): its transform the same for `quietMs`. */
export async function settledViewport(page: Page, quietMs = 300): Promise<void> {
  await page.locator('.react-flow__viewport').first().waitFor();
  const transform = () => page.evaluate(() => getComputedStyle(document.querySelector('.react-flow__viewport')!).transform);
  let last = await transform();
  for (let i = 0; i < 50; i++) {
    await page.waitForTimeout(quietMs);
    const now = await transform();
    if (now === last) return;
    last = now;
  }
}
