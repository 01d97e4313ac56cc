import { selectCreated } from '../../commands/selection';
import type { Editor } from '../../editor/editor';
import type { NodeKind } from '../../scenario/schema';
import { addNode } from '../../store/scenario-edits';
import { setNodeLocation } from './map-edits';
import type { GeoLocation } from './map-projection';
import { useMapView } from '../../store/map-view-store';

/** A click on the map while a node waits for a place: give it that location (one undo step). False when none waits. */
export function placeWaitingNode(app: Editor, location: GeoLocation | null): boolean {
  const { placingId, setPlacing } = useMapView.getState();
  if (!placingId || !location) return false;
  if (app.edit((s) => setNodeLocation(s, placingId, location))) setPlacing(null);
  return true;
}

/** A new node at a place on the map (dropped from the palette, or a place found by name), named after it when given a name. */
export function addNodeAtPlace(app: Editor, kind: NodeKind, location: GeoLocation, canvasPoint: { x: number; y: number }, name?: string): string | null {
  let id: string | null = null;
  app.edit((s) => {
    const added = addNode(s, kind, canvasPoint, location);
    id = added.id;
    const placed = setNodeLocation(added.scenario, added.id, location);
    return name ? { ...placed, nodes: placed.nodes.map((n) => (n.id === added.id ? { ...n, label: name.slice(0, 80) } : n)) } : placed;
  }, 'record', 'build');
  if (id !== null) selectCreated(app, [id]);
  return id;
}
