/** Human-readable numbers with units, for panels and labels. */

const SI_PREFIXES = [
  { factor: 1e9, prefix: 'G' },
  { factor: 1e6, prefix: 'M' },
  { factor: 1e3, prefix: 'k' },
  { factor: 1, prefix: '' },
];

export function formatBitsPerSecond(rate: number): string {
  if (!Number.isFinite(rate)) return '—';
  if (rate === 0) return '0 bit/s';
  if (rate < 1) return `${rate.toPrecision(3)} bit/s`;
  const p = SI_PREFIXES.find((x) => rate >= x.factor) ?? SI_PREFIXES[SI_PREFIXES.length - 1]!;
  return `${(rate / p.factor).toPrecision(3)} ${p.prefix}bit/s`;
}

export function formatBits(bits: number): string {
  return formatBitsPerSecond(bits).replace('bit/s', 'bit');
}

export function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return '—';
  if (seconds === 0) return '0 s';
  if (seconds < 1e-3) return `${(seconds * 1e6).toPrecision(3)} µs`;
  if (seconds < 1) return `${(seconds * 1e3).toPrecision(3)} ms`;
  return `${seconds.toPrecision(3)} s`;
}

/** A channel loss: a link that passes no light at all (η = 0, an infinite loss) says so instead of "Infinity dB". */
export function formatLossDb(lossDb: number, digits = 2): string {
  if (lossDb === Infinity) return 'no light';
  return Number.isFinite(lossDb) ? `${lossDb.toFixed(digits)} dB` : '—';
}

/** A count per second to three significant figures, or — when the engine has none. */
export function formatPerSecond(rate: number, unit = '/s'): string {
  return Number.isFinite(rate) ? `${rate.toPrecision(3)} ${unit}` : '—';
}

export function formatPercent(fraction: number): string {
  return Number.isFinite(fraction) ? `${(fraction * 100).toFixed(2)} %` : '—';
}

export function formatClock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '—';
  const whole = Math.floor(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** A parameter value as typed into the inspector: plain for ordinary numbers, exponent form for tiny or huge ones. */
export function formatParam(value: number): string {
  if (value !== 0 && (Math.abs(value) < 1e-3 || Math.abs(value) >= 1e6)) return value.toExponential().replace('e+', 'e');
  return String(value);
}

/** A length for a label: as entered when it is a round figure, else to three significant figures (a slant range). */
export function formatLengthKm(lengthKm: number): string {
  if (!Number.isFinite(lengthKm)) return '—';
  const shown = Number.isInteger(lengthKm) || lengthKm >= 1000 ? Math.round(lengthKm) : +lengthKm.toPrecision(3);
  return `${shown.toLocaleString('en-US')} km`;
}
