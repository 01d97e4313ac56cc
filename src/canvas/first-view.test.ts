import { getViewportForBounds } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { generateNetworkInput } from '../../bench/generate-scenario';
import { firstViewport } from './first-view';
import { isLowDetail } from './level-of-detail';
import type { StationFlowNode } from './flow-elements';

const node = (id: string, x: number, y: number, measured?: { width: number; height: number }) =>
  ({ id, type: 'station', position: { x, y }, data: {}, ...(measured ? { measured } : {}) }) as unknown as StationFlowNode;

describe('first viewport', () => {
  it('is the view React Flow fits to the nodes’ boxes (unmeasured ones at a full station box)', () => {
    const nodes = [node('a', 0, 0), node('b', 1000, 400, { width: 40, height: 20 })];
    // Box: from (0, 0) to (1040, 420); the first node counts as 150 × 90 until measured.
    expect(firstViewport(nodes, { width: 800, height: 600 }, { min: 0.1, max: 2 }, 0.3)).toEqual(
      getViewportForBounds({ x: 0, y: 0, width: 1040, height: 420 }, 800, 600, 0.1, 2, 0.3),
    );
  });

  it('leaves an empty canvas at zoom 1 and keeps within the zoom limits', () => {
    expect(firstViewport([], { width: 800, height: 600 }, { min: 0.1, max: 2 }, 0.3)).toEqual({ x: 0, y: 0, zoom: 1 });
    expect(firstViewport([node('a', 0, 0)], { width: 800, height: 600 }, { min: 0.1, max: 2 }, 0.3).zoom).toBe(2);
    expect(firstViewport([node('a', 0, 0), node('b', 1e6, 0)], { width: 800, height: 600 }, { min: 0.1, max: 2 }, 0.3).zoom).toBe(0.1);
  });

  it('starts a 2,000-node design zoomed out, so its first frame is drawn at the low level of detail', () => {
    const input = generateNetworkInput({ nodes: 2000, seed: 1 });
    const nodes = input.nodes.map((n) => node(n.id, n.position.x, n.position.y));
    const view = firstViewport(nodes, { width: 1280, height: 800 }, { min: 0.1, max: 2 }, 0.3);
    expect(isLowDetail(view.zoom, nodes.length)).toBe(true);
  });
});
