/** Row indices to draw: every row when few, else an even stride that always keeps the last row. */
export function thinRows(rowCount: number, maxPoints: number): number[] {
  const stride = Math.max(1, Math.ceil(rowCount / Math.max(1, maxPoints)));
  const rows: number[] = [];
  for (let r = 0; r < rowCount; r += stride) rows.push(r);
  if (rowCount > 0 && rows[rows.length - 1] !== rowCount - 1) rows.push(rowCount - 1);
  return rows;
}
