import * as d3 from 'd3';
import { describe, expect, it } from 'vitest';
import { seriesColour } from './series-colours';

describe('seriesColour', () => {
  it('is d3.schemeTableau10, repeating after ten requests', () => {
    expect(Array.from({ length: 12 }, (_, i) => seriesColour(i))).toEqual([...d3.schemeTableau10, ...d3.schemeTableau10.slice(0, 2)]);
  });
});
