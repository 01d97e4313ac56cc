import { fidelityMarks } from './fidelity-marks';
import { GaugeBar } from './GaugeBar';
import { formatPairNumber } from './pair-table';

/** The delivered fidelity on 0–1, marked where the pair is entangled, where a Werner pair violates CHSH and where it gives key. */
export function FidelityGauge({ fidelity, errorCorrectionEfficiency }: { fidelity: number; errorCorrectionEfficiency: number }) {
  const text = formatPairNumber(fidelity);
  const marks = fidelityMarks(errorCorrectionEfficiency);
  return (
    <GaugeBar value={fidelity} min={0} max={1} marks={marks} valueText={`F = ${text}`}
      label={`Fidelity ${text} on a 0 to 1 scale; entangled above 0.5, CHSH violation for Werner pairs above 0.78, key from Werner pairs above ${formatPairNumber(marks[2]!.value)}`} />
  );
}
