/**
 * Things that take network elements out of service over time. An eavesdropper on a QKD link raises its error rate
 * past the abort threshold, so the link yields no key while attacked and is routed around like a failed one; it is
 * kept apart from failures so results can say which happened.
 */
export type NetworkEvent =
  | { kind: 'link-failure'; linkId: string; startSeconds: number; endSeconds?: number | undefined }
  | { kind: 'node-failure'; nodeId: string; startSeconds: number; endSeconds?: number | undefined }
  | { kind: 'eavesdropper'; linkId: string; startSeconds: number; endSeconds?: number | undefined };

export interface OutageSet {
  failedLinkIds: Set<string>;
  failedNodeIds: Set<string>;
  attackedLinkIds: Set<string>;
}

/** True when `event` is in force at `timeSeconds`: from its start (inclusive) to its end (exclusive, open when left out). */
export function isActiveAt(event: NetworkEvent, timeSeconds: number): boolean {
  return timeSeconds >= event.startSeconds && (event.endSeconds === undefined || timeSeconds < event.endSeconds);
}

/** Elements out of service at `timeSeconds`. */
export function outagesAt(events: readonly NetworkEvent[], timeSeconds: number): OutageSet {
  const outages: OutageSet = { failedLinkIds: new Set(), failedNodeIds: new Set(), attackedLinkIds: new Set() };
  for (const event of events) {
    if (!isActiveAt(event, timeSeconds)) continue;
    if (event.kind === 'link-failure') outages.failedLinkIds.add(event.linkId);
    else if (event.kind === 'node-failure') outages.failedNodeIds.add(event.nodeId);
    else outages.attackedLinkIds.add(event.linkId);
  }
  return outages;
}

/**
 * Times in (fromSeconds, toSeconds] at which the set of outages may change, sorted and without repeats: routing only
 * needs to re-run at these instants, not at every simulation step.
 */
export function outageChangeTimes(events: readonly NetworkEvent[], fromSeconds: number, toSeconds: number): number[] {
  const times = new Set<number>();
  for (const event of events) {
    for (const t of [event.startSeconds, event.endSeconds]) if (t !== undefined && t > fromSeconds && t <= toSeconds) times.add(t);
  }
  return [...times].sort((a, b) => a - b);
}

/** Masks for routing: a link is down when failed, attacked, or either end node has failed. */
export function outageMasks(
  outages: OutageSet,
  nodeIds: readonly string[],
  linkIds: readonly string[],
): { nodeDown: Uint8Array; linkDown: Uint8Array } {
  const nodeDown = Uint8Array.from(nodeIds, (id) => (outages.failedNodeIds.has(id) ? 1 : 0));
  const linkDown = Uint8Array.from(linkIds, (id) => (outages.failedLinkIds.has(id) || outages.attackedLinkIds.has(id) ? 1 : 0));
  return { nodeDown, linkDown };
}

/** One-line reason an element is out of service, for results ("link AB attacked by an eavesdropper since t = 30 s"). */
export function describeOutage(events: readonly NetworkEvent[], elementId: string, timeSeconds: number): string | null {
  const event = events.find((e) => isActiveAt(e, timeSeconds) && (e.kind === 'node-failure' ? e.nodeId : e.linkId) === elementId);
  if (!event) return null;
  const since = `since t = ${event.startSeconds} s`;
  switch (event.kind) {
    case 'link-failure':
      return `link ${event.linkId} failed ${since}`;
    case 'node-failure':
      return `node ${event.nodeId} failed ${since}`;
    case 'eavesdropper':
      return `link ${event.linkId} attacked by an eavesdropper ${since} (QBER above the abort threshold, no key)`;
  }
}
