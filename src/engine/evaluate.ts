import type { Scenario } from '../scenario/schema';
import { evaluateLink } from './evaluate-links';
import { evaluateRequest } from './requests/evaluate-request';
import { indexScenario } from './requests/network-index';
import type { Evaluation } from './results';

/** Steady-state results of a validated scenario: every link's budget and every request's key. */
export function evaluateScenario(scenario: Scenario): Evaluation {
  const links = scenario.links.map(evaluateLink);
  const index = indexScenario(scenario, links);
  return { links, requests: scenario.requests.map((r) => evaluateRequest(index, r)) };
}
