import type { BellWeights } from '../../engine/entanglement/delivered-pair';
import { heatMapColour, heatMapTextColour } from './heat-map-colour';
import { BASIS_LABELS, densityRows } from './pair-tables';

const CELL = 58;
const LEFT = 44;
const TOP = 22;
const LEGEND = 30;

/**
 * The 4×4 density matrix as a heat map: colour depth is the entry's magnitude and hue its phase, which for the
 * Bell-diagonal states the engine tracks is 0 (blue, positive) or π (red, negative); the value is written in each cell.
 */
export function DensityHeatMap({ weights }: { weights: BellWeights }) {
  const rows = densityRows(weights);
  const width = LEFT + 4 * CELL + 8;
  const height = TOP + 4 * CELL + LEGEND;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxWidth: `${width}px` }} role="img"
      aria-label="Density matrix heat map in the basis |00⟩, |01⟩, |10⟩, |11⟩; the table gives each entry">
      {BASIS_LABELS.map((label, i) => (
        <g key={label}>
          <text className="pair-label" x={LEFT + i * CELL + CELL / 2} y={TOP - 6} textAnchor="middle">{label}</text>
          <text className="pair-label" x={LEFT - 6} y={TOP + i * CELL + CELL / 2 + 4} textAnchor="end">{label}</text>
        </g>
      ))}
      {rows.map((row, i) =>
        row.map((value, j) => {
          const shown = Math.abs(value) < 5e-5 ? 0 : value;
          // Inline style: the panel's CSS colours SVG text with the theme's text colour, which would hide it on dark cells.
          return (
            <g key={`${i}-${j}`}>
              <rect x={LEFT + j * CELL} y={TOP + i * CELL} width={CELL - 2} height={CELL - 2} fill={heatMapColour(shown)} stroke="#d5dae3" />
              <text x={LEFT + j * CELL + CELL / 2 - 1} y={TOP + i * CELL + CELL / 2 + 4} textAnchor="middle" style={{ fill: heatMapTextColour(shown), fontSize: 12 }}>
                {shown === 0 ? '0' : shown.toFixed(3)}
              </text>
            </g>
          );
        }),
      )}
      <rect x={LEFT} y={TOP + 4 * CELL + 10} width={12} height={12} fill={heatMapColour(0.5)} />
      <text className="pair-tick" x={LEFT + 16} y={TOP + 4 * CELL + 20}>positive (phase 0)</text>
      <rect x={LEFT + 130} y={TOP + 4 * CELL + 10} width={12} height={12} fill={heatMapColour(-0.5)} />
      <text className="pair-tick" x={LEFT + 146} y={TOP + 4 * CELL + 20}>negative (phase π)</text>
    </svg>
  );
}
