type CanvasModule = typeof import('../canvas/NetworkCanvas');

let loading: Promise<CanvasModule> | null = null;

/**
 * The page's one import of the canvas chunk. App asks for it once the panels are up; a page opening a design someone
 * drew (a shared link, an autosave) asks at once, since there the drawing, not the default's first sample, comes first.
 */
export function loadCanvasModule(): Promise<CanvasModule> {
  return (loading ??= import('../canvas/NetworkCanvas'));
}
