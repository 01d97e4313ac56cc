import { useState } from 'react';

/**
 * Requests listed before "Show all": 5,000 request cards are some 30,000 elements the page lays out again on every
 * evaluation, long enough to stall the page (and its engine watchdog) for seconds.
 */
export const REQUESTS_SHOWN = 100;

/** The first REQUESTS_SHOWN items (plus the selected one, wherever it is) until the user asks for all. */
export function useFirstRequests<T extends { id: string }>(items: readonly T[], selectedId: string | null) {
  const [all, setAll] = useState(false);
  if (all || items.length <= REQUESTS_SHOWN) return { shown: items, hidden: 0, all, setAll };
  const shown = items.slice(0, REQUESTS_SHOWN);
  const selected = selectedId === null ? undefined : items.find((item) => item.id === selectedId);
  if (selected && !shown.includes(selected)) shown.push(selected);
  return { shown, hidden: items.length - shown.length, all, setAll };
}
