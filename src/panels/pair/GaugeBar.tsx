import type { GaugeMark } from './fidelity-marks';

const WIDTH = 360;
const HEIGHT = 76;
const LEFT = 12;
const RIGHT = 24;
const BAR_Y = 24;
const BAR_HEIGHT = 14;

/** A value on a horizontal scale with labelled threshold marks; the fill's colour says how many marks it passes. */
export function GaugeBar({ value, min, max, marks, label, valueText }: { value: number; min: number; max: number; marks: readonly GaugeMark[]; label: string; valueText: string }) {
  const x = (v: number) => LEFT + ((Math.max(min, Math.min(max, v)) - min) / (max - min)) * (WIDTH - LEFT - RIGHT);
  const reached = marks.filter((m) => value > m.value).length;
  const finite = Number.isFinite(value);
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={label}>
      <rect className="pair-gauge__track" x={LEFT} y={BAR_Y} width={WIDTH - LEFT - RIGHT} height={BAR_HEIGHT} rx={3} />
      {finite && <rect className={`pair-gauge__fill pair-gauge__fill--${reached}`} x={LEFT} y={BAR_Y} width={x(value) - LEFT} height={BAR_HEIGHT} rx={3} />}
      {finite && <text className="pair-value" x={Math.min(x(value), WIDTH - RIGHT - 40)} y={BAR_Y - 8} textAnchor="middle" fontWeight={600}>{valueText}</text>}
      {marks.map((m, i) => (
        <g key={m.value}>
          {/* Every other label one row lower, so neighbouring marks (0.78 and the key threshold) do not overlap. */}
          <line className="pair-mark" x1={x(m.value)} x2={x(m.value)} y1={BAR_Y - 4} y2={BAR_Y + BAR_HEIGHT + 4} />
          <text className="pair-tick" x={x(m.value)} y={BAR_Y + BAR_HEIGHT + 16 + (i % 2) * 12} textAnchor="middle">{m.short}</text>
        </g>
      ))}
      <text className="pair-tick" x={LEFT} y={BAR_Y + BAR_HEIGHT + 16} textAnchor="start">{min}</text>
    </svg>
  );
}
