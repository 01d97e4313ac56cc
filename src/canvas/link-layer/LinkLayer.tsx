import { ViewportPortal } from '@xyflow/react';
import { useCallback, useContext, useMemo, useSyncExternalStore } from 'react';
import type { ScenarioLink } from '../../scenario/schema';
import { CanvasOverlaysContext } from '../canvas-overlay-context';
import type { StationFlowNode } from '../flow-elements';
import { linkBatches, type NodeBox } from './link-batches';
import './link-layer.css';

/**
 * Every link of a zoomed-out big network, drawn as a few paths (one per look) in the canvas's own coordinates, in
 * place of one React Flow edge per link. It follows nodes as they are dragged; links are not clickable at this zoom
 * (zoom in to pick one).
 */
export function LinkLayer({ nodes, links, selectedLinkIds }: { nodes: readonly StationFlowNode[]; links: readonly ScenarioLink[]; selectedLinkIds: readonly string[] }) {
  const overlays = useContext(CanvasOverlaysContext);
  const subscribe = useCallback((listener: () => void) => (overlays ? overlays.subscribeAllLinks(listener) : () => {}), [overlays]);
  const version = useSyncExternalStore(subscribe, () => overlays?.allLinksVersion() ?? 0);
  const batches = useMemo(() => {
    const boxes = new Map<string, NodeBox>(nodes.map((n) => [n.id, { x: n.position.x, y: n.position.y, width: n.measured?.width ?? 0, height: n.measured?.height ?? 0 }]));
    const selected = new Set(selectedLinkIds);
    return linkBatches(links, boxes, {
      overlay: (id) => overlays?.link(id),
      onPath: (source, target) => overlays?.linkOnPath(source, target) ?? false,
      selected: (id) => selected.has(id),
    });
    // `version` stands for the overlays' state, which the callbacks read.
  }, [nodes, links, selectedLinkIds, overlays, version]);
  return (
    <ViewportPortal>
      <svg className="link-layer" data-testid="link-layer" aria-hidden="true">
        {batches.map((b) => (
          <path
            key={`${b.className}|${b.stroke}|${b.strokeWidth}`}
            className={`react-flow__edge-path ${b.className}`}
            d={b.d}
            data-links={b.links}
            style={{ strokeWidth: b.strokeWidth, ...(b.stroke ? { stroke: b.stroke } : {}) }}
          />
        ))}
      </svg>
    </ViewportPortal>
  );
}
