import { SPEED_OF_LIGHT_KM_PER_S } from '../engine/constants';
import { SCENARIO_VERSION, type Scenario, type ScenarioInput } from '../scenario/schema';
import { CliError } from './cli-error';

/**
 * SeQUeNCe's JSON network topology (its RouterNetTopo): nodes {name, type, seed, template}, templates with
 * MemoryArray and EntanglementSwapping settings, qconnections {node1, node2, attenuation in dB/m, distance in m,
 * type}, cconnections {node1, node2, delay in ps} and stop_time in ps.
 */
export interface SequenceTopology {
  stop_time?: number;
  templates?: Record<string, SequenceTemplate>;
  nodes: { name: string; type: string; seed?: number; template?: string; [field: string]: unknown }[];
  qconnections?: { node1: string; node2: string; attenuation: number; distance: number; type?: string }[];
  qchannels?: { source: string; destination: string; attenuation: number; distance: number }[];
  cconnections?: { node1: string; node2: string; delay?: number; distance?: number }[];
  [field: string]: unknown;
}

interface SequenceTemplate {
  MemoryArray?: { fidelity?: number; efficiency?: number; coherence_time?: number; [field: string]: unknown };
  EntanglementSwapping?: { swapping_success_prob?: number; [field: string]: unknown };
  [field: string]: unknown;
}

const PS_PER_SECOND = 1e12;

/** Twelve significant digits: unit conversions (km ↔ m, dB/km ↔ dB/m) then survive a round trip unchanged. */
function tidy(x: number): number {
  return Number(x.toPrecision(12));
}

/** What a conversion could not carry, summarised by kind: "2 requests (key-1, key-2)". */
export class DropList {
  private readonly items = new Map<string, string[]>();
  add(what: string, name?: string): void {
    const names = this.items.get(what) ?? [];
    if (name !== undefined && !names.includes(name)) names.push(name);
    this.items.set(what, names);
  }
  /** One line, or '' when nothing was dropped. */
  summary(): string {
    return [...this.items].map(([what, names]) => (names.length ? `${what} (${names.slice(0, 6).join(', ')}${names.length > 6 ? ` and ${names.length - 6} more` : ''})` : what)).join('; ');
  }
}

/** The scenario as a SeQUeNCe topology: ground stations, trusted nodes and repeaters become QuantumRouters joined by fiber. */
export function toSequence(scenario: Scenario): { topology: SequenceTopology; dropped: DropList } {
  const dropped = new DropList();
  const kept = new Set<string>();
  const templates: Record<string, SequenceTemplate> = {};
  const templateKeys = new Map<string, string>();
  const nodes = scenario.nodes.flatMap((node, k) => {
    if (node.kind === 'satellite') {
      dropped.add('satellites and their links (SeQUeNCe topologies are fiber networks)', node.id);
      return [];
    }
    kept.add(node.id);
    const entry: SequenceTopology['nodes'][number] = { name: node.id, type: 'QuantumRouter', seed: (scenario.seed + k) % 2 ** 32 };
    if (node.kind === 'repeater') {
      const p = node.params;
      const template: SequenceTemplate = {
        MemoryArray: { fidelity: p.initialFidelity, efficiency: p.memoryEfficiency, coherence_time: p.coherenceTimeSeconds },
        EntanglementSwapping: { swapping_success_prob: p.swapSuccessProbability },
      };
      // Repeaters with the same settings share one template.
      const key = JSON.stringify(template);
      if (!templateKeys.has(key)) {
        templateKeys.set(key, `repeater_${templateKeys.size + 1}`);
        templates[templateKeys.get(key)!] = template;
      }
      entry.template = templateKeys.get(key)!;
      dropped.add('repeater settings SeQUeNCe templates do not hold (gate and measurement fidelity, cutoff, heralding detectors, attempt rate)');
    } else {
      dropped.add('station detector and source settings', node.id);
    }
    return [entry];
  });
  const qconnections: NonNullable<SequenceTopology['qconnections']> = [];
  const cconnections: NonNullable<SequenceTopology['cconnections']> = [];
  for (const link of scenario.links) {
    if (!kept.has(link.source) || !kept.has(link.target)) continue;
    if (link.kind !== 'fiber') {
      dropped.add('free-space links', link.id);
      continue;
    }
    const p = link.params;
    qconnections.push({ node1: link.source, node2: link.target, attenuation: tidy(p.attenuationDbPerKm / 1000), distance: tidy(p.lengthKm * 1000), type: 'meet_in_the_middle' });
    cconnections.push({ node1: link.source, node2: link.target, delay: Math.round(((p.lengthKm * p.groupIndex) / SPEED_OF_LIGHT_KM_PER_S) * PS_PER_SECOND) });
    if (p.insertionLossDb !== 0 || p.misalignmentError !== 0.033 || p.interceptedFraction !== 0 || p.groupIndex !== 1.468) {
      dropped.add('fiber insertion loss, group index, misalignment and eavesdropping', link.id);
    }
  }
  for (const request of scenario.requests) dropped.add('requests (SeQUeNCe applications are Python code)', request.id);
  if (scenario.events.length) dropped.add(`${scenario.events.length} events (failures, eavesdroppers)`);
  dropped.add('labels and positions');
  const topology: SequenceTopology = {
    ...(Object.keys(templates).length ? { templates } : {}),
    nodes,
    qconnections,
    cconnections,
    stop_time: Math.round(scenario.settings.durationSeconds * PS_PER_SECOND),
  };
  return { topology, dropped };
}

/** A SeQUeNCe name as a scenario id (letters, digits and _ . : -, at most 64 characters), unique. */
function idFor(name: string, taken: Set<string>, dropped: DropList): string {
  let id = name.replace(/[^A-Za-z0-9_.:-]/g, '_').slice(0, 60) || 'node';
  if (taken.has(id)) {
    let k = 2;
    while (taken.has(`${id}-${k}`)) k++;
    id = `${id}-${k}`;
  }
  if (id !== name) dropped.add('characters not allowed in ids (renamed)', `${name} → ${id}`);
  taken.add(id);
  return id;
}

function finiteNumber(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new CliError(`not a SeQUeNCe topology: ${where} must be a number`, 1);
  return value;
}

/**
 * A scenario from a SeQUeNCe topology: routers and QKD nodes become ground stations (one link) or repeaters (more),
 * each fiber from a qconnection, a qchannel pair, or two qchannels meeting at a BSM node; laid out on a circle.
 */
export function fromSequence(raw: unknown): { scenario: ScenarioInput; dropped: DropList } {
  if (raw === null || typeof raw !== 'object' || !Array.isArray((raw as SequenceTopology).nodes)) throw new CliError('not a SeQUeNCe topology: expected an object with a "nodes" list', 1);
  const doc = raw as SequenceTopology;
  const dropped = new DropList();
  const taken = new Set<string>();
  const idOf = new Map<string, string>();
  const bsm = new Set<string>();
  const nodeInfo = new Map<string, SequenceTopology['nodes'][number]>();
  doc.nodes.forEach((node, k) => {
    if (typeof node?.name !== 'string') throw new CliError(`not a SeQUeNCe topology: nodes[${k}].name must be a text`, 1);
    if (node.type === 'BSMNode') bsm.add(node.name);
    else if (node.type === 'QuantumRouter' || node.type === 'QKDNode') {
      idOf.set(node.name, idFor(node.name, taken, dropped));
      nodeInfo.set(node.name, node);
    } else dropped.add('nodes of other types', `${node.name} (${String(node.type)})`);
  });

  type Fiber = { a: string; b: string; distanceM: number; attenuationDbPerM: number };
  const fibers: Fiber[] = [];
  const seen = new Set<string>();
  const addFiber = (a: string, b: string, distanceM: number, attenuationDbPerM: number) => {
    const key = [a, b].sort().join('\u0000');
    if (seen.has(key)) return;
    seen.add(key);
    fibers.push({ a, b, distanceM, attenuationDbPerM });
  };
  (doc.qconnections ?? []).forEach((c, k) => {
    const where = `qconnections[${k}]`;
    if (!idOf.has(c.node1) || !idOf.has(c.node2)) return dropped.add('connections to nodes not imported', `${c.node1}–${c.node2}`);
    addFiber(c.node1, c.node2, finiteNumber(c.distance, `${where}.distance`), finiteNumber(c.attenuation, `${where}.attenuation`));
  });
  const viaBsm = new Map<string, { router: string; distanceM: number; attenuationDbPerM: number }[]>();
  (doc.qchannels ?? []).forEach((c, k) => {
    const where = `qchannels[${k}]`;
    const distanceM = finiteNumber(c.distance, `${where}.distance`);
    const attenuationDbPerM = finiteNumber(c.attenuation, `${where}.attenuation`);
    const [router, station] = bsm.has(c.destination) ? [c.source, c.destination] : bsm.has(c.source) ? [c.destination, c.source] : [null, null];
    if (router !== null && station !== null) {
      const arms = viaBsm.get(station) ?? [];
      if (idOf.has(router) && !arms.some((arm) => arm.router === router)) arms.push({ router, distanceM, attenuationDbPerM });
      viaBsm.set(station, arms);
    } else if (idOf.has(c.source) && idOf.has(c.destination)) addFiber(c.source, c.destination, distanceM, attenuationDbPerM);
    else dropped.add('channels to nodes not imported', `${c.source}→${c.destination}`);
  });
  for (const [station, arms] of viaBsm) {
    if (arms.length !== 2) {
      dropped.add('BSM nodes that do not join exactly two routers', station);
      continue;
    }
    const [x, y] = arms as [(typeof arms)[number], (typeof arms)[number]];
    // The two arms become one fiber of their total length and their length-weighted attenuation.
    const distanceM = x.distanceM + y.distanceM;
    addFiber(x.router, y.router, distanceM, distanceM > 0 ? (x.distanceM * x.attenuationDbPerM + y.distanceM * y.attenuationDbPerM) / distanceM : x.attenuationDbPerM);
  }
  if (doc.cconnections?.length || (doc as { cchannels?: unknown[] }).cchannels?.length) dropped.add('classical channels (the scenario derives delays from fiber length)');

  const degree = new Map<string, number>();
  for (const f of fibers) for (const end of [f.a, f.b]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const names = [...idOf.keys()];
  const nodes = names.map((name, k) => {
    const angle = (2 * Math.PI * k) / Math.max(names.length, 1);
    const position = { x: Math.round(400 + 300 * Math.cos(angle)), y: Math.round(300 + 300 * Math.sin(angle)) };
    const id = idOf.get(name)!;
    if ((degree.get(name) ?? 0) < 2) return { id, kind: 'ground-station' as const, position, params: {} };
    const template = doc.templates?.[nodeInfo.get(name)?.template ?? ''];
    const params: Record<string, number> = {};
    const take = (key: string, value: unknown) => {
      if (typeof value === 'number' && Number.isFinite(value)) params[key] = tidy(value);
    };
    take('initialFidelity', template?.MemoryArray?.fidelity);
    take('memoryEfficiency', template?.MemoryArray?.efficiency);
    // SeQUeNCe writes -1 for a memory that never decoheres; the scenario's longest coherence time stands in for it.
    const coherence = template?.MemoryArray?.coherence_time;
    take('coherenceTimeSeconds', typeof coherence === 'number' && coherence < 0 ? 1e6 : coherence);
    take('swapSuccessProbability', template?.EntanglementSwapping?.swapping_success_prob);
    return { id, kind: 'repeater' as const, position, params };
  });
  const links = fibers.map((f, k) => ({
    id: `fiber-${k + 1}`,
    source: idOf.get(f.a)!,
    target: idOf.get(f.b)!,
    kind: 'fiber' as const,
    params: { lengthKm: tidy(f.distanceM / 1000), attenuationDbPerKm: tidy(f.attenuationDbPerM * 1000) },
  }));
  const seed = doc.nodes[0]?.seed;
  const durationSeconds = typeof doc.stop_time === 'number' && doc.stop_time > 0 ? Math.min(1e8, doc.stop_time / PS_PER_SECOND) : 600;
  return {
    scenario: {
      version: SCENARIO_VERSION,
      name: 'Imported from SeQUeNCe',
      seed: typeof seed === 'number' && Number.isInteger(seed) && seed >= 0 && seed < 2 ** 32 ? seed : 1,
      // A step that keeps the run within the schema's million steps.
      settings: { durationSeconds, timeStepSeconds: Math.max(1, Math.ceil(durationSeconds / 1e5)) },
      nodes,
      links,
      requests: [],
    },
    dropped,
  };
}
