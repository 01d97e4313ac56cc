import type { Arc, Topology } from 'topojson-specification';

/** world-atlas quantizes at 1e5 (~400 m steps); the bundled land uses 1e4 (~4 km), still finer than 1:110m data. */
export const LAND_QUANTIZE_FACTOR = 10;

/**
 * Re-quantizes a quantized, delta-encoded TopoJSON topology `factor` times coarser: every arc position is decoded,
 * divided by `factor` and rounded, consecutive duplicates are dropped (an arc keeps at least its two ends) and the
 * result is delta-encoded again. Shared arc ends round to the same point, so rings still close.
 */
export function quantizeTopology<T extends Topology>(topology: T, factor: number): T {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`factor must be a positive integer, not ${factor}`);
  const transform = topology.transform;
  if (!transform) throw new Error('the topology is not quantized (it has no transform)');
  const arcs = topology.arcs.map((arc) => quantizeArc(arc, factor));
  return {
    ...topology,
    arcs,
    transform: { scale: [transform.scale[0] * factor, transform.scale[1] * factor], translate: [...transform.translate] },
  };
}

function quantizeArc(arc: Arc, factor: number): Arc {
  const points: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [dx = 0, dy = 0] of arc) {
    x += dx;
    y += dy;
    const p: [number, number] = [Math.round(x / factor), Math.round(y / factor)];
    const last = points[points.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) points.push(p);
  }
  // An arc that collapsed to one point keeps both ends, so arc indexes and ring joins stay valid.
  if (points.length === 1) points.push([points[0]![0], points[0]![1]]);
  let px = 0;
  let py = 0;
  return points.map(([qx, qy]) => {
    const delta = [qx - px, qy - py];
    px = qx;
    py = qy;
    return delta;
  });
}
