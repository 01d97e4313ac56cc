import type { Scenario, ScenarioLink, ScenarioNode, ScenarioRequest } from '../scenario/schema';
import { optimalBb84Decoy, bb84Decoy, type Bb84Link, type Bb84Protocol } from './qkd/bb84-decoy';
import type { HopResult, LinkResult, RequestResult } from './results';
import { buildAdjacency, fewestHopPath, type Adjacency } from './routing/hop-path';

export interface NetworkIndex {
  nodes: Map<string, ScenarioNode>;
  links: Map<string, ScenarioLink>;
  linkResults: Map<string, LinkResult>;
  adjacency: Adjacency;
}

/** Stations that hold a source and detectors; repeaters and satellites join QKD paths in later models. */
function terminalParams(node: ScenarioNode) {
  return node.kind === 'ground-station' || node.kind === 'trusted-node' ? node.params : null;
}

function evaluateHop(index: NetworkIndex, request: ScenarioRequest, linkId: string, from: string, to: string): HopResult {
  const link = index.links.get(linkId)!;
  const linkResult = index.linkResults.get(linkId)!;
  const sender = terminalParams(index.nodes.get(from)!);
  const receiver = terminalParams(index.nodes.get(to)!);
  const base = { linkId, from, to, plobBitsPerSecond: 0 };
  if (!sender || !receiver) {
    return { ...base, keyRateBitsPerSecond: 0, keyBitsPerPulse: 0, qber: 0.5, signalMeanPhotonNumber: 0, noKeyReason: 'this hop has no QKD transmitter and receiver at its ends' };
  }
  const bb84Link: Bb84Link = {
    channelTransmittance: linkResult.transmittance,
    detectorEfficiency: receiver.detectorEfficiency,
    darkCountProbability: receiver.darkCountProbability,
    misalignmentError: link.params.misalignmentError,
  };
  const protocol: Bb84Protocol = { decoyMethod: request.decoyMethod, ...request.params };
  const result =
    request.signalMeanPhotonNumber === undefined
      ? optimalBb84Decoy(bb84Link, protocol)
      : bb84Decoy(bb84Link, protocol, request.signalMeanPhotonNumber);
  return {
    ...base,
    keyBitsPerPulse: result.keyBitsPerPulse,
    keyRateBitsPerSecond: result.keyBitsPerPulse * sender.repetitionRateHz,
    qber: result.qber,
    signalMeanPhotonNumber: result.signalMeanPhotonNumber,
    plobBitsPerSecond: linkResult.plobBitsPerPulse * sender.repetitionRateHz,
    noKeyReason: result.noKeyReason,
  };
}

/** End-to-end key by trusted-node relay: each hop runs its own QKD and keys are passed on by one-time pad, so the slowest hop sets the rate. */
export function evaluateRequest(index: NetworkIndex, request: ScenarioRequest): RequestResult {
  const path = fewestHopPath(index.adjacency, request.source, request.target, (id) => index.nodes.get(id)?.kind === 'trusted-node');
  if (!path) {
    return {
      id: request.id, path: [], hops: [], keyRateBitsPerSecond: 0, qber: 0, latencySeconds: 0, plobBitsPerSecond: 0,
      noKeyReason: `no path of links joins ${request.source} and ${request.target} (only trusted nodes can relay key)`,
    };
  }
  const hops = path.linkIds.map((linkId, i) => evaluateHop(index, request, linkId, path.nodes[i]!, path.nodes[i + 1]!));
  const weakest = hops.reduce((a, b) => (b.keyRateBitsPerSecond < a.keyRateBitsPerSecond ? b : a));
  return {
    id: request.id,
    path: path.nodes,
    hops,
    keyRateBitsPerSecond: weakest.keyRateBitsPerSecond,
    qber: Math.max(...hops.map((h) => h.qber)),
    latencySeconds: path.linkIds.reduce((sum, id) => sum + index.linkResults.get(id)!.latencySeconds, 0),
    plobBitsPerSecond: Math.min(...hops.map((h) => h.plobBitsPerSecond)),
    noKeyReason: weakest.noKeyReason && (hops.length > 1 ? `hop ${weakest.from} → ${weakest.to}: ${weakest.noKeyReason}` : weakest.noKeyReason),
  };
}

export function indexScenario(scenario: Scenario, linkResults: LinkResult[]): NetworkIndex {
  return {
    nodes: new Map(scenario.nodes.map((n) => [n.id, n])),
    links: new Map(scenario.links.map((l) => [l.id, l])),
    linkResults: new Map(linkResults.map((r) => [r.id, r])),
    adjacency: buildAdjacency(scenario.links),
  };
}
