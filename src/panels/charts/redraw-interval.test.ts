import { afterEach, describe, expect, it } from 'vitest';
import { useSession } from '../../store/session-store';
import { GESTURE_REDRAW_INTERVAL_MS, STREAM_REDRAW_INTERVAL_MS, streamRedrawIntervalMs } from './redraw-interval';

describe('stream redraw interval', () => {
  afterEach(() => useSession.getState().setCanvasGesture(false));

  it('slows chart redraws while a canvas gesture is in progress, and restores them after', () => {
    expect(streamRedrawIntervalMs(useSession.getState().canvasGesture)).toBe(STREAM_REDRAW_INTERVAL_MS);
    useSession.getState().setCanvasGesture(true);
    expect(streamRedrawIntervalMs(useSession.getState().canvasGesture)).toBe(GESTURE_REDRAW_INTERVAL_MS);
    expect(GESTURE_REDRAW_INTERVAL_MS).toBeGreaterThan(STREAM_REDRAW_INTERVAL_MS);
    useSession.getState().setCanvasGesture(false);
    expect(streamRedrawIntervalMs(useSession.getState().canvasGesture)).toBe(STREAM_REDRAW_INTERVAL_MS);
  });
});
