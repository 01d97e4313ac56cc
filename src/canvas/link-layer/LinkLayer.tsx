import { useCallback, useContext, useDeferredValue, useMemo, useRef, useSyncExternalStore } from 'react';
import type { ScenarioLink } from '../../scenario/schema';
import { CanvasOverlaysContext } from '../canvas-overlay-context';
import { ViewportLayer } from '../viewport-layer';
import type { StationFlowNode } from '../flow-elements';
import { cachedRects, nodeRect } from '../node-rect';
import { batchPaths, groupLinks, LookCache, sameLayerLinks, SegmentCache } from './link-batches';
import './link-layer.css';

/**
 * Every link of a zoomed-out big network, drawn as a few paths (one per look) in the canvas's own coordinates, in
 * place of one React Flow edge per link. It follows nodes as they are dragged; the pointer passes through it, and a
 * click on the canvas picks the nearest link instead (link-hit.ts).
 */
export function LinkLayer({ nodes, links, selectedLinkIds }: { nodes: readonly StationFlowNode[]; links: readonly ScenarioLink[]; selectedLinkIds: readonly string[] }) {
  const overlays = useContext(CanvasOverlaysContext);
  // An edit of a link's values makes a new list of links drawn the same: keep the old one, so nothing is regrouped.
  const drawn = useRef(links);
  if (drawn.current !== links && !sameLayerLinks(drawn.current, links)) drawn.current = links;
  const layerLinks = drawn.current;
  const subscribe = useCallback((listener: () => void) => (overlays ? overlays.subscribeAllLinks(listener) : () => {}), [overlays]);
  // New results restyle the links in a render of their own, after the one that shows the numbers: regrouping 15,000
  // links and redrawing their paths took 10–25 ms of the frame that showed an edit's result on a 10,000-node design.
  const version = useDeferredValue(useSyncExternalStore(subscribe, () => overlays?.allLinksVersion() ?? 0));
  // The nodes being dragged, as a key that stays the same through one drag.
  const movingKey = useMemo(() => nodes.filter((n) => n.dragging).map((n) => n.id).join('\n'), [nodes]);
  // Each link's stroke, kept across renders while its overlay object (unchanged by an edit elsewhere) is the same.
  const looks = useRef(new LookCache()).current;
  // Styles change with the results and the selection; geometry with every frame of a drag, so they are kept apart.
  const groups = useMemo(() => {
    const selected = new Set(selectedLinkIds);
    const moving = new Set(movingKey === '' ? [] : movingKey.split('\n'));
    return groupLinks(layerLinks, {
      overlay: (id) => overlays?.link(id),
      onPath: overlays?.hasPath() ? (source, target) => overlays.linkOnPath(source, target) : () => false,
      selected: (id) => selected.has(id),
    }, moving, looks);
    // `version` stands for the overlays' state, which the callbacks read.
  }, [layerLinks, selectedLinkIds, overlays, version, movingKey, looks]);
  // A node's box, the same object while the node object is: unchanged nodes keep their links' cached segments.
  const boxOf = useRef(cachedRects<StationFlowNode>(nodeRect)).current;
  const boxes = useMemo(() => new Map(nodes.map((n) => [n.id, boxOf(n)])), [nodes, boxOf]);
  // Kept across edits: a segment is redrawn only when one of its end boxes is a new object (an edit to one link's
  // parameters made a new cache, and 15,000 segments were formatted again).
  const segments = useRef(new SegmentCache()).current;
  const batches = useMemo(() => batchPaths(groups, boxes, segments), [groups, boxes, segments]);
  return (
    <ViewportLayer>
      <svg className="link-layer" data-testid="link-layer" aria-hidden="true">
        {batches.map((b) => (
          <path
            key={b.key}
            className={`react-flow__edge-path ${b.className}`}
            d={b.d}
            data-links={b.links}
            style={{ strokeWidth: b.strokeWidth, ...(b.stroke ? { stroke: b.stroke } : {}) }}
          />
        ))}
      </svg>
    </ViewportLayer>
  );
}
