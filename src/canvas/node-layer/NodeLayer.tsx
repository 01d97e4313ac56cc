import { useCallback, useContext, useMemo, useSyncExternalStore } from 'react';
import { CanvasOverlaysContext } from '../canvas-overlay-context';
import { ViewportLayer } from '../viewport-layer';
import { useProposal } from '../../store/proposal-store';
import { batchTiles, TileCache, type LayerNode } from './node-batches';
import './node-layer.css';

/**
 * Every node of a zoomed-out network that is not selected, drawn as a few paths of flat tiles (one per look) in the
 * canvas's own coordinates, in place of one React Flow node each. The pointer passes through it; a press on a tile is
 * picked by `useTilePointer` instead.
 */
export function NodeLayer({ nodes }: { nodes: readonly LayerNode[] }) {
  const overlays = useContext(CanvasOverlaysContext);
  const subscribe = useCallback((listener: () => void) => (overlays ? overlays.subscribePath(listener) : () => {}), [overlays]);
  // The selected request's path, as an object that changes with it: the tiles on it are ringed.
  const path = useSyncExternalStore(subscribe, () => overlays?.pathSnapshot() ?? null);
  const marks = useProposal((s) => s.marks);
  const cache = useMemo(() => new TileCache(), []);
  const batches = useMemo(
    () => batchTiles(nodes, { onPath: (id) => overlays?.nodeOnPath(id) ?? false, proposal: (id) => marks.get(id) ?? null }, cache),
    // `path` stands for the overlays' path, which `onPath` reads.
    [nodes, overlays, marks, cache, path],
  );
  return (
    <ViewportLayer>
      <svg className="node-layer" data-testid="node-layer" aria-hidden="true">
        {batches.map((b) => (
          <path
            key={`${b.kind}|${b.onPath}|${b.proposal}`}
            className={`node-layer__tiles node-layer__tiles--${b.kind}${b.onPath ? ' node-layer__tiles--on-path' : ''}${b.proposal ? ` node-layer__tiles--proposed-${b.proposal}` : ''}`}
            d={b.d}
            data-nodes={b.nodes}
          />
        ))}
      </svg>
    </ViewportLayer>
  );
}
