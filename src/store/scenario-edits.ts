import type { Scenario, ScenarioLink, ScenarioNode, ScenarioRequest } from '../scenario/schema';

/** Pure document edits: each returns a new scenario and leaves the old one untouched, so undo is a pointer swap. */

export function moveNode(s: Scenario, id: string, position: { x: number; y: number }): Scenario {
  return { ...s, nodes: s.nodes.map((n) => (n.id === id ? { ...n, position } : n)) };
}

export function setNodeParam(s: Scenario, id: string, key: string, value: number): Scenario {
  return {
    ...s,
    nodes: s.nodes.map((n) => (n.id === id ? ({ ...n, params: { ...n.params, [key]: value } } as ScenarioNode) : n)),
  };
}

export function setLinkParam(s: Scenario, id: string, key: string, value: number): Scenario {
  return {
    ...s,
    links: s.links.map((l) => (l.id === id ? ({ ...l, params: { ...l.params, [key]: value } } as ScenarioLink) : l)),
  };
}

export function setRequestParam(s: Scenario, id: string, key: string, value: number): Scenario {
  return {
    ...s,
    requests: s.requests.map((r) => (r.id === id ? ({ ...r, params: { ...r.params, [key]: value } } as ScenarioRequest) : r)),
  };
}

export function renameNode(s: Scenario, id: string, label: string): Scenario {
  return { ...s, nodes: s.nodes.map((n) => (n.id === id ? { ...n, label } : n)) };
}
