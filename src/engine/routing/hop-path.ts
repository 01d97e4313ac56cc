export interface Edge {
  linkId: string;
  to: string;
}

export type Adjacency = Map<string, Edge[]>;

export function buildAdjacency(links: readonly { id: string; source: string; target: string }[]): Adjacency {
  const adjacency: Adjacency = new Map();
  const add = (from: string, edge: Edge) => {
    const list = adjacency.get(from);
    if (list) list.push(edge);
    else adjacency.set(from, [edge]);
  };
  for (const link of links) {
    add(link.source, { linkId: link.id, to: link.target });
    add(link.target, { linkId: link.id, to: link.source });
  }
  return adjacency;
}

export interface HopPath {
  nodes: string[];
  linkIds: string[];
}

/** Fewest-hop path by breadth-first search; only nodes accepted by `canRelay` may sit in the middle. */
export function fewestHopPath(adjacency: Adjacency, source: string, target: string, canRelay: (nodeId: string) => boolean): HopPath | null {
  const previous = new Map<string, { node: string; linkId: string }>();
  const seen = new Set([source]);
  let frontier = [source];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const edge of adjacency.get(node) ?? []) {
        if (seen.has(edge.to)) continue;
        seen.add(edge.to);
        previous.set(edge.to, { node, linkId: edge.linkId });
        if (edge.to === target) return unwind(previous, source, target);
        if (canRelay(edge.to)) next.push(edge.to);
      }
    }
    frontier = next;
  }
  return null;
}

function unwind(previous: Map<string, { node: string; linkId: string }>, source: string, target: string): HopPath {
  const nodes = [target];
  const linkIds: string[] = [];
  let at = target;
  while (at !== source) {
    const step = previous.get(at)!;
    linkIds.push(step.linkId);
    nodes.push(step.node);
    at = step.node;
  }
  return { nodes: nodes.reverse(), linkIds: linkIds.reverse() };
}
