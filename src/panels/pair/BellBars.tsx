import type { BellWeights } from '../../engine/entanglement/delivered-pair';
import { formatPairNumber } from './pair-table';
import { BELL_STATES } from './pair-tables';

const WIDTH = 360;
const HEIGHT = 130;
const TOP = 18;
const BOTTOM = 22;
const PLOT = HEIGHT - TOP - BOTTOM;

/** The four Bell-state weights as bars on a 0–1 axis (they sum to 1). */
export function BellBars({ weights }: { weights: BellWeights }) {
  const slot = (WIDTH - 40) / BELL_STATES.length;
  const summary = BELL_STATES.map((s) => `${s.label} ${formatPairNumber(weights[s.key])}`).join(', ');
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={`Bell-state weights: ${summary}`}>
      <line className="pair-axis" x1={36} x2={WIDTH} y1={TOP + PLOT} y2={TOP + PLOT} />
      {[0, 0.5, 1].map((v) => (
        <g key={v}>
          <line className="pair-grid" x1={36} x2={WIDTH} y1={TOP + PLOT * (1 - v)} y2={TOP + PLOT * (1 - v)} />
          <text className="pair-tick" x={30} y={TOP + PLOT * (1 - v) + 4} textAnchor="end">{v}</text>
        </g>
      ))}
      {BELL_STATES.map((s, i) => {
        const value = Math.max(0, Math.min(1, weights[s.key]));
        const x = 40 + i * slot + slot * 0.2;
        const height = PLOT * value;
        return (
          <g key={s.key}>
            <rect className={i === 0 ? 'pair-bar' : 'pair-bar pair-bar--other'} x={x} y={TOP + PLOT - height} width={slot * 0.6} height={height} />
            <text className="pair-value" x={x + slot * 0.3} y={TOP + PLOT - height - 4} textAnchor="middle">{formatPairNumber(weights[s.key])}</text>
            <text className="pair-label" x={x + slot * 0.3} y={HEIGHT - 6} textAnchor="middle">{s.label}</text>
          </g>
        );
      })}
    </svg>
  );
}
