/** d3.schemeTableau10, written out: importing it pulled every d3-scale-chromatic scheme into the page's bundle. */
const TABLEAU10 = ['#4e79a7', '#f28e2c', '#e15759', '#76b7b2', '#59a14f', '#edc949', '#af7aa1', '#ff9da7', '#9c755f', '#bab0ab'] as const;

/** Colour of the request drawn in column `index`: the same in every chart and legend. */
export function seriesColour(index: number): string {
  return TABLEAU10[index % TABLEAU10.length]!;
}

/** Charts draw at most this many requests; beyond that lines become unreadable and slow. */
export const MAX_CHART_REQUESTS = 10;
