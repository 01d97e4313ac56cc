import { addNodeAt } from '../commands/create-commands';
import type { Editor } from '../editor/editor';
import type { NodeKind } from '../scenario/schema';
import type { Point } from '../store/scenario-edits';
import { addNodeAtPlace } from './map/map-placement';
import type { GeoLocation } from './map/map-projection';

/**
 * A node kind dropped from the palette: on the map it takes the place it was dropped on (and keeps its canvas spot in
 * the middle of the view), else it lands at `topLeft`. Adding is building, so the gate's `build` rule applies (a class
 * link that hid the palette refuses it). The new node's id, or null when refused.
 */
export function dropPaletteNode(app: Editor, kind: NodeKind, topLeft: Point, place: GeoLocation | null): string | null {
  if (!app.canEdit('build')) return null;
  return place ? addNodeAtPlace(app, kind, place, app.placementPoint() ?? topLeft) : addNodeAt(app, kind, topLeft);
}
