import { useStore, type Node } from '@xyflow/react';
import { useEffect, useMemo } from 'react';
import { useDocument } from '../../editor/editor-context';
import type { StationData } from '../flow-elements';
import { estimateLabelWidthPx, LABEL_HEIGHT_PX, labelPriority, thinLabels } from './label-thinning';
import { useMapView } from './map-view-store';

/** Room for a satellite's on-board key beside its name ("· on board 12.3 kbit"). */
const ON_BOARD_WIDTH_PX = 110;

/**
 * Keeps the flat map readable: publishes the zoom to CSS (markers scale by its inverse) and, as the zoom changes,
 * which markers' labels fit without overlapping a more important one. Mount inside <ReactFlow> while the map is on.
 */
export function MapLabels({ nodes }: { nodes: readonly Node<StationData>[] }) {
  const zoom = useStore((s) => s.transform[2]);
  const requests = useDocument((s) => s.scenario.requests);
  const ends = useMemo(() => new Set(requests.flatMap((r) => [r.source, r.target])), [requests]);
  const setShownLabels = useMapView((s) => s.setShownLabels);
  useEffect(() => {
    const candidates = nodes
      .filter((n) => !n.hidden)
      .map((n) => ({
        id: n.id,
        x: n.position.x * zoom,
        y: n.position.y * zoom,
        width: estimateLabelWidthPx(n.data.label) + (n.data.kind === 'satellite' ? ON_BOARD_WIDTH_PX : 0),
        height: LABEL_HEIGHT_PX,
        priority: labelPriority(n.data.kind, !!n.selected, ends.has(n.id)),
      }));
    const next = thinLabels(candidates);
    const current = useMapView.getState().shownLabels;
    // Only a change of which labels fit re-renders markers.
    if (next.size !== current.size || [...next].some((id) => !current.has(id))) setShownLabels(next);
  }, [nodes, zoom, ends, setShownLabels]);
  return <style>{`.canvas--map { --map-zoom: ${zoom}; }`}</style>;
}
