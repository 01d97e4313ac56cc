// Where a result holds a number that is not finite, or a sentence that says NaN or Infinity: for the extreme-value properties.

/** Every non-finite number and every sentence naming NaN or Infinity in `value`, as "path=value". */
export function nonFiniteEntries(value: unknown, path = ''): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path}=${value}`];
  if (typeof value === 'string') return /NaN|Infinity/.test(value) ? [`${path}="${value}"`] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => nonFiniteEntries(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => nonFiniteEntries(v, path ? `${path}.${k}` : k));
  return [];
}
