import type { Scenario, ScenarioLink, ScenarioNode } from '../../scenario/schema';

type FiberLink = Extract<ScenarioLink, { kind: 'fiber' }>;

/** A run of fibres from one kept node to another whose inner nodes are all junctions (candidates not chosen). */
export interface JunctionSpan {
  from: string;
  to: string;
  /** Junction nodes passed, in order from `from`. */
  junctions: string[];
  fibers: FiberLink[];
}

/** A site the optimiser may keep or turn into a junction: a trusted node or repeater marked candidate that ends no request. */
export function isCandidateSite(node: ScenarioNode, requestEnds: ReadonlySet<string>): boolean {
  return (node.kind === 'trusted-node' || node.kind === 'repeater') && node.candidate === true && !requestEnds.has(node.id);
}

export function requestEnds(scenario: Scenario): Set<string> {
  return new Set(scenario.requests.flatMap((r) => [r.source, r.target]));
}

/**
 * Spliced fibres are one longer fibre: lengths, attenuation losses and insertion losses add, so the loss and the
 * latency are exact; the misalignment and any eavesdropper are the worst along the way (a conservative choice).
 */
export function spliceFibers(fibers: readonly FiberLink[]): FiberLink['params'] {
  const lengthKm = fibers.reduce((sum, f) => sum + f.params.lengthKm, 0);
  const weighted = (value: (f: FiberLink) => number) => fibers.reduce((sum, f) => sum + value(f) * f.params.lengthKm, 0) / lengthKm;
  return {
    lengthKm,
    attenuationDbPerKm: weighted((f) => f.params.attenuationDbPerKm),
    insertionLossDb: fibers.reduce((sum, f) => sum + f.params.insertionLossDb, 0),
    groupIndex: weighted((f) => f.params.groupIndex),
    misalignmentError: Math.max(...fibers.map((f) => f.params.misalignmentError)),
    interceptedFraction: Math.max(...fibers.map((f) => f.params.interceptedFraction)),
  };
}

export const spanLossDb = (params: FiberLink['params']) => params.lengthKm * params.attenuationDbPerKm + params.insertionLossDb;

/**
 * Every span from `from` through junctions only (nodes for which `isJunction` holds) to any next node, by depth-first
 * search over fibres (a span may end at a junction too); `keepGoing` may cut a span short (the optimiser stops once a
 * span can meet no target).
 */
export function junctionSpansFrom(
  from: string,
  fibersByNode: ReadonlyMap<string, readonly FiberLink[]>,
  isJunction: (id: string) => boolean,
  visit: (span: JunctionSpan) => void,
  keepGoing: (span: JunctionSpan) => boolean = () => true,
): void {
  const onPath = new Set([from]);
  const junctions: string[] = [];
  const fibers: FiberLink[] = [];
  const walk = (at: string) => {
    for (const fiber of fibersByNode.get(at) ?? []) {
      const next = fiber.source === at ? fiber.target : fiber.source;
      if (onPath.has(next)) continue;
      fibers.push(fiber);
      const span: JunctionSpan = { from, to: next, junctions: [...junctions], fibers: [...fibers] };
      visit(span);
      if (isJunction(next) && keepGoing({ ...span, junctions: [...junctions, next] })) {
        onPath.add(next);
        junctions.push(next);
        walk(next);
        junctions.pop();
        onPath.delete(next);
      }
      fibers.pop();
    }
  };
  walk(from);
}

export function fibersByNode(links: readonly ScenarioLink[]): Map<string, FiberLink[]> {
  const byNode = new Map<string, FiberLink[]>();
  for (const link of links) {
    if (link.kind !== 'fiber') continue;
    for (const end of [link.source, link.target]) {
      let list = byNode.get(end);
      if (!list) byNode.set(end, (list = []));
      list.push(link);
    }
  }
  return byNode;
}
