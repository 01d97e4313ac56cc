/** Small helpers shared by the benchmarks: timing, peak memory, formatting. */

export function timeMs(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Median of `repeats` runs (after the caller has warmed up whatever it needs). */
export function medianMs(run: () => void, repeats: number): number {
  const samples = Array.from({ length: repeats }, () => timeMs(run)).sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

/**
 * Peak memory of this process. RSS peak comes from the kernel (getrusage maxRSS), so it is exact; the heap is
 * sampled wherever a benchmark calls `sample()` (synchronous work never lets a timer fire).
 */
export class MemoryProbe {
  peakHeapUsed = 0;
  sample(): void {
    this.peakHeapUsed = Math.max(this.peakHeapUsed, process.memoryUsage().heapUsed);
  }
  get peakRss(): number {
    return process.resourceUsage().maxRSS * 1024;
  }
}

export const memory = new MemoryProbe();

export const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** 3 significant figures, plain for everyday magnitudes. */
export function fmt(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const abs = Math.abs(x);
  if (abs >= 1e6 || abs < 1e-3) return x.toExponential(2);
  if (abs >= 100) return Math.round(x).toLocaleString('en-US');
  return x.toPrecision(3);
}

export const ms = (x: number) => `${fmt(x)} ms`;
