import { CHSH_MARKS } from './fidelity-marks';
import { GaugeBar } from './GaugeBar';
import { formatPairNumber } from './pair-table';

/** The largest CHSH value on 0–3, against the local limit 2 and Tsirelson's bound 2√2. */
export function ChshMeter({ chsh }: { chsh: number }) {
  const text = formatPairNumber(chsh);
  return <GaugeBar value={chsh} min={0} max={3} marks={CHSH_MARKS} valueText={`S = ${text}`} label={`CHSH value ${text}; local realism allows up to 2, quantum mechanics up to 2√2 ≈ 2.83`} />;
}
