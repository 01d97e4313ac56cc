import type { Page } from '@playwright/test';

/** Zoomed out, the canvas draws nodes as tiles of one layer: how many it draws now. */
export async function tileCount(page: Page): Promise<number> {
  return page.getByTestId('node-layer').locator('path').evaluateAll((paths) => paths.reduce((sum, p) => sum + Number(p.getAttribute('data-nodes')), 0));
}

/**
 * Where a point of the canvas (flow coordinates) is on the screen, from the viewport's transform. A tile is the
 * compact 96 × 64 box at a never-measured node's position, so its middle is position + (48, 32).
 */
export async function flowToScreen(page: Page, points: readonly { x: number; y: number }[]): Promise<{ x: number; y: number; zoom: number }[]> {
  return page.evaluate((ps) => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    const m = new DOMMatrixReadOnly(getComputedStyle(viewport).transform);
    const box = document.querySelector('.react-flow')!.getBoundingClientRect();
    return ps.map((p) => ({ x: box.left + m.e + p.x * m.a, y: box.top + m.f + p.y * m.d, zoom: m.a }));
  }, points);
}

/** The middles of tiles on screen, with the zoom, for nodes at these positions. */
export const tileCentres = (page: Page, positions: readonly { x: number; y: number }[]) => flowToScreen(page, positions.map((p) => ({ x: p.x + 48, y: p.y + 32 })));

export const tileCentre = async (page: Page, position: { x: number; y: number }) => (await tileCentres(page, [position]))[0]!;

/** Nodes whose tiles overlap no other tile (with a margin, flow units): a press on them can only pick them. */
export function lonelyNodes<N extends { id: string; position?: { x: number; y: number } }>(nodes: readonly N[], margin = 24): N[] {
  const overlaps = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.abs(a.x - b.x) < 96 + margin && Math.abs(a.y - b.y) < 64 + margin;
  return nodes.filter((n) => nodes.every((m) => m === n || !overlaps(n.position!, m.position!)));
}
