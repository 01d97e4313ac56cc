import type { Scenario, ScenarioLink } from '../scenario/schema';
import { evaluateLink, type LinkConditions } from './links/evaluate-link';
import { outagesAt } from './network-time/failure-schedule';
import { evaluateRequest } from './requests/evaluate-request';
import { indexScenario, type NetworkIndex } from './requests/network-index';
import { shareLinks } from './requests/share-links';
import type { Evaluation, LinkResult } from './results';

/** What holds on each link at time t: scheduled failures (of the link or an end node) and eavesdroppers. */
function linkConditions(scenario: Scenario, link: ScenarioLink, timeSeconds: number, failedNodeIds: ReadonlySet<string>, failedLinkIds: ReadonlySet<string>): LinkConditions {
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

/** Every link's channel at simulated time t, in scenario order and indexed for routing and requests (with an empty hop cache). */
export function networkAt(scenario: Scenario, timeSeconds = 0): { links: LinkResult[]; index: NetworkIndex } {
  const outages = outagesAt(scenario.events, timeSeconds);
  const nodes = new Map(scenario.nodes.map((n) => [n.id, n]));
  const links = scenario.links.map((l) =>
    evaluateLink(l, [nodes.get(l.source)!, nodes.get(l.target)!], timeSeconds, linkConditions(scenario, l, timeSeconds, outages.failedNodeIds, outages.failedLinkIds), scenario.settings.startTimeUtc),
  );
  return { links, index: indexScenario(scenario, links, outages.failedNodeIds) };
}

/** Results of a validated scenario at simulated time t: every link's channel and every request's path and key. */
export function evaluateScenario(scenario: Scenario, timeSeconds = 0): Evaluation {
  const { links, index } = networkAt(scenario, timeSeconds);
  const alone = scenario.requests.map((r) => evaluateRequest(index, r));
  return { links, requests: shareLinks(alone, scenario.requests) };
}
