import type { Selection } from '../store/session-store';

export interface SelectChange {
  id: string;
  selected: boolean;
}

/** Apply React Flow's select/deselect changes to a list of ids, keeping the order things were selected in. */
export function applySelectChanges(current: readonly string[], changes: readonly SelectChange[]): readonly string[] {
  if (changes.length === 0) return current;
  const next = new Set(current);
  for (const c of changes) {
    if (c.selected) next.add(c.id);
    else next.delete(c.id);
  }
  return [...next];
}

/**
 * What the inspector shows after a selection change: the item just selected, else the previous one while it stays
 * selected, else the only selected item, else nothing.
 */
export function primaryAfter(previous: Selection, nodeIds: readonly string[], linkIds: readonly string[], justSelected: Selection): Selection {
  if (justSelected) return justSelected;
  if (previous?.kind === 'request') return previous;
  if (previous?.kind === 'node' && nodeIds.includes(previous.id)) return previous;
  if (previous?.kind === 'link' && linkIds.includes(previous.id)) return previous;
  const [onlyNode] = nodeIds;
  const [onlyLink] = linkIds;
  if (nodeIds.length === 1 && linkIds.length === 0 && onlyNode !== undefined) return { kind: 'node', id: onlyNode };
  if (linkIds.length === 1 && nodeIds.length === 0 && onlyLink !== undefined) return { kind: 'link', id: onlyLink };
  return null;
}
