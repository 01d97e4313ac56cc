/**
 * SeQUeNCe's JSON network topology (its RouterNetTopo, sequence/topology/router_net_topo.py): nodes {name, type, seed,
 * template, memo_size}, templates with MemoryArray and EntanglementSwapping settings, qconnections {node1, node2,
 * attenuation in dB/m, distance in m, type}, qchannels, cconnections {node1, node2, delay in ps}, stop_time in ps and
 * the quantum-state formalism.
 */
export interface SequenceTopology {
  stop_time?: number;
  formalism?: string;
  templates?: Record<string, SequenceTemplate>;
  nodes: SequenceNode[];
  qconnections?: { node1: string; node2: string; attenuation: number; distance: number; type?: string; [field: string]: unknown }[];
  qchannels?: { source: string; destination: string; attenuation: number; distance: number; [field: string]: unknown }[];
  cconnections?: { node1: string; node2: string; delay?: number; distance?: number }[];
  cchannels?: { source: string; destination: string; delay?: number; distance?: number }[];
  [field: string]: unknown;
}

export interface SequenceNode {
  name: string;
  type: string;
  seed?: number;
  template?: string;
  [field: string]: unknown;
}

/** The MemoryArray fields of a template (sequence/components/memory.py MemoryArray). */
export interface SequenceMemoryArray {
  fidelity?: number;
  efficiency?: number;
  frequency?: number;
  coherence_time?: number;
  decoherence_errors?: number[];
  cutoff_ratio?: number;
  cutoff_flag?: boolean;
  [field: string]: unknown;
}

export interface SequenceTemplate {
  MemoryArray?: SequenceMemoryArray;
  EntanglementSwapping?: { swapping_success_prob?: number; [field: string]: unknown };
  [field: string]: unknown;
}

/** SeQUeNCe's MemoryArray defaults (sequence/components/memory.py) and a router's swap success (topology/node.py). */
export const SEQUENCE_DEFAULTS = { fidelity: 0.85, frequency: 80e6, efficiency: 1, coherenceTime: -1, cutoffRatio: 1, swappingSuccessProb: 1 };

/** The formalism whose memories decohere by decoherence_errors and whose swaps are Bell-diagonal, as the scenario's. */
export const BELL_DIAGONAL_FORMALISM = 'bell_diagonal';
