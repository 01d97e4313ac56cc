import { SPEED_OF_LIGHT_KM_PER_S } from '../engine/constants';
import { fiberParamSpecs } from '../scenario/params';
import type { Scenario } from '../scenario/schema';
import { DropList } from './drop-list';
import { BELL_DIAGONAL_FORMALISM, type SequenceMemoryArray, type SequenceTemplate, type SequenceTopology } from './sequence-topology';
import { DECOHERENCE_ERRORS, dbPerMetreOfDbPerKm, metresOfKm, picosecondsOfSeconds, sequenceCoherenceSeconds } from './sequence-units';

/** Fifteen significant digits: what SeQUeNCe reads back within 5e-15, without binary noise such as 0.30000000000000004. */
function tidy15(x: number): number {
  return Number(x.toPrecision(15));
}

type GroundNode = Exclude<Scenario['nodes'][number], { kind: 'satellite' }>;

/** A node's memory as SeQUeNCe's MemoryArray: Bell-diagonal decoherence with the matching Pauli errors and cutoff. */
function memoryArray(node: GroundNode, dropped: DropList): SequenceMemoryArray {
  const p = node.params;
  if (node.memoryNoiseModel === 't1-t2') dropped.add('T1/T2 memory noise (exported as pure dephasing with the same T2)', node.id);
  const noise = node.memoryNoiseModel === 'depolarizing' ? 'depolarizing' : 'dephasing';
  const coherence = tidy15(sequenceCoherenceSeconds(noise, p.coherenceTimeSeconds));
  return {
    fidelity: p.initialFidelity,
    efficiency: p.memoryEfficiency,
    frequency: p.maxAttemptRateHz,
    coherence_time: coherence,
    decoherence_errors: DECOHERENCE_ERRORS[noise],
    // SeQUeNCe discards a stored qubit after cutoff_ratio × coherence_time unless cutoff_flag is false.
    ...(p.memoryCutoffSeconds > 0 ? { cutoff_ratio: tidy15(p.memoryCutoffSeconds / coherence) } : { cutoff_flag: false }),
  };
}

/**
 * The scenario as a SeQUeNCe topology in the Bell-diagonal formalism (the scenario's model of pairs): ground stations,
 * trusted nodes and repeaters become QuantumRouters with their memories as templates, joined by fiber.
 */
export function toSequence(scenario: Scenario): { topology: SequenceTopology; dropped: DropList } {
  const dropped = new DropList();
  const kept = new Set<string>();
  const templates: Record<string, SequenceTemplate> = {};
  const templateKeys = new Map<string, string>();
  const nodes: SequenceTopology['nodes'] = [];
  for (const node of scenario.nodes) {
    if (node.kind === 'satellite') {
      dropped.add('satellites and their links (SeQUeNCe topologies are fiber networks)', node.id);
      continue;
    }
    const template: SequenceTemplate = { MemoryArray: memoryArray(node, dropped) };
    if (node.kind === 'repeater') {
      template.EntanglementSwapping = { swapping_success_prob: node.params.swapSuccessProbability };
      dropped.add('repeater swap gate and measurement fidelity, heralding detector efficiency (RouterNetTopo has no field for them)', node.id);
    } else {
      if (node.kind === 'trusted-node') dropped.add('trusted-node relay (exported as a plain QuantumRouter)', node.id);
      dropped.add('station detector, source and heralding detector settings', node.id);
    }
    // Nodes with the same settings share one template.
    const key = JSON.stringify(template);
    if (!templateKeys.has(key)) {
      templateKeys.set(key, `template_${templateKeys.size + 1}`);
      templates[templateKeys.get(key)!] = template;
    }
    nodes.push({ name: node.id, type: 'QuantumRouter', seed: (scenario.seed + kept.size) % 2 ** 32, template: templateKeys.get(key)! });
    kept.add(node.id);
  }
  if (nodes.length) dropped.add('memory counts (the scenario has none: set memo_size on each router, SeQUeNCe reads a missing one as 0)');
  const qconnections: NonNullable<SequenceTopology['qconnections']> = [];
  const cconnections: NonNullable<SequenceTopology['cconnections']> = [];
  for (const link of scenario.links) {
    if (!kept.has(link.source) || !kept.has(link.target)) continue;
    if (link.kind !== 'fiber') {
      dropped.add('free-space links', link.id);
      continue;
    }
    const p = link.params;
    qconnections.push({ node1: link.source, node2: link.target, attenuation: tidy15(dbPerMetreOfDbPerKm(p.attenuationDbPerKm)), distance: tidy15(metresOfKm(p.lengthKm)), type: 'meet_in_the_middle' });
    // SeQUeNCe's clock counts whole picoseconds.
    cconnections.push({ node1: link.source, node2: link.target, delay: Math.round(picosecondsOfSeconds((p.lengthKm * p.groupIndex) / SPEED_OF_LIGHT_KM_PER_S)) });
    if (p.insertionLossDb !== 0 || p.misalignmentError !== fiberParamSpecs.misalignmentError.default || p.interceptedFraction !== 0) {
      dropped.add('fiber insertion loss, misalignment and eavesdropping', link.id);
    }
  }
  for (const request of scenario.requests) dropped.add('requests (SeQUeNCe applications are Python code)', request.id);
  if (scenario.events.length) dropped.add(`${scenario.events.length} events (failures, eavesdroppers)`);
  dropped.add('labels, positions, map locations and settings other than the run time');
  const topology: SequenceTopology = {
    formalism: BELL_DIAGONAL_FORMALISM,
    ...(Object.keys(templates).length ? { templates } : {}),
    nodes,
    qconnections,
    cconnections,
    stop_time: Math.round(picosecondsOfSeconds(scenario.settings.durationSeconds)),
  };
  return { topology, dropped };
}
