import { useStore, type Node } from '@xyflow/react';
import { useEffect, useMemo } from 'react';
import { useDocument } from '../../editor/editor-context';
import type { StationData } from '../flow-elements';
import { estimateLabelWidthPx, LABEL_HEIGHT_PX, labelPriority, thinLabels } from './label-thinning';
import { useMapView } from '../../store/map-view-store';

/** Room for a satellite's on-board key beside its name ("· on board 12.3 kbit"). */
const ON_BOARD_WIDTH_PX = 120;
/** The label's font and side padding (map-marker.css), so the measured box is the drawn one. */
const LABEL_FONT = '600 12px system-ui, sans-serif';
const LABEL_PADDING_PX = 8;

let measure: CanvasRenderingContext2D | null | undefined;
/** A label's drawn width: measured with the page's own font where a canvas is available, else estimated. */
function labelWidthPx(text: string): number {
  measure ??= document.createElement('canvas').getContext('2d');
  if (!measure) return estimateLabelWidthPx(text);
  measure.font = LABEL_FONT;
  return Math.ceil(measure.measureText(text).width) + LABEL_PADDING_PX + 2;
}

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
        width: labelWidthPx(n.data.label) + (n.data.kind === 'satellite' ? ON_BOARD_WIDTH_PX : 0),
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
