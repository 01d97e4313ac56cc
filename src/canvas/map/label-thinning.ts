/** A marker's label as placed on screen: to the right of the marker, vertically centred on it. */
export interface LabelCandidate {
  id: string;
  /** The marker's centre, screen pixels. */
  x: number;
  y: number;
  /** Label size, screen pixels. */
  width: number;
  height: number;
  /** Higher is shown first when labels collide. */
  priority: number;
}

export interface LabelBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Gap between a marker's centre and its label, screen pixels (the marker's radius and a little air). */
export const LABEL_OFFSET_PX = 9;

export function labelBox(c: LabelCandidate): LabelBox {
  return { left: c.x + LABEL_OFFSET_PX, top: c.y - c.height / 2, right: c.x + LABEL_OFFSET_PX + c.width, bottom: c.y + c.height / 2 };
}

const overlaps = (a: LabelBox, b: LabelBox) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Which labels to show so that no two shown label boxes overlap: greedy by priority (ties by id, so the answer is
 * stable while panning), as map labelling usually does. Cost grows with labels × shown labels.
 */
export function thinLabels(candidates: readonly LabelCandidate[]): Set<string> {
  const order = [...candidates].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const placed: LabelBox[] = [];
  const shown = new Set<string>();
  for (const c of order) {
    const box = labelBox(c);
    if (placed.some((p) => overlaps(p, box))) continue;
    placed.push(box);
    shown.add(c.id);
  }
  return shown;
}

/** Rough label width for a name at the marker font (12 px semibold system sans), erring wide: for drawings made without a page. */
export function estimateLabelWidthPx(text: string): number {
  return Math.ceil(text.length * 7.6) + 10;
}

export const LABEL_HEIGHT_PX = 18;

/** What gets a label first: the selection, then the ends of requests, satellites, ground stations, trusted nodes, repeaters. */
export function labelPriority(kind: string, selected: boolean, endsRequest: boolean): number {
  const byKind: Record<string, number> = { satellite: 4, 'ground-station': 3, 'trusted-node': 2, repeater: 1 };
  return (selected ? 100 : 0) + (endsRequest ? 10 : 0) + (byKind[kind] ?? 0);
}
