import type { PlaceRow } from './gazetteer-format';

export interface Place {
  name: string;
  country: string;
  latDeg: number;
  lonDeg: number;
  populationThousands: number;
}

/** Case and accents folded, so "sao paulo" finds São Paulo and "zurich" Zürich. */
export function foldName(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().trim();
}

/**
 * Up to `limit` places whose name starts with the query, then those whose name contains it; each group keeps the
 * gazetteer's order (most populous first). "Graz, AT" narrows by country code after a comma.
 */
export function searchPlaces(rows: readonly PlaceRow[], query: string, limit = 8): Place[] {
  const [namePart = '', countryPart = ''] = query.split(',');
  const q = foldName(namePart);
  const country = countryPart.trim().toUpperCase();
  if (q.length === 0) return [];
  const starts: PlaceRow[] = [];
  const contains: PlaceRow[] = [];
  for (const row of rows) {
    if (country && row[1] !== country) continue;
    const name = foldName(row[0]);
    if (name.startsWith(q)) starts.push(row);
    else if (contains.length < limit && name.includes(q)) contains.push(row);
    if (starts.length >= limit) break;
  }
  return [...starts, ...contains].slice(0, limit).map(([name, c, latDeg, lonDeg, populationThousands]) => ({ name, country: c, latDeg, lonDeg, populationThousands }));
}

let cached: Promise<readonly PlaceRow[]> | null = null;

/** The gazetteer (155 kB), fetched only when the place search is first used. */
export function loadGazetteer(): Promise<readonly PlaceRow[]> {
  cached ??= import('./cities-100k.json').then((m) => (m.default ?? m) as unknown as PlaceRow[]);
  return cached;
}
