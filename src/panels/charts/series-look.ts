import * as d3 from 'd3';
import { formatBits, formatBitsPerSecond, formatPercent, formatSeconds } from '../../format/format-units';

/** How a streamed series is titled, labelled and formatted. Series without an entry still chart, with plain numbers. */
export interface SeriesLook {
  title: string;
  unit: string;
  format(value: number): string;
  /** Axis tick labels: short, and in the same unit as `unit`. */
  tick: (value: number) => string;
  /** Spans many orders of magnitude, so the chart opens on a log axis. */
  logByDefault?: boolean;
}

const si = d3.format('~s');
const plain = (v: number) => (Number.isFinite(v) ? (Math.abs(v) >= 1e4 || (v !== 0 && Math.abs(v) < 1e-3) ? v.toExponential(2) : String(+v.toPrecision(4))) : '—');

// Below one pair per second SI prefixes would read "500m pairs/s", so small rates keep plain digits.
const formatPairsPerSecond = (v: number) => (!Number.isFinite(v) ? '—' : v >= 1000 ? `${d3.format('.3~s')(v)} pairs/s` : `${+v.toPrecision(3)} pairs/s`);

const LOOKS: Record<string, SeriesLook> = {
  keyRateBitsPerSecond: { title: 'Secret key rate', unit: 'bit/s', format: formatBitsPerSecond, tick: si, logByDefault: true },
  pairRatePerSecond: { title: 'Entangled pair rate', unit: 'pairs/s', format: formatPairsPerSecond, tick: si, logByDefault: true },
  secretKeyBits: { title: 'Accumulated secret key', unit: 'bit', format: formatBits, tick: si },
  qber: { title: 'QBER', unit: '%', format: formatPercent, tick: (v) => `${+(v * 100).toPrecision(3)}` },
  latencySeconds: { title: 'Latency', unit: 's', format: formatSeconds, tick: si },
  fidelity: { title: 'Fidelity', unit: '', format: (v) => (Number.isFinite(v) ? v.toFixed(4) : '—'), tick: (v) => `${+v.toPrecision(3)}` },
  storedKeyBits: { title: 'Key in store (made, not yet used)', unit: 'bit', format: formatBits, tick: si },
  unservedBitsPerSecond: { title: 'Unserved key demand', unit: 'bit/s', format: formatBitsPerSecond, tick: si },
  heldKeyBits: { title: 'Key held at relays (waiting for the other hops)', unit: 'bit', format: formatBits, tick: si },
};

export function seriesLook(series: string): SeriesLook {
  return LOOKS[series] ?? { title: series.replace(/([a-z])([A-Z])/g, '$1 $2'), unit: '', format: plain, tick: si };
}
