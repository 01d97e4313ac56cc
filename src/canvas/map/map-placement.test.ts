import type { Node } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { placeOnMap } from './map-placement';
import { MAP_SCALE, projectLocation } from './map-projection';

describe('projectLocation', () => {
  it('puts (0°, 0°) at the flow origin, east to the right and north up, MAP_SCALE pixels per radian', () => {
    expect(projectLocation({ latDeg: 0, lonDeg: 0 })).toEqual({ x: 0, y: 0 });
    const vienna = projectLocation({ latDeg: 48.2, lonDeg: 16.37 });
    expect(vienna.x).toBeCloseTo((16.37 * Math.PI * MAP_SCALE) / 180, 6);
    expect(vienna.y).toBeCloseTo((-48.2 * Math.PI * MAP_SCALE) / 180, 6);
  });
});

describe('placeOnMap', () => {
  const node = (id: string, measured?: { width: number; height: number }): Node => ({ id, position: { x: 5, y: 7 }, data: {}, ...(measured ? { measured } : {}) });

  it('centres a located node on its projected point and pins it, leaving other nodes untouched', () => {
    const a = node('a', { width: 120, height: 60 });
    const b = node('b');
    const placed = placeOnMap([a, b], (id) => (id === 'a' ? { latDeg: 10, lonDeg: 20 } : undefined));
    const p = projectLocation({ latDeg: 10, lonDeg: 20 });
    expect(placed[0]!.position).toEqual({ x: p.x - 60, y: p.y - 30 });
    expect(placed[0]!.draggable).toBe(false);
    expect(placed[1]).toBe(b);
    expect(a.position).toEqual({ x: 5, y: 7 });
  });

  it('still places a node React Flow has not measured yet', () => {
    const [placed] = placeOnMap([node('a')], () => ({ latDeg: 0, lonDeg: 0 }));
    expect(placed!.position.x).toBeLessThan(0);
    expect(placed!.position.y).toBeLessThan(0);
  });
});
