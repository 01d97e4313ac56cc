import * as d3 from 'd3';

/** Colour of the request drawn in column `index`: the same in every chart and legend. */
export function seriesColour(index: number): string {
  return d3.schemeTableau10[index % d3.schemeTableau10.length]!;
}

/** Charts draw at most this many requests; beyond that lines become unreadable and slow. */
export const MAX_CHART_REQUESTS = 10;
