import type { Scenario, ScenarioLink, ScenarioNode } from '../scenario/schema';
import { evaluateLink, type LinkConditions } from './links/evaluate-link';
import { outagesAt } from './network-time/failure-schedule';
import { indexScenario, type NetworkIndex } from './requests/network-index';
import { evaluateRequestsBySource } from './requests/requests-by-source';
import { graphNumbering, type LinkNumbering } from './requests/hop-links';
import { shareComponent, sharedResult, sharingComponents, type Standalone } from './requests/share-links';
import type { Evaluation, LinkResult, RequestResult } from './results';

/** What holds on each link at time t: scheduled failures (of the link or an end node) and eavesdroppers. */
export function linkConditions(scenario: Scenario, link: ScenarioLink, timeSeconds: number, failedNodeIds: ReadonlySet<string>, failedLinkIds: ReadonlySet<string>): LinkConditions {
  const failedEnd = [link.source, link.target].find((id) => failedNodeIds.has(id));
  const failure = failedLinkIds.has(link.id) ? `link ${link.id} has failed` : failedEnd ? `node ${failedEnd} has failed` : null;
  let interceptedFraction = link.params.interceptedFraction;
  for (const e of scenario.events) {
    if (e.kind === 'eavesdropper' && e.linkId === link.id && timeSeconds >= e.startSeconds && (e.endSeconds === undefined || timeSeconds < e.endSeconds)) {
      interceptedFraction = Math.max(interceptedFraction, e.interceptedFraction);
    }
  }
  return { failure, interceptedFraction };
}

/** Satellite links change with every step, and so do free-space links at a station that minds the Sun; everything else only at scheduled events. */
export function isTimeVarying(scenario: Scenario): boolean {
  let varying = timeVarying.get(scenario);
  if (varying === undefined) timeVarying.set(scenario, (varying = scansAsTimeVarying(scenario)));
  return varying;
}

/** Scenarios are not changed once made (an edit makes a new one), so each is scanned once: a run and its edits ask often. */
const timeVarying = new WeakMap<Scenario, boolean>();

/** Which nodes make their links vary with time; an edit of links or requests keeps the nodes array, so this is kept too. */
const timeVaryingNodes = new WeakMap<readonly ScenarioNode[], { satellites: ReadonlySet<string>; mindsSun: ReadonlySet<string> }>();

function nodesMakingTimeVarying(nodes: readonly ScenarioNode[]): { satellites: ReadonlySet<string>; mindsSun: ReadonlySet<string> } {
  let found = timeVaryingNodes.get(nodes);
  if (found) return found;
  const satellites = new Set(nodes.filter((n) => n.kind === 'satellite').map((n) => n.id));
  const mindsSun = new Set(nodes.filter((n) => {
    const p = n.params as { maxSunElevationDeg?: number; daylightBackgroundProbability?: number };
    return (p.maxSunElevationDeg ?? 90) < 90 || (p.daylightBackgroundProbability ?? 0) > 0;
  }).map((n) => n.id));
  timeVaryingNodes.set(nodes, (found = { satellites, mindsSun }));
  return found;
}

function scansAsTimeVarying(scenario: Scenario): boolean {
  const { satellites, mindsSun } = nodesMakingTimeVarying(scenario.nodes);
  // With no such node no link needs a look: the common case, and then an edit costs no scan of the links.
  if (satellites.size > 0 && scenario.links.some((l) => satellites.has(l.source) || satellites.has(l.target))) return true;
  if (scenario.settings.startTimeUtc === undefined || mindsSun.size === 0) return false;
  return scenario.links.some((l) => l.kind === 'free-space' && (mindsSun.has(l.source) || mindsSun.has(l.target)));
}

/** Every link's channel at simulated time t, in scenario order and indexed for routing and requests (with an empty hop cache). */
export function networkAt(scenario: Scenario, timeSeconds = 0): { links: LinkResult[]; index: NetworkIndex } {
  const outages = outagesAt(scenario.events, timeSeconds);
  const nodes = new Map(scenario.nodes.map((n) => [n.id, n]));
  const links = scenario.links.map((l) =>
    evaluateLink(l, [nodes.get(l.source)!, nodes.get(l.target)!], timeSeconds, linkConditions(scenario, l, timeSeconds, outages.failedNodeIds, outages.failedLinkIds), scenario.settings.startTimeUtc),
  );
  return { links, index: indexScenario(scenario, links, outages.failedNodeIds) };
}

/** An evaluation with what produced it, so an edit can reuse every part it cannot have changed (src/engine/incremental). */
export interface EvaluationState {
  scenario: Scenario;
  timeSeconds: number;
  index: NetworkIndex;
  /** Each request's result as if alone on its links, in scenario order. */
  alone: Standalone[];
  /** Each request's group of requests sharing links (see sharingComponents), in scenario order. */
  componentOf: Int32Array;
  evaluation: Evaluation;
}

/** What an edit left of the shares before it (src/engine/incremental/reevaluate.ts). */
export interface EarlierShares {
  /** Request i's shared result from before, when its standalone result is the very one it was made from. */
  resultOf(i: number): RequestResult | undefined;
  /** True when the group is one from before with no member changed, so its results stand as they were. */
  unchanged(members: readonly number[]): boolean;
  /**
   * Each member's share of its links' time from before, when the group is one from before whose members all ask for
   * the same part of the same links as they did (only their rates alone changed): the fair shares cannot have moved.
   */
  sharesKept(members: readonly number[]): ((i: number) => number) | null;
}

/**
 * Fair shares for every group of requests; with `earlier`, a result whose share did not move is kept as it was.
 * `components` are the groups when the caller knows them already (sharingComponents(alone) otherwise).
 */
export function shareAll(alone: readonly Standalone[], scenario: Scenario, numbering: LinkNumbering, earlier?: EarlierShares, components = sharingComponents(alone, numbering)): { requests: RequestResult[]; componentOf: Int32Array } {
  const requests = new Array<RequestResult>(alone.length);
  const componentOf = new Int32Array(alone.length);
  components.forEach((members, component) => {
    const kept = earlier?.unchanged(members) ? null : earlier?.sharesKept(members);
    if (earlier?.unchanged(members)) for (const i of members) requests[i] = earlier.resultOf(i)!;
    else if (kept) for (const i of members) requests[i] = earlier!.resultOf(i) ?? sharedResult(alone[i]!, kept(i));
    else shareComponent(alone, scenario.requests, members, requests, earlier && ((i) => earlier.resultOf(i)), numbering);
    for (const i of members) componentOf[i] = component;
  });
  return { requests, componentOf };
}

/** How far an evaluation in pieces has come: requests evaluated so far, of how many. */
export interface EvaluationProgress {
  requestsDone: number;
  requests: number;
}

/**
 * Everything about the network at simulated time t, whole, in pieces: it yields after each path search (one per
 * source, see evaluateRequestsBySource), so a caller can pause between pieces and say how far it has come.
 */
export function* evaluateStateInPieces(scenario: Scenario, timeSeconds = 0): Generator<EvaluationProgress, EvaluationState> {
  const { links, index } = networkAt(scenario, timeSeconds);
  const alone = new Array<Standalone>(scenario.requests.length);
  const total = scenario.requests.length;
  for (const done of evaluateRequestsBySource(index, scenario.requests, scenario.requests.keys(), alone)) yield { requestsDone: done, requests: total };
  const { requests, componentOf } = shareAll(alone, scenario, graphNumbering(index.graph));
  return { scenario, timeSeconds, index, alone, componentOf, evaluation: { links, requests } };
}

/** Runs an evaluation in pieces to its end. */
export function finish<T>(pieces: Generator<unknown, T>): T {
  for (;;) {
    const next = pieces.next();
    if (next.done) return next.value;
  }
}

/** Everything about the network at simulated time t, whole. */
export function evaluateState(scenario: Scenario, timeSeconds = 0): EvaluationState {
  return finish(evaluateStateInPieces(scenario, timeSeconds));
}

/** Results of a validated scenario at simulated time t: every link's channel and every request's path and key. */
export function evaluateScenario(scenario: Scenario, timeSeconds = 0): Evaluation {
  return evaluateState(scenario, timeSeconds).evaluation;
}
