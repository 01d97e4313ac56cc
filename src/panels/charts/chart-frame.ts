/** Chart text size when the page sets none; the margins below were drawn for it. */
const BASE_FONT_PX = 11;

export interface ChartFrame {
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

/**
 * The plot's margins grow with its text (--chart-font in app.css, larger when presenting), so larger tick labels
 * still fit beside and below the axes; the chart grows by the extra bottom and top margin.
 */
export function chartFrame(baseHeight: number, fontPx: number): ChartFrame {
  const k = Math.max(1, fontPx / BASE_FONT_PX);
  const margin = { top: Math.round(10 * k), right: Math.round(14 * k), bottom: Math.round(30 * k), left: Math.round(56 * k) };
  return { height: baseHeight + (margin.bottom - 30) + (margin.top - 10), margin };
}

/** The chart's text size in px as styled; read where layout is already clean (a resize observer), not on every draw. */
export function chartFontPx(element: Element): number {
  const px = parseFloat(getComputedStyle(element).fontSize);
  return Number.isFinite(px) && px > 0 ? px : BASE_FONT_PX;
}

/**
 * Reports the plot's width and the chart's text size whenever either changes: the caption's box resizes with the text
 * (presentation mode), the plot's with the panel. Read inside the observer, where layout is already done.
 */
export function observeChartBox(plot: Element, caption: Element, svg: Element, onChange: (width: number, fontPx: number) => void): () => void {
  let width = 0;
  const observer = new ResizeObserver((entries) => {
    for (const entry of entries) if (entry.target === plot) width = Math.round(entry.contentRect.width) || 360;
    onChange(width || 360, chartFontPx(svg));
  });
  observer.observe(plot);
  observer.observe(caption);
  return () => observer.disconnect();
}
