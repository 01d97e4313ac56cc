import { describe, expect, it } from 'vitest';
import { fitMiniMap, toFlow, toMiniMap, unionRect, visibleFlowRect } from './minimap-geometry';

describe('mini map geometry', () => {
  it('bounds all rectangles, and none is no bounds', () => {
    expect(unionRect([])).toBeNull();
    expect(unionRect([{ x: 0, y: 10, width: 5, height: 5 }, { x: -20, y: 0, width: 10, height: 2 }])).toEqual({ x: -20, y: 0, width: 25, height: 15 });
  });

  it('fits wide bounds to the map width, centred vertically, with the padding asked for', () => {
    const fit = fitMiniMap({ x: 100, y: 0, width: 1000, height: 100 }, 200, 150, 0);
    expect(fit.scale).toBeCloseTo(0.2, 12);
    // Left edge at 0, right edge at 200; the 20 px tall strip sits in the middle of 150 px.
    expect(toMiniMap(fit, 100, 0).x).toBeCloseTo(0, 9);
    expect(toMiniMap(fit, 1100, 0).x).toBeCloseTo(200, 9);
    expect(toMiniMap(fit, 100, 0).y).toBeCloseTo(65, 9);
    expect(toMiniMap(fit, 100, 100).y).toBeCloseTo(85, 9);
    const padded = fitMiniMap({ x: 0, y: 0, width: 1000, height: 100 }, 200, 150, 0.05);
    expect(toMiniMap(padded, 0, 0).x).toBeCloseTo(200 * (50 / 1100), 9);
  });

  it('maps a mini-map point back to the flow point drawn there', () => {
    const fit = fitMiniMap({ x: -300, y: 40, width: 600, height: 900 }, 200, 150);
    for (const [x, y] of [[-300, 40], [0, 0], [250, 900]] as const) {
      const m = toMiniMap(fit, x, y);
      const back = toFlow(fit, m.x, m.y);
      expect(back.x).toBeCloseTo(x, 9);
      expect(back.y).toBeCloseTo(y, 9);
    }
  });

  it('finds the visible flow rectangle from the viewport transform', () => {
    // Panned by (100, 50) at zoom 2 on an 800 × 600 pane: flow (−50, −25) is at the top-left corner.
    expect(visibleFlowRect([100, 50, 2], 800, 600)).toEqual({ x: -50, y: -25, width: 400, height: 300 });
  });
});
