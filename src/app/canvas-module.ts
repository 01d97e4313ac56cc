type CanvasModule = typeof import('../canvas/NetworkCanvas');

let loading: Promise<CanvasModule> | null = null;
let loaded: CanvasModule | null = null;

/**
 * The page's one import of the canvas chunk. App asks for it once the panels are up; a page opening a design someone
 * drew (a shared link, an autosave) asks at once, since there the drawing, not the default's first sample, comes first.
 */
export function loadCanvasModule(): Promise<CanvasModule> {
  return (loading ??= import('../canvas/NetworkCanvas').then((m) => (loaded = m)));
}

/** The canvas chunk if it has already arrived: then the page's first render draws the canvas, a frame sooner. */
export function loadedCanvasModule(): CanvasModule | null {
  return loaded;
}
