import { describe, expect, it } from 'vitest';
import { chartFrame } from './chart-frame';

describe('chartFrame', () => {
  it('keeps the drawn margins at the base text size and below it', () => {
    expect(chartFrame(180, 11)).toEqual({ height: 180, margin: { top: 10, right: 14, bottom: 30, left: 56 } });
    expect(chartFrame(180, 9).height).toBe(180);
  });

  it('widens the margins and grows the chart with larger text', () => {
    const big = chartFrame(180, 22);
    expect(big.margin).toEqual({ top: 20, right: 28, bottom: 60, left: 112 });
    expect(big.height).toBe(180 + 30 + 10);
  });
});
