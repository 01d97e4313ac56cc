/** A link as routing sees it: an undirected edge between two node ids. */
export interface RoutingLink {
  id: string;
  source: string;
  target: string;
}

/**
 * An undirected graph in compressed sparse row form, built once per topology. Each undirected link appears
 * twice, once from each end; integer indices replace string ids so a search touches only typed arrays.
 */
export interface RoutingGraph {
  readonly nodeIds: readonly string[];
  readonly linkIds: readonly string[];
  readonly nodeIndex: ReadonlyMap<string, number>;
  readonly linkIndexById: ReadonlyMap<string, number>;
  /** Neighbours of node v are targets[offsets[v] .. offsets[v + 1]). Length nodeCount + 1. */
  readonly offsets: Int32Array;
  /** Node index at the far end of each directed arc. Length 2 × linkCount. */
  readonly targets: Int32Array;
  /** Link index of each directed arc, so per-link weights and failures are looked up once. Length 2 × linkCount. */
  readonly arcLink: Int32Array;
  readonly linkSource: Int32Array;
  readonly linkTarget: Int32Array;
}

/** Builds the CSR form. Links naming an unknown node throw, since the scenario validator rules them out. */
export function buildRoutingGraph(nodeIds: readonly string[], links: readonly RoutingLink[]): RoutingGraph {
  const nodeIndex = new Map<string, number>();
  nodeIds.forEach((id, i) => nodeIndex.set(id, i));
  const nodeCount = nodeIds.length;
  const linkCount = links.length;
  const linkSource = new Int32Array(linkCount);
  const linkTarget = new Int32Array(linkCount);
  const linkIndexById = new Map<string, number>();
  const degree = new Int32Array(nodeCount + 1);
  links.forEach((link, l) => {
    const s = nodeIndex.get(link.source);
    const t = nodeIndex.get(link.target);
    if (s === undefined || t === undefined) throw new Error(`link ${link.id} names a node that does not exist`);
    linkSource[l] = s;
    linkTarget[l] = t;
    linkIndexById.set(link.id, l);
    degree[s]!++;
    degree[t]!++;
  });
  const offsets = new Int32Array(nodeCount + 1);
  for (let v = 0; v < nodeCount; v++) offsets[v + 1] = offsets[v]! + degree[v]!;
  const fill = offsets.slice(0, nodeCount);
  const targets = new Int32Array(2 * linkCount);
  const arcLink = new Int32Array(2 * linkCount);
  for (let l = 0; l < linkCount; l++) {
    const s = linkSource[l]!;
    const t = linkTarget[l]!;
    const a = fill[s]!++;
    targets[a] = t;
    arcLink[a] = l;
    const b = fill[t]!++;
    targets[b] = s;
    arcLink[b] = l;
  }
  return { nodeIds, linkIds: links.map((l) => l.id), nodeIndex, linkIndexById, offsets, targets, arcLink, linkSource, linkTarget };
}

/** Per-node flags as a typed array: 1 where `predicate` holds. */
export function nodeMask(graph: RoutingGraph, predicate: (nodeId: string, index: number) => boolean): Uint8Array {
  const mask = new Uint8Array(graph.nodeIds.length);
  graph.nodeIds.forEach((id, i) => (mask[i] = predicate(id, i) ? 1 : 0));
  return mask;
}

/** Per-link values as a typed array, in link index order. */
export function linkValues(graph: RoutingGraph, value: (linkId: string, index: number) => number): Float64Array {
  const values = new Float64Array(graph.linkIds.length);
  graph.linkIds.forEach((id, i) => (values[i] = value(id, i)));
  return values;
}
