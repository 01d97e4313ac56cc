import type { NodeKind } from '../../scenario/schema';
import type { ProposalMark } from '../../store/proposal-store';
import type { FlowRect } from '../node-rect';

/** A node drawn by the layer: where its tile is and what it looks like. */
export interface LayerNode {
  id: string;
  kind: NodeKind;
  tile: FlowRect;
}

export interface NodeLookSource {
  onPath(id: string): boolean;
  proposal(id: string): ProposalMark | null;
}

/** Tiles drawn alike, as one path of rectangles. */
export interface NodeBatch {
  kind: NodeKind;
  onPath: boolean;
  proposal: ProposalMark | null;
  /** "M x y h w v h h -w z" per tile. */
  d: string;
  nodes: number;
}

/** A tile's rectangle as path data, kept while its rectangle is the same object: a drag changes only the moved node's. */
export class TileCache {
  private readonly tiles = new WeakMap<FlowRect, string>();

  outline(tile: FlowRect): string {
    let d = this.tiles.get(tile);
    if (d === undefined) {
      d = `M${+tile.x.toFixed(1)} ${+tile.y.toFixed(1)}h${tile.width}v${tile.height}h${-tile.width}z`;
      this.tiles.set(tile, d);
    }
    return d;
  }
}

/**
 * Zoomed-out nodes grouped by how they are filled and ringed (kind, on the selected request's path, the optimiser's
 * proposal), each group one path: a handful of elements instead of one per node (10,000 on the biggest designs
 * measured), whose style, layout and paint were most of every frame of a pan and of the page's time while streaming.
 */
export function batchTiles(nodes: readonly LayerNode[], look: NodeLookSource, cache: TileCache): NodeBatch[] {
  const batches = new Map<string, NodeBatch>();
  for (const node of nodes) {
    const onPath = look.onPath(node.id);
    const proposal = look.proposal(node.id);
    const key = `${node.kind}|${onPath}|${proposal}`;
    let batch = batches.get(key);
    if (!batch) batches.set(key, (batch = { kind: node.kind, onPath, proposal, d: '', nodes: 0 }));
    batch.d += cache.outline(node.tile);
    batch.nodes++;
  }
  // Ringed tiles last, so their rings are drawn over the plain tiles around them.
  return [...batches.values()].sort((a, b) => Number(a.onPath || a.proposal !== null) - Number(b.onPath || b.proposal !== null));
}
