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
  if (!numbering) {
    const arrays = new WeakMap<Standalone, Int32Array>();
    numbering = {
      count: graph.linkIds.length,
      linksOf(result) {
        let links = arrays.get(result);
        if (!links) {
          links = Int32Array.from(result.hops, (hop) => graph.linkIndexById.get(hop.linkId) ?? -1);
          arrays.set(result, links);
        }
        return links;
      },
    };
    byGraph.set(graph, numbering);
  }
  return numbering;
}
