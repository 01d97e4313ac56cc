/**
 * Redraws a chart only while it is on screen: a redraw asked for off screen is remembered and done when the chart
 * comes back. Five of the seven live charts start below the fold, and each redraw costs axes and paths.
 */
export class VisibleRedraw {
  private visible = false;
  private stale = false;

  constructor(private readonly draw: () => void) {}

  get onScreen(): boolean {
    return this.visible;
  }

  request(): void {
    if (this.visible) this.draw();
    else this.stale = true;
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    if (visible && this.stale) {
      this.stale = false;
      this.draw();
    }
  }
}

/** Whether a box (viewport coordinates) overlaps a viewport of `width` × `height`. */
export function boxOnScreen(box: { top: number; bottom: number; left: number; right: number }, width: number, height: number): boolean {
  return box.bottom > 0 && box.top < height && box.right > 0 && box.left < width;
}

/** Elements laid out for the first time since they were observed, and whom to tell where they landed. */
const awaitingFirstLayout = new Map<Element, (visible: boolean) => void>();
let firstLayoutObserver: ResizeObserver | null = null;

/**
 * Tell `report` whether `element` is on screen as soon as it is first laid out. A ResizeObserver answers within the
 * frame that laid the page out, while an IntersectionObserver's first answer waits behind every task queued meanwhile
 * (30–90 ms on the loading page, measured). All positions are read before anyone is told, so one chart drawing cannot
 * force the next one's read to lay the page out again.
 */
function onFirstLayout(element: Element, report: (visible: boolean) => void): () => void {
  if (typeof ResizeObserver === 'undefined') return () => {};
  firstLayoutObserver ??= new ResizeObserver((entries) => {
    const answers = entries.map((entry) => {
      const reportTo = awaitingFirstLayout.get(entry.target);
      awaitingFirstLayout.delete(entry.target);
      firstLayoutObserver!.unobserve(entry.target);
      return [reportTo, boxOnScreen(entry.target.getBoundingClientRect(), window.innerWidth, window.innerHeight)] as const;
    });
    for (const [reportTo, visible] of answers) reportTo?.(visible);
  });
  awaitingFirstLayout.set(element, report);
  firstLayoutObserver.observe(element);
  return () => {
    awaitingFirstLayout.delete(element);
    firstLayoutObserver?.unobserve(element);
  };
}

/**
 * Reports whether `element` intersects the viewport once it is first laid out and whenever that changes; returns the
 * disconnect. The first answer comes from its first layout (onFirstLayout), every later one from an
 * IntersectionObserver, which also corrects the first should a scrolled ancestor hide the element.
 */
export function observeOnScreen(element: Element, onChange: (visible: boolean) => void): () => void {
  // No observer (a very old browser): behave as if always visible rather than never drawing.
  if (typeof IntersectionObserver === 'undefined') {
    onChange(true);
    return () => {};
  }
  let observed = false;
  const stopFirst = onFirstLayout(element, (visible) => observed || onChange(visible));
  const observer = new IntersectionObserver((entries) => {
    const last = entries[entries.length - 1];
    if (!last) return;
    observed = true;
    onChange(last.isIntersecting);
  });
  observer.observe(element);
  return () => {
    stopFirst();
    observer.disconnect();
  };
}
