import { describe, expect, it } from 'vitest';
import { VisibleRedraw } from './visible-redraw';

describe('VisibleRedraw', () => {
  it('draws nothing until the chart is reported on screen, then draws once for everything asked meanwhile', () => {
    let draws = 0;
    const gate = new VisibleRedraw(() => draws++);
    gate.request();
    gate.request();
    expect(draws).toBe(0);
    gate.setVisible(true);
    expect(draws).toBe(1);
    gate.setVisible(true);
    expect(draws).toBe(1);
  });

  it('draws at once while on screen and defers again once scrolled away', () => {
    let draws = 0;
    const gate = new VisibleRedraw(() => draws++);
    gate.setVisible(true);
    expect(draws).toBe(0);
    gate.request();
    expect(draws).toBe(1);
    gate.setVisible(false);
    gate.request();
    expect(draws).toBe(1);
    gate.setVisible(true);
    expect(draws).toBe(2);
  });
});
