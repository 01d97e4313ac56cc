/** One part of the delivered-pair view as plain rows: drawn as its table twin and written as its CSV. */
export interface PairTable {
  caption: string;
  columns: string[];
  /** The first cell of each row names it (a header cell in the HTML table). */
  rows: (string | number)[][];
}

const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** RFC 4180 CSV with full-precision numbers (the table twin rounds for reading; a file is for computing). */
export function pairTableToCsv(table: PairTable): string {
  const lines = [table.columns, ...table.rows].map((row) => row.map((cell) => quote(typeof cell === 'number' ? (Number.isFinite(cell) ? String(cell) : '') : cell)).join(','));
  return `${lines.join('\n')}\n`;
}

/** Four significant digits for reading; — for a number the engine does not have. */
export function formatPairNumber(value: number): string {
  if (!Number.isFinite(value)) return '—';
  if (value === 0) return '0';
  return Math.abs(value) < 1e-4 ? value.toExponential(2) : String(+value.toFixed(4));
}
