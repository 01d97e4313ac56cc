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

/** Reports whether `element` intersects the viewport now and whenever that changes; returns the disconnect. */
export function observeOnScreen(element: Element, onChange: (visible: boolean) => void): () => void {
  // No observer (a very old browser): behave as if always visible rather than never drawing.
  if (typeof IntersectionObserver === 'undefined') {
    onChange(true);
    return () => {};
  }
  const observer = new IntersectionObserver((entries) => {
    const last = entries[entries.length - 1];
    if (last) onChange(last.isIntersecting);
  });
  observer.observe(element);
  return () => observer.disconnect();
}
