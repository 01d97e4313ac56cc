// The 1:110m land is only accurate to several km, so world-atlas's 1e5 quantization (~400 m) is re-quantized 10× coarser to shrink the map chunk.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { LAND_QUANTIZE_FACTOR, quantizeTopology } from '../src/canvas/map/quantize-topology';

const source = createRequire(import.meta.url).resolve('world-atlas/land-110m.json');
const land = JSON.parse(readFileSync(source, 'utf8')) as Topology;
writeFileSync(new URL('../src/canvas/map/land-110m-1e4.json', import.meta.url), JSON.stringify(quantizeTopology(land, LAND_QUANTIZE_FACTOR)));
