/**
 * Below this zoom a station's text is under 5 px on screen: unreadable, yet each label, badge and icon costs
 * style, layout and paint on every frame of a pan or drag.
 */
export const LOW_DETAIL_ZOOM = 0.4;
/** Small networks keep their labels at any zoom: few enough to read on a map of continents, and cheap to draw. */
export const LOW_DETAIL_MIN_NODES = 100;
/** From this many nodes React Flow draws only what is on screen, so zooming in on a big network is as light as a small one. */
export const VISIBLE_ONLY_MIN_NODES = 500;

/** Whether the canvas draws nodes as plain shapes and links without labels (level of detail). */
export function isLowDetail(zoom: number, nodeCount: number): boolean {
  return nodeCount >= LOW_DETAIL_MIN_NODES && zoom < LOW_DETAIL_ZOOM;
}
