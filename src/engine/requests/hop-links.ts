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
  /**
   * A filter of the result's links: bit (n mod LINK_FILTER_BITS) is set for each link number n on its path, so a clear
   * bit proves link n is not on it without reading every hop; the word after those bits is 1 when it crosses an unknown link.
   */
  linkFilterOf(result: Standalone): Uint32Array;
}

/** Bits in a link filter: with paths of a few hundred hops, about one bit in ten is set. */
export const LINK_FILTER_BITS = 2048;

/** Whether link `n` may be on the path whose filter is `filter` (false: it is not). */
export function filterMayHold(filter: Uint32Array, n: number): boolean {
  const bit = n & (LINK_FILTER_BITS - 1);
  return ((filter[bit >>> 5]! >>> (bit & 31)) & 1) === 1;
}

/** Whether the path whose filter is `filter` crosses a link the numbering does not know. */
export function filterHasUnknown(filter: Uint32Array): boolean {
  return filter[LINK_FILTER_BITS / 32] !== 0;
}

const byGraph = new WeakMap<RoutingGraph, LinkNumbering>();

/** The routing graph's link indices; one numbering per graph, and each result's array made once (an edit keeps the results it left alone). */
export function graphNumbering(graph: RoutingGraph): LinkNumbering {
  let numbering = byGraph.get(graph);
  if (!numbering) {
    const arrays = new WeakMap<Standalone, Int32Array>();
    const filters = new WeakMap<Standalone, Uint32Array>();
    const linksOf = (result: Standalone) => {
      let links = arrays.get(result);
      if (!links) {
        links = Int32Array.from(result.hops, (hop) => graph.linkIndexById.get(hop.linkId) ?? -1);
        arrays.set(result, links);
      }
      return links;
    };
    numbering = {
      count: graph.linkIds.length,
      linksOf,
      linkFilterOf(result) {
        let filter = filters.get(result);
        if (!filter) {
          filter = new Uint32Array(LINK_FILTER_BITS / 32 + 1);
          for (const n of linksOf(result)) {
            if (n < 0) filter[LINK_FILTER_BITS / 32] = 1;
            else {
              const bit = n & (LINK_FILTER_BITS - 1);
              filter[bit >>> 5]! |= 1 << (bit & 31);
            }
          }
          filters.set(result, filter);
        }
        return filter;
      },
    };
    byGraph.set(graph, numbering);
  }
  return numbering;
}
