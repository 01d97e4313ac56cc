import * as d3 from 'd3';

export type ScaleKind = 'linear' | 'log';

export interface ValueRange {
  min: number;
  max: number;
  /** Smallest value above zero, or Infinity when none: the floor of a log axis. */
  minPositive: number;
}

export function valueRange(values: Iterable<number>): ValueRange {
  let min = Infinity;
  let max = -Infinity;
  let minPositive = Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
    if (v > 0 && v < minPositive) minPositive = v;
  }
  return { min, max, minPositive };
}

export interface ValueScale {
  scale: d3.ScaleContinuousNumeric<number, number>;
  /** Whether a value can be drawn: a log axis has no place for zero or negative values, so they become gaps. */
  defined(value: number): boolean;
}

/**
 * The y scale of a chart. Linear axes start at zero (rates and counts are never negative) with 15 % headroom;
 * log axes span the positive values, widened to at least one decade so a flat line is readable.
 */
export function valueScale(kind: ScaleKind, range: ValueRange, pixels: [bottom: number, top: number]): ValueScale {
  if (kind === 'log') {
    const hasPositive = Number.isFinite(range.minPositive);
    let lo = hasPositive ? range.minPositive : 1;
    let hi = hasPositive ? Math.max(range.max, lo) : 10;
    if (hi / lo < 10) {
      const mid = Math.sqrt(lo * hi);
      lo = mid / Math.sqrt(10);
      hi = mid * Math.sqrt(10);
    }
    const scale = d3.scaleLog().domain([lo, hi]).nice().range(pixels).clamp(true);
    return { scale, defined: (v) => Number.isFinite(v) && v > 0 };
  }
  const lo = Number.isFinite(range.min) ? Math.min(0, range.min) : 0;
  const hi = Number.isFinite(range.max) && range.max > lo ? range.max * 1.15 : lo + 1;
  const scale = d3.scaleLinear().domain([lo, hi]).nice().range(pixels);
  return { scale, defined: (v) => Number.isFinite(v) };
}

/** Tick values for a log axis: whole decades when the axis spans at least two, else d3's own ticks (a clutter-free axis). */
export function logTicks(scale: d3.ScaleContinuousNumeric<number, number>): number[] {
  const [lo, hi] = scale.domain() as [number, number];
  const decades: number[] = [];
  for (let k = Math.ceil(Math.log10(lo) - 1e-9); k <= Math.floor(Math.log10(hi) + 1e-9); k++) decades.push(10 ** k);
  if (decades.length > 7) return decades.filter((_, i) => i % Math.ceil(decades.length / 6) === 0);
  return decades.length >= 2 ? decades : scale.ticks(4);
}
