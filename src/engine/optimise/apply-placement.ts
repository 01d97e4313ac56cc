import type { Scenario, ScenarioLink } from '../../scenario/schema';
import { fibersByNode, isCandidateSite, junctionSpansFrom, requestEnds, spanLossDb, spliceFibers, type JunctionSpan } from './junction-spans';

const MAX_ID_LENGTH = 64;

/** A fresh link id from the spliced fibres' ids, short enough for the schema and unused in the scenario. */
function spliceId(span: JunctionSpan, taken: Set<string>): string {
  const base = `${span.fibers[0]!.id}:${span.fibers[span.fibers.length - 1]!.id}`.slice(0, MAX_ID_LENGTH - 4);
  let id = base;
  for (let i = 2; taken.has(id); i++) id = `${base}.${i}`;
  taken.add(id);
  return id;
}

/**
 * The design with only the chosen candidate sites kept: every other candidate becomes a fibre junction, so the
 * fibres through it are spliced into one span between the kept nodes at its ends (the lowest-loss such span, and only
 * where the two ends have no link of their own). Its other links, and events naming it or its links, go with it.
 */
export function applyPlacement(scenario: Scenario, chosen: ReadonlySet<string>): Scenario {
  const ends = requestEnds(scenario);
  const junction = new Set(scenario.nodes.filter((n) => isCandidateSite(n, ends) && !chosen.has(n.id)).map((n) => n.id));
  if (junction.size === 0) return scenario;
  const kept = scenario.links.filter((l) => !junction.has(l.source) && !junction.has(l.target));
  const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  const linked = new Set(kept.map((l) => pairKey(l.source, l.target)));
  const best = new Map<string, JunctionSpan>();
  const byNode = fibersByNode(scenario.links);
  for (const node of scenario.nodes) {
    if (junction.has(node.id)) continue;
    junctionSpansFrom(node.id, byNode, (id) => junction.has(id), (span) => {
      if (span.junctions.length === 0 || junction.has(span.to) || span.from > span.to) return;
      const key = pairKey(span.from, span.to);
      if (linked.has(key)) return;
      const current = best.get(key);
      if (!current || spanLossDb(spliceFibers(span.fibers)) < spanLossDb(spliceFibers(current.fibers))) best.set(key, span);
    });
  }
  const taken = new Set(scenario.links.map((l) => l.id));
  const spliced: ScenarioLink[] = [...best.values()].map((span) => ({
    id: spliceId(span, taken),
    label: `fibre via ${span.junctions.join(', ')}`.slice(0, 80),
    kind: 'fiber',
    source: span.from,
    target: span.to,
    params: spliceFibers(span.fibers),
  }));
  const links = [...kept, ...spliced];
  const linkIds = new Set(links.map((l) => l.id));
  return {
    ...scenario,
    nodes: scenario.nodes.filter((n) => !junction.has(n.id)),
    links,
    events: scenario.events.filter((e) => ('linkId' in e ? linkIds.has(e.linkId) : !junction.has(e.nodeId))),
  };
}
