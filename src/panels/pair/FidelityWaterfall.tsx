import { formatPairNumber } from './pair-table';
import type { WaterfallRow } from './waterfall-rows';

const WIDTH = 360;
const ROW = 34;
const LEFT = 8;
const RIGHT = 44;
const TOP = 6;
const AXIS = 22;

/**
 * Fidelity after each step along the path, one bar per step in the engine's order. The axis starts at 0.5 (the
 * entanglement threshold) when every step is above it, so the small losses of waits and swaps stay visible.
 */
export function FidelityWaterfall({ rows }: { rows: readonly WaterfallRow[] }) {
  const min = rows.every((r) => r.fidelity >= 0.5) ? 0.5 : 0;
  const x = (f: number) => LEFT + ((Math.max(min, Math.min(1, f)) - min) / (1 - min)) * (WIDTH - LEFT - RIGHT);
  const height = TOP + rows.length * ROW + AXIS;
  const ticks = min === 0.5 ? [0.5, 0.75, 1] : [0, 0.5, 1];
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img"
      aria-label={`Fidelity after each of ${rows.length} steps along the path, from ${formatPairNumber(rows[0]?.fidelity ?? NaN)} to ${formatPairNumber(rows.at(-1)?.fidelity ?? NaN)}; the table lists the steps`}>
      {ticks.map((t) => (
        <g key={t}>
          <line className="pair-grid" x1={x(t)} x2={x(t)} y1={TOP} y2={TOP + rows.length * ROW} />
          <text className="pair-tick" x={x(t)} y={height - 6} textAnchor="middle">{t}</text>
        </g>
      ))}
      {rows.map((r, i) => {
        const y = TOP + i * ROW;
        return (
          <g key={i}>
            <text className="pair-label" x={LEFT} y={y + 11}>{r.step} · {r.pair}</text>
            <rect className={`pair-step pair-step--${r.kind}`} x={LEFT} y={y + 15} width={Math.max(1, x(r.fidelity) - LEFT)} height={12} rx={2} />
            <text className="pair-value" x={x(r.fidelity) + 4} y={y + 25}>{formatPairNumber(r.fidelity)}</text>
          </g>
        );
      })}
    </svg>
  );
}
