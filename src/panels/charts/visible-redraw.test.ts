import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { boxOnScreen, observeOnScreen, VisibleRedraw } from './visible-redraw';

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

describe('boxOnScreen', () => {
  it('is true for a box overlapping the viewport and false for one wholly below, above or beside it', () => {
    expect(boxOnScreen({ top: 700, bottom: 900, left: 0, right: 300 }, 1280, 800)).toBe(true);
    expect(boxOnScreen({ top: 800, bottom: 1000, left: 0, right: 300 }, 1280, 800)).toBe(false);
    expect(boxOnScreen({ top: -200, bottom: 0, left: 0, right: 300 }, 1280, 800)).toBe(false);
    expect(boxOnScreen({ top: 10, bottom: 100, left: 1280, right: 1500 }, 1280, 800)).toBe(false);
  });
});

/** Stand-ins for the browser's observers: each test fires them by hand, in the order a page would. */
class FakeObserver {
  static resize: FakeObserver[] = [];
  static intersection: FakeObserver[] = [];
  readonly targets = new Set<Element>();
  constructor(readonly callback: (entries: { target: Element; isIntersecting?: boolean }[]) => void) {}
  observe(element: Element) {
    this.targets.add(element);
  }
  unobserve(element: Element) {
    this.targets.delete(element);
  }
  disconnect() {
    this.targets.clear();
  }
}

describe('observeOnScreen', () => {
  const log: string[] = [];
  const element = (name: string, top: number) =>
    ({ getBoundingClientRect: () => (log.push(`read ${name}`), { top, bottom: top + 200, left: 900, right: 1260 }) }) as unknown as Element;
  const layOut = () => {
    for (const o of FakeObserver.resize) if (o.targets.size > 0) o.callback([...o.targets].map((target) => ({ target })));
  };
  const intersect = (target: Element, isIntersecting: boolean) => {
    for (const o of FakeObserver.intersection) if (o.targets.has(target)) o.callback([{ target, isIntersecting }]);
  };

  beforeAll(() => {
    vi.stubGlobal('window', { innerWidth: 1280, innerHeight: 800 });
    vi.stubGlobal('ResizeObserver', class extends FakeObserver { constructor(cb: FakeObserver['callback']) { super(cb); FakeObserver.resize.push(this); } });
    vi.stubGlobal('IntersectionObserver', class extends FakeObserver { constructor(cb: FakeObserver['callback']) { super(cb); FakeObserver.intersection.push(this); } });
  });
  afterAll(() => vi.unstubAllGlobals());

  it('answers at the first layout, reading every position before telling anyone', () => {
    log.length = 0;
    const above = element('above', 400);
    const below = element('below', 1100);
    const stops = [observeOnScreen(above, (v) => log.push(`above ${v}`)), observeOnScreen(below, (v) => log.push(`below ${v}`))];
    layOut();
    expect(log).toEqual(['read above', 'read below', 'above true', 'below false']);
    layOut();
    expect(log).toHaveLength(4);
    stops.forEach((stop) => stop());
  });

  it('takes every later answer from the intersection observer, and ignores a first layout that comes after it', () => {
    log.length = 0;
    const chart = element('chart', 400);
    const stop = observeOnScreen(chart, (v) => log.push(`chart ${v}`));
    intersect(chart, false);
    layOut();
    intersect(chart, true);
    const answers = () => log.filter((line) => !line.startsWith('read'));
    expect(answers()).toEqual(['chart false', 'chart true']);
    stop();
    intersect(chart, false);
    expect(answers()).toEqual(['chart false', 'chart true']);
  });
});
