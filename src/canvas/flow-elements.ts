import type { Edge, Node } from '@xyflow/react';
import type { NodeKind, ScenarioLink, ScenarioNode } from '../scenario/schema';
import { kindName } from '../store/scenario-edits';
import { COMPACT_TILE } from './node-rect';

export type StationData = { label: string; kind: NodeKind };
export type StationFlowNode = Node<StationData, 'station'>;
export type LinkData = { lengthKm: number; linkKind: ScenarioLink['kind'] };
export type LinkFlowEdge = Edge<LinkData, 'link'>;

/**
 * Scenario nodes → React Flow nodes, keeping the previous object when nothing it shows changed,
 * so memoised node components skip rendering and React Flow keeps their measured size. With `tiled` (zoomed out) a
 * node that is neither selected nor being dragged is hidden from React Flow: the node layer draws it as a tile.
 */
export function mergeFlowNodes(previous: readonly StationFlowNode[], nodes: readonly ScenarioNode[], selected: ReadonlySet<string>, tiled = false): StationFlowNode[] {
  const byId = new Map(previous.map((n) => [n.id, n]));
  return nodes.map((n) => {
    const old = byId.get(n.id);
    const label = n.label || n.id;
    const isSelected = selected.has(n.id);
    const hidden = tiled && !isSelected && !old?.dragging;
    // The document learns a dragged node's place when the drag ends; until then the pointer decides.
    const position = old?.dragging ? old.position : n.position;
    if (old && old.position.x === position.x && old.position.y === position.y && old.data.label === label && old.data.kind === n.kind && !!old.selected === isSelected && !!old.hidden === hidden) {
      return old;
    }
    return {
      ...old,
      id: n.id,
      type: 'station',
      position,
      data: { label, kind: n.kind },
      selected: isSelected,
      hidden,
      // A hidden node is never measured; fitting the view needs a size, and the tile's is the one drawn.
      measured: old?.measured ?? (hidden ? { ...COMPACT_TILE } : undefined),
      ariaLabel: `${kindName(n.kind)} ${label}`,
    };
  });
}

export function toFlowEdges(links: readonly ScenarioLink[], selected: ReadonlySet<string>): LinkFlowEdge[] {
  return links.map((l) => ({
    id: l.id,
    type: 'link',
    source: l.source,
    target: l.target,
    selected: selected.has(l.id),
    ariaLabel: `${l.kind === 'fiber' ? 'Fiber' : 'Free-space'} link ${l.id}, ${l.params.lengthKm} km`,
    data: { lengthKm: l.params.lengthKm, linkKind: l.kind },
  }));
}
