import { FIDELITY_MARKS } from './fidelity-marks';
import { GaugeBar } from './GaugeBar';
import { formatPairNumber } from './pair-table';

/** The delivered fidelity on 0–1, marked where the pair is entangled and where a Werner pair violates CHSH. */
export function FidelityGauge({ fidelity }: { fidelity: number }) {
  const text = formatPairNumber(fidelity);
  return (
    <GaugeBar value={fidelity} min={0} max={1} marks={FIDELITY_MARKS} valueText={`F = ${text}`}
      label={`Fidelity ${text} on a 0 to 1 scale; entangled above 0.5, CHSH violation for Werner pairs above 0.78`} />
  );
}
