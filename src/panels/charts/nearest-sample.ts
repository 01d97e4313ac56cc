/**
 * The row whose time is closest to `t`, by binary search over non-decreasing times; -1 when there are no rows.
 * Ties go to the earlier row.
 */
export function nearestRow(rowCount: number, timeAt: (row: number) => number, t: number): number {
  if (rowCount <= 0 || Number.isNaN(t)) return -1;
  let lo = 0;
  let hi = rowCount - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (timeAt(mid) < t) lo = mid + 1;
    else hi = mid;
  }
  // lo is the first row at or after t; the row before it may be closer.
  if (lo > 0 && t - timeAt(lo - 1) <= timeAt(lo) - t) return lo - 1;
  return lo;
}
