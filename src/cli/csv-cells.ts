/** One value of a result row: a number, a text (an enum parameter) or nothing (a quantity that does not exist). */
export type Cell = number | string | null;

/** Non-finite numbers (NaN, an unbounded PLOB at η = 1) have no value in CSV or JSON, so they become empty / null. */
export function cellValue(value: number | string | null | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return value;
}

/** Shortest round-trip decimal for numbers; quotes only text that needs it. */
export function csvCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

export function csvLine(cells: readonly Cell[]): string {
  return cells.map(csvCell).join(',') + '\n';
}
