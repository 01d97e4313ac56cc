import type { Scenario, ScenarioLink, ScenarioNode } from '../../scenario/schema';
import { evaluateStateInPieces, finish, isTimeVarying, linkConditions, shareAll, type EvaluationProgress, type EvaluationState } from '../evaluate';
import { evaluateLink } from '../links/evaluate-link';
import type { HopResult, LinkResult } from '../results';
import { outageChangeTimes, outagesAt } from '../network-time/failure-schedule';
import { indexScenario, linkWeight, type LinkWeightKind, type NetworkIndex } from '../requests/network-index';
import { LayeredMap, type IndexMap } from '../requests/layered-map';
import { filterHasUnknown, filterMayHold, graphNumbering, type LinkNumbering } from '../requests/hop-links';
import { evaluateRequestsBySource } from '../requests/requests-by-source';
import { wantedShare, type Standalone } from '../requests/share-links';
import { RerouteCheck } from './reroute-check';
import { scenarioChanges } from './scenario-changes';

/** The network is in the same state at both times: no satellite moves it and no scheduled event falls between them. */
function sameConditions(before: EvaluationState, scenario: Scenario, timeSeconds: number): boolean {
  if (before.timeSeconds === timeSeconds) return true;
  if (isTimeVarying(before.scenario) || isTimeVarying(scenario)) return false;
  const [from, to] = [Math.min(before.timeSeconds, timeSeconds), Math.max(before.timeSeconds, timeSeconds)];
  return outageChangeTimes(scenario.events, from, to).length === 0;
}

/**
 * The routing index for the edited scenario, sharing what the edit left alone: the graph and its search arrays, the
 * outage masks (same events and time) and relay masks (same node kinds); lookups layered over the old ones with the
 * changed entries on top, and link weights copied with the touched links' replaced.
 */
function reindex(before: EvaluationState, scenario: Scenario, links: LinkResult[], touchedLinks: readonly number[], changedNodeIds: ReadonlySet<string>): NetworkIndex {
  const old = before.index;
  let nodes = old.nodes;
  if (changedNodeIds.size > 0) {
    nodes = LayeredMap.over(old.nodes);
    for (const id of changedNodeIds) nodes.set(id, scenario.nodes[old.graph.nodeIndex.get(id)!]!);
  }
  const linkDefinitions = LayeredMap.over(old.links);
  const linkResults = LayeredMap.over(old.linkResults);
  for (const l of touchedLinks) {
    linkDefinitions.set(scenario.links[l]!.id, scenario.links[l]!);
    linkResults.set(scenario.links[l]!.id, links[l]!);
  }
  // A BB84 hop depends only on its link's channel, its two stations and the request's settings: keep those of untouched links.
  const hopCache = new Map<string, IndexMap<number, HopResult>>();
  for (const [settings, hops] of old.hopCache) {
    const kept = LayeredMap.over(hops);
    for (const l of touchedLinks) {
      kept.delete(2 * l);
      kept.delete(2 * l + 1);
    }
    hopCache.set(settings, kept);
  }
  // The graph keeps the scenario's link order (the topology is the same), so weights are by scenario index.
  const linkWeights = new Map<LinkWeightKind, Float64Array>();
  for (const [kind, weights] of old.linkWeights) {
    const copy = weights.slice();
    for (const l of touchedLinks) copy[l] = linkWeight(kind, links[l]!);
    linkWeights.set(kind, copy);
  }
  return { ...old, scenario, nodes, links: linkDefinitions, linkResults, hopCache, relayMasks: new Map(old.relayMasks), linkWeights };
}

/**
 * Whether the groups of requests sharing links are the ones before the edit: the same requests in the same order, and
 * every one evaluated again crossing the same links as it did.
 */
function sameGroups(before: EvaluationState, scenario: Scenario, alone: readonly Standalone[], stale: readonly number[], numbering: LinkNumbering): boolean {
  const earlierRequests = before.scenario.requests;
  if (earlierRequests.length !== scenario.requests.length) return false;
  for (let i = 0; i < scenario.requests.length; i++) if (earlierRequests[i]!.id !== scenario.requests[i]!.id) return false;
  return stale.every((i) => {
    const [now, was] = [numbering.linksOf(alone[i]!), numbering.linksOf(before.alone[i]!)];
    return now.length === was.length && now.every((link, h) => link >= 0 && link === was[h]);
  });
}

/** Each group's members, ascending, from each member's group number. */
function groupsOf(componentOf: Int32Array): number[][] {
  const groups: number[][] = [];
  componentOf.forEach((component, i) => (groups[component] ??= []).push(i));
  return groups;
}

/**
 * The evaluation of `scenario` at time t, reusing from `before` whatever the edit cannot have changed: untouched links
 * keep their channel, requests whose path avoids every edited link and node (and that no improved link can attract,
 * see RerouteCheck) keep their result, and groups of requests sharing links keep their fair shares when none of their
 * members changed. Identical to evaluateState(scenario, t) (a property test compares them over random edits).
 */
export function reevaluateState(before: EvaluationState, scenario: Scenario, timeSeconds: number): EvaluationState {
  return finish(reevaluateStateInPieces(before, scenario, timeSeconds));
}

/** reevaluateState in pieces, yielding after each path search like evaluateStateInPieces. */
export function* reevaluateStateInPieces(before: EvaluationState, scenario: Scenario, timeSeconds: number): Generator<EvaluationProgress, EvaluationState> {
  if (!sameConditions(before, scenario, timeSeconds)) return yield* evaluateStateInPieces(scenario, timeSeconds);
  const changes = scenarioChanges(before.scenario, scenario);
  if (changes.whole) return yield* evaluateStateInPieces(scenario, timeSeconds);

  const outages = outagesAt(scenario.events, timeSeconds);
  const topology = changes.addedLinkIds.size > 0 || changes.removedLinkIds.size > 0 || changes.removedNodeIds.size > 0 || before.scenario.nodes.length !== scenario.nodes.length;
  // Nodes by id for the links evaluated again: in the same places as before unless elements came or went.
  const nodes: { get(id: string): ScenarioNode | undefined } = topology ? new Map(scenario.nodes.map((n) => [n.id, n])) : { get: (id) => scenario.nodes[before.index.graph.nodeIndex.get(id)!] };
  // Each link's result from before, in the edited scenario's order (undefined for a link just added).
  const earlierLink = topology ? new Map(before.evaluation.links.map((r) => [r.id, r])) : null;
  const previousLinks = earlierLink ? scenario.links.map((l) => earlierLink.get(l.id)) : before.evaluation.links;
  const evaluated = (l: ScenarioLink) =>
    evaluateLink(l, [nodes.get(l.source)!, nodes.get(l.target)!], timeSeconds, linkConditions(scenario, l, timeSeconds, outages.failedNodeIds, outages.failedLinkIds), scenario.settings.startTimeUtc);
  let touchedLinks: number[] = [];
  let links: LinkResult[];
  // Only links edited in place, and the links in the same places: find them by id rather than test every link's id and ends.
  const editedInPlace = !topology && changes.nodeIds.size === 0 ? [...changes.linkIds].map((id) => before.index.graph.linkIndexById.get(id)) : null;
  if (editedInPlace && editedInPlace.every((l) => l !== undefined && scenario.links[l]!.id === before.scenario.links[l]!.id)) {
    touchedLinks = (editedInPlace as number[]).sort((a, b) => a - b);
    links = previousLinks.slice() as LinkResult[];
    for (const l of touchedLinks) links[l] = evaluated(scenario.links[l]!);
  } else {
    links = scenario.links.map((l, i) => {
      const previous = previousLinks[i];
      if (previous && !changes.linkIds.has(l.id) && !changes.nodeIds.has(l.source) && !changes.nodeIds.has(l.target)) return previous;
      touchedLinks.push(i);
      return evaluated(l);
    });
  }
  // A new graph keeps the order of what it kept, so searches break ties as before; its hop cache starts empty (it is by link index).
  const index = topology ? indexScenario(scenario, links, outages.failedNodeIds) : reindex(before, scenario, links, touchedLinks, changes.nodeIds);
  const physicsChanged = topology || touchedLinks.length > 0 || changes.nodeIds.size > 0;
  const reroute = new RerouteCheck(index, previousLinks, touchedLinks);
  const numbering = graphNumbering(index.graph);
  // A path over a removed link (numbered −1: the new graph has no such link, nor one of a removed node) must be found
  // again; one over a link made worse too. Touched links by number, so the check over every hop reads a typed array.
  const touchedMask = new Uint8Array(numbering.count);
  for (const l of touchedLinks) touchedMask[l] = 1;
  const crossesTouched = (result: Standalone) => {
    // Most paths are ruled out by their link filter; the hops are read only when it cannot tell.
    const filter = numbering.linkFilterOf(result);
    if (!filterHasUnknown(filter) && !touchedLinks.some((l) => filterMayHold(filter, l))) return false;
    const pathLinks = numbering.linksOf(result);
    for (let h = 0; h < pathLinks.length; h++) if (pathLinks[h]! < 0 || touchedMask[pathLinks[h]!] === 1) return true;
    return false;
  };
  const nodesChanged = changes.nodeIds.size > 0 || changes.removedNodeIds.size > 0;
  const earlier = new Map(before.scenario.requests.map((r, i) => [r.id, i]));

  const fresh = new Uint8Array(scenario.requests.length);
  const stale: number[] = [];
  const alone = new Array<Standalone>(scenario.requests.length);
  scenario.requests.forEach((request, i) => {
    const j = earlier.get(request.id);
    const old = j === undefined ? undefined : before.alone[j]!;
    const keep =
      old !== undefined &&
      !changes.requestIds.has(request.id) &&
      (!physicsChanged ||
        (old.path.length > 0 &&
          // A fidelity floor picks among several candidate paths, so any change may move it.
          !(request.protocol === 'entanglement' && request.minFidelity !== undefined) &&
          !crossesTouched(old) &&
          !(nodesChanged && old.path.some((n) => changes.nodeIds.has(n) || changes.removedNodeIds.has(n))) &&
          !reroute.mayMove(request, old, numbering.linksOf(old))));
    if (keep) alone[i] = old;
    else {
      fresh[i] = 1;
      stale.push(i);
    }
  });
  for (const done of evaluateRequestsBySource(index, scenario.requests, stale, alone)) yield { requestsDone: done, requests: stale.length };

  // A group is refilled when a member is new or changed, or when it held (before) a request that changed or left.
  const staleGroups = new Set<number>();
  before.scenario.requests.forEach((r, j) => {
    if (changes.removedRequestIds.has(r.id)) staleGroups.add(before.componentOf[j]!);
  });
  scenario.requests.forEach((r, i) => {
    const j = earlier.get(r.id);
    if (fresh[i] && j !== undefined) staleGroups.add(before.componentOf[j]!);
  });
  const previousOf = scenario.requests.map((r) => earlier.get(r.id));
  const groupsKept = sameGroups(before, scenario, alone, stale, numbering);
  const { requests, componentOf } = shareAll(
    alone,
    scenario,
    numbering,
    {
      resultOf: (i) => (fresh[i] || previousOf[i] === undefined ? undefined : before.evaluation.requests[previousOf[i]!]),
      unchanged: (members) => members.every((i) => !fresh[i] && previousOf[i] !== undefined && !staleGroups.has(before.componentOf[previousOf[i]!]!)),
      // With the groups kept, request i is request i before; those evaluated again cross the same links (sameGroups).
      sharesKept: (members) =>
        groupsKept && members.every((i) => !fresh[i] || Object.is(wantedShare(scenario.requests[i]!, alone[i]!), wantedShare(before.scenario.requests[i]!, before.alone[i]!)))
          ? (i) => before.evaluation.requests[i]!.linkShare
          : null,
    },
    groupsKept ? groupsOf(before.componentOf) : undefined,
  );
  return { scenario, timeSeconds, index, alone, componentOf, evaluation: { links, requests } };
}
