import { schemas, type Protocol, type Scenario, type ScenarioEvent, type ScenarioNode, type ScenarioRequest } from '../scenario/schema';

/** Edits the inspector makes to requests, node locations and the event schedule; each keeps the document valid. */

function replaceRequest(s: Scenario, id: string, build: (r: ScenarioRequest) => unknown): Scenario {
  return {
    ...s,
    requests: s.requests.map((r) => {
      if (r.id !== id) return r;
      const parsed = schemas().request.safeParse(build(r));
      return parsed.success ? parsed.data : r;
    }),
  };
}

/** Switch protocol: the request keeps its ends, routing and demand; protocol settings start from their defaults. */
export function setRequestProtocol(s: Scenario, id: string, protocol: Protocol): Scenario {
  return replaceRequest(s, id, (r) => ({
    id: r.id, label: r.label, source: r.source, target: r.target, routingMetric: r.routingMetric, demandBitsPerSecond: r.demandBitsPerSecond, protocol, params: {},
  }));
}

/** Set or clear (undefined) one top-level request option such as decoyMethod or finiteKeyBlockPulses; invalid values are ignored. */
export function setRequestOption(s: Scenario, id: string, key: string, value: string | number | boolean | undefined): Scenario {
  return replaceRequest(s, id, (r) => {
    const next: Record<string, unknown> = { ...r, [key]: value };
    if (value === undefined) delete next[key];
    return next;
  });
}

export function setNodeLocation(s: Scenario, id: string, location: ScenarioNode['location']): Scenario {
  return {
    ...s,
    nodes: s.nodes.map((n) => {
      if (n.id !== id) return n;
      const { location: _old, ...rest } = n;
      return (location ? { ...rest, location } : rest) as ScenarioNode;
    }),
  };
}

export function addEvent(s: Scenario, event: ScenarioEvent): Scenario {
  return { ...s, events: [...s.events, event] };
}

export function removeEvent(s: Scenario, index: number): Scenario {
  return { ...s, events: s.events.filter((_, i) => i !== index) };
}
