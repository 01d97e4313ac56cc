import { projectBloch } from './bloch-projection';
import { AXES, type BlochRow } from './pair-tables';

const RADIUS = 52;
const BALL = 2 * RADIUS + 40;
const HEIGHT = BALL + 14;

/** The Bloch ball's outline, its equator and its x, y, z axes, dashed. */
function Ball({ cx, cy }: { cx: number; cy: number }) {
  const equator = Array.from({ length: 49 }, (_, k) => {
    const angle = (2 * Math.PI * k) / 48;
    const [dx, dy] = projectBloch([Math.cos(angle), Math.sin(angle), 0], RADIUS);
    return `${k === 0 ? 'M' : 'L'}${(cx + dx).toFixed(1)},${(cy + dy).toFixed(1)}`;
  }).join('');
  return (
    <g>
      <circle className="pair-ball" cx={cx} cy={cy} r={RADIUS} />
      <path className="pair-grid" d={equator} fill="none" />
      {AXES.map((axis, i) => {
        const unit: [number, number, number] = [i === 0 ? 1 : 0, i === 1 ? 1 : 0, i === 2 ? 1 : 0];
        const [dx, dy] = projectBloch(unit, RADIUS);
        return (
          <g key={axis}>
            <line className="pair-grid" x1={cx - dx} y1={cy - dy} x2={cx + dx} y2={cy + dy} strokeDasharray="3 3" />
            <text className="pair-tick" x={cx + dx * 1.18} y={cy + dy * 1.18 + 4} textAnchor="middle">{axis}</text>
          </g>
        );
      })}
    </g>
  );
}

/**
 * Each end's qubit after the other end measures +1 along x, y or z: one arrow per axis (colour = the axis measured).
 * For a pure Bell pair every arrow reaches the surface; noise shortens them (length w for a Werner pair).
 */
export function BlochVectors({ rows, sourceName, targetName }: { rows: readonly BlochRow[]; sourceName: string; targetName: string }) {
  const width = 2 * BALL + 20;
  const ends = [
    { end: 'source' as const, title: `${sourceName}'s qubit` },
    { end: 'target' as const, title: `${targetName}'s qubit` },
  ];
  const lengths = rows.map((r) => r.length.toFixed(2));
  return (
    <svg viewBox={`0 0 ${width} ${HEIGHT}`} width="100%" role="img"
      aria-label={`Conditional Bloch vectors of both ends, lengths ${lengths.join(', ')}; the table gives each vector`}>
      <defs>
        {AXES.map((axis) => (
          <marker key={axis} id={`pair-arrow-${axis}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" className={`pair-arrow--${axis}`} />
          </marker>
        ))}
      </defs>
      {ends.map(({ end, title }, k) => {
        const cx = 10 + BALL / 2 + k * (BALL + 10);
        const cy = 20 + BALL / 2;
        return (
          <g key={end}>
            <text className="pair-label" x={cx} y={12} textAnchor="middle">{title}</text>
            <Ball cx={cx} cy={cy} />
            {rows.filter((r) => r.end === end).map((r) => {
              const [dx, dy] = projectBloch(r.vector, RADIUS);
              return r.length < 1e-6 ? null : (
                <line key={r.axis} className={`pair-arrow pair-arrow--${r.axis}`} x1={cx} y1={cy} x2={cx + dx} y2={cy + dy} markerEnd={`url(#pair-arrow-${r.axis})`} />
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}
