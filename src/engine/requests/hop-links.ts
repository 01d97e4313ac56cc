import type { RoutingGraph } from '../routing/routing-graph';
import type { Standalone } from './share-links';

/**
 * Each request's hops as link numbers, so passes over every hop of every request (groups sharing links, fair shares,
 * what an edit touched) read typed arrays instead of looking strings up in maps. −1 marks a link the numbering
 * does not know (one an edit removed).
 */
export interface LinkNumbering {
  count: number;
  linksOf(result: Standalone): Int32Array;
}

const byGraph = new WeakMap<RoutingGraph, LinkNumbering>();

/** The routing graph's link indices; one numbering per graph, and each result's array made once (an edit keeps the results it left alone). */
export function graphNumbering(graph: RoutingGraph): LinkNumbering {
  let numbering = byGraph.get(graph);
  if (!numbering) byGraph.set(graph, (numbering = cachedNumbering(graph.linkIds.length, (id) => graph.linkIndexById.get(id) ?? -1)));
  return numbering;
}

/** Numbers for the links the results name, in order of first appearance: for results with no graph at hand. */
export function numberingOf(results: readonly Standalone[]): LinkNumbering {
  const numbers = new Map<string, number>();
  for (const r of results) for (const hop of r.hops) if (!numbers.has(hop.linkId)) numbers.set(hop.linkId, numbers.size);
  return cachedNumbering(numbers.size, (id) => numbers.get(id) ?? -1);
}

function cachedNumbering(count: number, numberOf: (id: string) => number): LinkNumbering {
  const arrays = new WeakMap<Standalone, Int32Array>();
  return {
    count,
    linksOf(result) {
      let links = arrays.get(result);
      if (!links) {
        links = new Int32Array(result.hops.length);
        for (let h = 0; h < links.length; h++) links[h] = numberOf(result.hops[h]!.linkId);
        arrays.set(result, links);
      }
      return links;
    },
  };
}
