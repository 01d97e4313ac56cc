/** Streamed samples redraw a chart at most this often: every frame was the largest script cost while dragging. */
export const STREAM_REDRAW_INTERVAL_MS = 100;
/** While the canvas is panned, zoomed or dragged, the charts leave it the frames: twice a second still shows the run going on. */
export const GESTURE_REDRAW_INTERVAL_MS = 500;

/** How long streamed samples wait before a chart redraws them. */
export function streamRedrawIntervalMs(canvasGesture: boolean): number {
  return canvasGesture ? GESTURE_REDRAW_INTERVAL_MS : STREAM_REDRAW_INTERVAL_MS;
}
