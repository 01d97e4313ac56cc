import type { Evaluation } from '../engine/results';
import { anyHop } from '../worker/hop-table';

/** Above this QBER no BB84 key can be distilled; a jump past it is the signature of an eavesdropper. */
export const QBER_ALARM = 0.11;

/** Each evaluation's request positions by id, built once: a legend asks once per drawn request on every render. */
const requestPositions = new WeakMap<Evaluation, Map<string, number>>();

function requestPosition(evaluation: Evaluation, requestId: string): number | undefined {
  let positions = requestPositions.get(evaluation);
  if (!positions) requestPositions.set(evaluation, (positions = new Map(evaluation.requests.map((r, i) => [r.id, i]))));
  return positions.get(requestId);
}

/** Whether any hop's QBER over this link (or, with no link, of this request) is past the alarm. */
export function qberAlarm(evaluation: Evaluation | null, requestId: string | null, linkId?: string): boolean {
  if (!evaluation) return false;
  const alarming = (i: number) => anyHop(evaluation, i, (hopLinkId, _rate, qber) => (linkId === undefined || hopLinkId === linkId) && isAlarming(qber));
  if (requestId === null) return evaluation.requests.some((_r, i) => alarming(i));
  const position = requestPosition(evaluation, requestId);
  return position !== undefined && alarming(position);
}

// A hop with no detections reports NaN, which is never past the alarm: no measurement, nothing to flag.
export function isAlarming(qber: number): boolean {
  return qber > QBER_ALARM;
}
