import { describe, expect, it } from 'vitest';
import { zoomStep } from './TouchZoomStep';

describe('zoomStep', () => {
  it('rounds the zoom down to a power of 1.25, so a touch area sized by it is never smaller than asked on screen', () => {
    expect(zoomStep(1)).toBe(1);
    expect(zoomStep(1.25)).toBeCloseTo(1.25, 12);
    expect(zoomStep(0.48)).toBeCloseTo(0.4096, 12);
    for (let zoom = 0.1; zoom <= 4; zoom *= 1.07) {
      const step = zoomStep(zoom);
      expect(step).toBeLessThanOrEqual(zoom * (1 + 1e-9));
      expect(step * 1.25).toBeGreaterThan(zoom);
    }
  });
});
