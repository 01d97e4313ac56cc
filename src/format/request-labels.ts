import type { Evaluation } from '../engine/results';
import { anyHop } from '../worker/hop-table';

/** Above this QBER no BB84 key can be distilled; a jump past it is the signature of an eavesdropper. */
export const QBER_ALARM = 0.11;

/** Whether any hop's QBER over this link (or, with no link, of this request) is past the alarm. */
export function qberAlarm(evaluation: Evaluation | null, requestId: string | null, linkId?: string): boolean {
  if (!evaluation) return false;
  return evaluation.requests.some(
    (r, i) => (requestId === null || r.id === requestId) && anyHop(evaluation, i, (hopLinkId, _rate, qber) => (linkId === undefined || hopLinkId === linkId) && isAlarming(qber)),
  );
}

// A hop with no detections reports NaN, which is never past the alarm: no measurement, nothing to flag.
export function isAlarming(qber: number): boolean {
  return qber > QBER_ALARM;
}
