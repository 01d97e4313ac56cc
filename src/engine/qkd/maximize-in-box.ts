// Nelder & Mead, Comput. J. 7, 308 (1965), with the usual coefficients (reflect 1, expand 2, contract ½, shrink ½);
// bounds by a change of variables: each coordinate is a logistic function of an unbounded one (linear or log scale).

/** A box to search: per coordinate its bounds and whether it is searched on a log scale (then low > 0). */
export interface SearchBox {
  low: readonly number[];
  high: readonly number[];
  logScale: readonly boolean[];
}

export interface BoxMaximum {
  argument: number[];
  value: number;
  /** Objective evaluations spent. */
  evaluations: number;
}

export interface NelderMeadOptions {
  /** Iterations per start. */
  iterations?: number;
  /** Stop a start when its simplex's values differ by less than this, relative to the best. */
  relativeTolerance?: number;
}

const EDGE = 1e-12;
const logistic = (t: number) => 1 / (1 + Math.exp(-t));
const logit = (u: number) => Math.log(u / (1 - u));

function toBox(box: SearchBox, t: readonly number[]): number[] {
  return t.map((ti, i) => {
    const u = logistic(ti);
    const low = box.low[i]!;
    const high = box.high[i]!;
    const x = box.logScale[i] ? Math.exp(Math.log(low) + u * (Math.log(high) - Math.log(low))) : low + u * (high - low);
    // exp(log(high)) may round past high.
    return Math.min(high, Math.max(low, x));
  });
}

function fromBox(box: SearchBox, x: readonly number[]): number[] {
  return x.map((xi, i) => {
    const low = box.low[i]!;
    const high = box.high[i]!;
    if (high === low) return 0;
    const u = box.logScale[i] ? (Math.log(xi) - Math.log(low)) / (Math.log(high) - Math.log(low)) : (xi - low) / (high - low);
    return logit(Math.min(1 - EDGE, Math.max(EDGE, u)));
  });
}

/**
 * The largest value of `f` found in the box from each start (points inside the box); the best start point itself is
 * always a candidate, so the answer is never worse than the best start. Deterministic: no random restarts.
 */
export function maximizeInBox(f: (x: number[]) => number, box: SearchBox, starts: readonly number[][], options: NelderMeadOptions = {}): BoxMaximum {
  const iterations = options.iterations ?? 200;
  const tolerance = options.relativeTolerance ?? 1e-10;
  let evaluations = 0;
  const value = (t: number[]) => {
    evaluations++;
    const v = f(toBox(box, t));
    return Number.isFinite(v) ? v : -Infinity;
  };
  let best: { t: number[]; v: number } | null = null;
  for (const start of starts) {
    const t0 = fromBox(box, start);
    // A unit step in the unbounded coordinate moves about a quarter of the box from its middle.
    const simplex = [t0, ...t0.map((_, i) => t0.map((tj, j) => (j === i ? tj + 1 : tj)))].map((t) => ({ t, v: value(t) }));
    for (let k = 0; k < iterations; k++) {
      simplex.sort((a, b) => b.v - a.v);
      const top = simplex[0]!.v;
      const bottom = simplex[simplex.length - 1]!.v;
      if (Number.isFinite(bottom) && Math.abs(top - bottom) <= tolerance * Math.max(Math.abs(top), 1e-300)) break;
      const worst = simplex[simplex.length - 1]!;
      const n = simplex.length - 1;
      const centroid = worst.t.map((_, j) => simplex.slice(0, n).reduce((s, p) => s + p.t[j]!, 0) / n);
      const along = (c: number) => centroid.map((cj, j) => cj + c * (cj - worst.t[j]!));
      const reflected = { t: along(1), v: 0 };
      reflected.v = value(reflected.t);
      if (reflected.v > simplex[0]!.v) {
        const expanded = { t: along(2), v: 0 };
        expanded.v = value(expanded.t);
        simplex[n] = expanded.v > reflected.v ? expanded : reflected;
      } else if (reflected.v > simplex[n - 1]!.v) {
        simplex[n] = reflected;
      } else {
        const contracted = { t: reflected.v > worst.v ? along(0.5) : along(-0.5), v: 0 };
        contracted.v = value(contracted.t);
        if (contracted.v > Math.max(worst.v, reflected.v > worst.v ? reflected.v : -Infinity)) simplex[n] = contracted;
        else {
          const first = simplex[0]!.t;
          for (let i = 1; i <= n; i++) {
            const t = simplex[i]!.t.map((tj, j) => first[j]! + 0.5 * (tj - first[j]!));
            simplex[i] = { t, v: value(t) };
          }
        }
      }
    }
    simplex.sort((a, b) => b.v - a.v);
    const found = simplex[0]!;
    if (!best || found.v > best.v) best = found;
  }
  if (!best) throw new Error('maximizeInBox needs at least one start');
  return { argument: toBox(box, best.t), value: best.v, evaluations };
}
