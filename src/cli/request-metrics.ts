import { tgwBitsPerSecondFromPlob } from '../engine/qkd/tgw';
import { cellValue, type Cell } from './csv-cells';
import type { SimulationReport } from './simulate-command';

/** What a sweep reports for every request, in this order: the simulate report's numbers plus the TGW bound. */
export const REQUEST_METRICS = [
  'keyRateBitsPerSecond',
  'qber',
  'latencySeconds',
  'fidelity',
  'entanglementRatePairsPerSecond',
  'plobBitsPerSecond',
  'tgwBitsPerSecond',
  'meanKeyRateBitsPerSecond',
  'secretKeyBits',
] as const;

type RequestReport = SimulationReport['requests'][number];

/** Protocols run as one optical session over the whole path: their bounds are for the path's total transmittance. */
const WHOLE_PATH_PROTOCOLS = new Set(['bbm92', 'tf-qkd']);

/**
 * TGW for the hop (or whole path) the request's PLOB comes from: the weakest hop for trusted-node relays, the path's
 * transmittance for one-session protocols; both bounds count the same channel uses.
 */
export function requestTgwBitsPerSecond(request: RequestReport, transmittanceOf: Map<string, number>): number {
  // No PLOB bound (a lossless path, or a request that delivers pairs): no TGW bound either.
  if (request.plobBitsPerSecond === null) return NaN;
  if (request.hops.length === 0 || request.plobBitsPerSecond === 0) return 0;
  const plob = request.plobBitsPerSecond;
  if (WHOLE_PATH_PROTOCOLS.has(request.protocol)) {
    const eta = request.hops.reduce((product, hop) => product * (transmittanceOf.get(hop.linkId) ?? 0), 1);
    return tgwBitsPerSecondFromPlob(plob, eta);
  }
  return Math.min(...request.hops.map((hop) => (hop.plobBitsPerSecond === null ? Infinity : tgwBitsPerSecondFromPlob(hop.plobBitsPerSecond, transmittanceOf.get(hop.linkId) ?? 0))));
}

/** Every metric of every request, in the scenario's request order. */
export function requestMetricCells(report: SimulationReport): Cell[] {
  const transmittanceOf = new Map(report.links.map((l) => [l.id, l.transmittance]));
  return report.requests.flatMap((r) =>
    REQUEST_METRICS.map((metric) => cellValue(metric === 'tgwBitsPerSecond' ? requestTgwBitsPerSecond(r, transmittanceOf) : r[metric])),
  );
}
