import type { Scenario } from '../scenario/schema';

type Named = { id: string; label?: string | undefined };

function difference<T extends Named>(from: readonly T[], to: readonly T[]): T[] {
  if (from === to) return [];
  const ids = new Set(to.map((x) => x.id));
  return from.filter((x) => !ids.has(x.id));
}

function list(items: readonly Named[], what: string): string {
  const names = items.slice(0, 3).map((x) => x.label || x.id);
  const more = items.length > 3 ? ` and ${items.length - 3} more` : '';
  return `${what}${items.length === 1 ? '' : 's'} ${names.join(', ')}${more}`;
}

/** Words for the live region when nodes or links appear or disappear (any cause: a gesture, a command, undo); null otherwise. */
export function describeChange(prev: Scenario, next: Scenario): string | null {
  // Drags and parameter edits keep the arrays' ids: skip the set work for them.
  const sameIds = <T extends Named>(a: readonly T[], b: readonly T[]) => a === b || (a.length === b.length && a.every((x, i) => x.id === b[i]?.id));
  if (sameIds(prev.nodes, next.nodes) && sameIds(prev.links, next.links)) return null;
  const parts: string[] = [];
  const addedNodes = difference(next.nodes, prev.nodes);
  const removedNodes = difference(prev.nodes, next.nodes);
  const addedLinks = difference(next.links, prev.links);
  const removedLinks = difference(prev.links, next.links);
  if (addedNodes.length > 0) parts.push(`Added ${list(addedNodes, 'node')}`);
  if (addedLinks.length > 0) parts.push(`Added ${list(addedLinks, 'link')}`);
  if (removedNodes.length > 0) parts.push(`Deleted ${list(removedNodes, 'node')}`);
  if (removedLinks.length > 0) parts.push(`Deleted ${list(removedLinks, 'link')}`);
  return parts.length > 0 ? `${parts.join('. ')}.` : null;
}
