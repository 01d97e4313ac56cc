import type { Evaluation } from '../../engine/results';
import { formatBitsPerSecond } from '../../format/format-units';
import type { Observed, Prediction } from './lesson';

/** The observed quantity in the unit a lesson speaks of (QBER in %, rates per second, loss in dB); null when the engine has none. */
export function readObserved(evaluation: Evaluation | null, observed: Observed): number | null {
  if (!evaluation) return null;
  let value: number | null | undefined;
  if (observed.kind === 'link') {
    const link = evaluation.links.find((l) => l.id === observed.linkId);
    value = observed.quantity === 'lossDb' ? link?.lossDb : link?.elevationDeg;
  } else {
    const r = evaluation.requests.find((q) => q.id === observed.requestId);
    if (r) {
      value = { keyRate: r.keyRateBitsPerSecond, qber: r.qber * 100, fidelity: r.fidelity, pairRate: r.entanglementRatePairsPerSecond, plob: r.plobBitsPerSecond }[observed.quantity];
    }
  }
  return value === undefined || value === null || !Number.isFinite(value) ? null : value;
}

/** The value as the step card shows it; — when the engine reports none (no key means no QBER, no pair means no fidelity). */
export function formatObserved(value: number | null, observed: Observed): string {
  if (value === null) return '—';
  if (observed.kind === 'link') return observed.quantity === 'lossDb' ? `${value.toFixed(1)} dB` : `${value.toFixed(0)}°`;
  switch (observed.quantity) {
    case 'keyRate':
    case 'plob':
      return formatBitsPerSecond(value);
    case 'qber':
      return `${value.toFixed(1)} %`;
    case 'fidelity':
      return value.toFixed(3);
    case 'pairRate':
      return `${value.toPrecision(3)} pairs/s`;
  }
}

/** Whether a student's answer is right: the chosen index, or a number within the stated tolerance. */
export function isRightAnswer(prediction: Prediction, answer: number): boolean {
  return prediction.kind === 'choice' ? answer === prediction.answerIndex : Math.abs(answer - prediction.answer) <= prediction.tolerance;
}

/** The expected answer in words, for the feedback line and the teacher sheet. */
export function expectedAnswer(prediction: Prediction): string {
  return prediction.kind === 'choice' ? prediction.choices[prediction.answerIndex]! : `${prediction.answer} ${prediction.unit} (± ${prediction.tolerance})`;
}
