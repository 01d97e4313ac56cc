// One-dimensional maximiser for key rates, which are unimodal in each source intensity: log grid, then golden section.

export interface ScalarMaximum {
  argument: number;
  value: number;
}

/** Maximise f on [low, high] (both > 0) searching in log space; returns the best grid point if f ≤ 0 everywhere. */
export function maximizeOnLogScale(f: (x: number) => number, low: number, high: number, gridSteps = 40, refineSteps = 40): ScalarMaximum {
  const logLow = Math.log(low);
  const logHigh = Math.log(high);
  const at = (i: number) => logLow + ((logHigh - logLow) * i) / gridSteps;
  let best = 0;
  let bestValue = -Infinity;
  for (let i = 0; i <= gridSteps; i++) {
    const value = f(Math.exp(at(i)));
    if (value > bestValue) {
      bestValue = value;
      best = i;
    }
  }
  if (!(bestValue > 0)) return { argument: Math.exp(at(best)), value: bestValue };
  let a = at(Math.max(best - 1, 0));
  let b = at(Math.min(best + 1, gridSteps));
  const ratio = (Math.sqrt(5) - 1) / 2;
  let c = b - ratio * (b - a);
  let d = a + ratio * (b - a);
  let fc = f(Math.exp(c));
  let fd = f(Math.exp(d));
  for (let i = 0; i < refineSteps; i++) {
    if (fc > fd) {
      b = d; d = c; fd = fc; c = b - ratio * (b - a); fc = f(Math.exp(c));
    } else {
      a = c; c = d; fc = fd; d = a + ratio * (b - a); fd = f(Math.exp(d));
    }
  }
  const x = Math.exp((a + b) / 2);
  const value = f(x);
  return value >= bestValue ? { argument: x, value } : { argument: Math.exp(at(best)), value: bestValue };
}
