// Scope: results — the sample rows behind ResultsStore: grown on demand, thinned when full, within a memory budget.

/** Rows kept at most per run, however few the requests: the chart never draws more than a few thousand anyway. */
export const RESULT_CAPACITY_ROWS = 50_000;

/**
 * Bytes all requests' samples may hold together (times and values). 5,000 requests × 9 series is 360 kB a row, so
 * about 280 rows; growing to that last size briefly holds the old buffer as well, so the peak is at most 1.5× this.
 */
export const TELEMETRY_BUDGET_BYTES = 96 * 2 ** 20;

/** Rows allocated when a run starts; doubled whenever full, up to the cap. */
const FIRST_CAPACITY_ROWS = 16;

/** Rows kept however wide a row is, so even the schema's largest run shows a curve (64 rows of 5,000 requests: 23 MB). */
const MIN_CAP_ROWS = 64;

/** The most rows of `width` values kept: 50,000, or fewer when the budget says so; a multiple of 4, so a half halves. */
export function capRows(width: number, budgetBytes = TELEMETRY_BUDGET_BYTES): number {
  const byBudget = Math.floor(budgetBytes / (8 * (width + 1)));
  return 4 * Math.floor(Math.max(MIN_CAP_ROWS, Math.min(RESULT_CAPACITY_ROWS, byBudget)) / 4);
}

/**
 * Rows of `width` values and their times, oldest first. Memory grows by doubling as samples arrive; once the cap is
 * reached the oldest half is thinned to every 2nd row (the first row stays), which frees a quarter. The whole run so
 * stays on the chart: the newest half of the cap exact, older history coarser with age (every 2nd, 4th, 8th … row).
 * Rows are picked, never averaged: every row kept is a sample exactly as the engine produced it.
 *
 * Once thinned, the first quarter of the buffer holds the thinned rows and the rest is a ring of exact rows, so a
 * thinning copies only the quarter it keeps, not the newest half as well (at 1,000 requests a full buffer is 100 MB:
 * sliding its newest half down was a 20–30 ms pause of the page every few hundred rows).
 */
export class SampleRows {
  readonly width: number;
  readonly cap: number;
  private times: Float64Array;
  private values: Float64Array;
  private count = 0;
  /** Rows before this index are thinned: samples between them were dropped. They sit at the buffer's start, in order. */
  private exactFrom = 0;
  /** Where the oldest exact row sits within the ring of exact rows (the buffer after the thinned rows). */
  private ringStart = 0;

  constructor(width: number, budgetBytes = TELEMETRY_BUDGET_BYTES) {
    this.width = width;
    this.cap = capRows(width, budgetBytes);
    const first = Math.min(FIRST_CAPACITY_ROWS, this.cap);
    this.times = new Float64Array(first);
    this.values = new Float64Array(first * width);
  }

  get rowCount(): number {
    return this.count;
  }

  /** Leading rows with samples dropped between them; rows from here on are every sample the engine sent. */
  get thinnedRows(): number {
    return this.exactFrom;
  }

  get allocatedBytes(): number {
    return this.times.byteLength + this.values.byteLength;
  }

  time(row: number): number {
    return this.times[this.slot(row)]!;
  }

  value(row: number, column: number): number {
    return this.values[this.slot(row) * this.width + column]!;
  }

  clear(): void {
    this.count = 0;
    this.exactFrom = 0;
    this.ringStart = 0;
  }

  /** Append rows laid out `width` values each; throws (before changing anything) on a block of another layout. */
  append(times: Float64Array, values: Float64Array): void {
    if (values.length !== times.length * this.width) {
      throw new Error(`a block of ${values.length} values for ${times.length} rows does not fit rows of ${this.width}`);
    }
    for (let i = 0; i < times.length; i++) {
      if (this.count === this.times.length) this.makeRoom();
      const slot = this.slot(this.count);
      this.times[slot] = times[i]!;
      this.values.set(values.subarray(i * this.width, (i + 1) * this.width), slot * this.width);
      this.count++;
    }
  }

  /** Where row `row` sits in the buffer: thinned rows in place, exact rows around the ring after them. */
  private slot(row: number): number {
    if (row < this.exactFrom) return row;
    const ring = this.times.length - this.exactFrom;
    return this.exactFrom + ((this.ringStart + row - this.exactFrom) % ring);
  }

  private makeRoom(): void {
    if (this.times.length < this.cap) {
      const rows = Math.min(this.cap, this.times.length * 2);
      // Both allocations first: if the browser refuses, nothing has changed.
      const times = new Float64Array(rows);
      const values = new Float64Array(rows * this.width);
      // Still growing means never thinned: rows are in order from the start.
      times.set(this.times);
      values.set(this.values);
      this.times = times;
      this.values = values;
      return;
    }
    const half = this.cap / 2;
    const quarter = this.cap / 4;
    const w = this.width;
    // Keep rows 0, 2, 4 … of the oldest half, in order, in the first quarter: a kept row never lands on one still to be read.
    const slots = Array.from({ length: quarter }, (_, k) => this.slot(2 * k));
    for (let k = 1; k < quarter; k++) {
      this.times[k] = this.times[slots[k]!]!;
      this.values.copyWithin(k * w, slots[k]! * w, (slots[k]! + 1) * w);
    }
    // The exact rows left are the newest half, from row `half` on: the ring now starts there.
    const firstExact = this.slot(half);
    this.exactFrom = quarter;
    this.ringStart = firstExact - quarter;
    this.count -= quarter;
  }
}
