import { NODE_PARAM_SPECS, SCENARIO_VERSION, type Scenario } from '../scenario/schema';
import { parseScenario } from '../scenario/validate';
import { CliError } from './cli-error';
import { DropList } from './drop-list';
import { BELL_DIAGONAL_FORMALISM, SEQUENCE_DEFAULTS, type SequenceMemoryArray, type SequenceNode, type SequenceTemplate, type SequenceTopology } from './sequence-topology';
import { DECOHERENCE_ERRORS, dbPerKmOfDbPerMetre, kmOfMetres, scenarioCoherenceSeconds, secondsOfPicoseconds, type SequenceNoise } from './sequence-units';

/**
 * Thirteen significant digits (within 5e-13): an export (fifteen digits) read back rounds to the same numbers, even
 * through the 3/4 and 2 of the coherence-time conversion, so import → export → import is a fixed point.
 */
function tidy(x: number): number {
  return Number(x.toPrecision(13));
}

const TOP_LEVEL = new Set(['stop_time', 'formalism', 'templates', 'nodes', 'qconnections', 'qchannels', 'cconnections', 'cchannels']);
const NODE_FIELDS = new Set(['name', 'type', 'seed', 'template']);
const MEMORY_FIELDS = new Set(['fidelity', 'efficiency', 'frequency', 'coherence_time', 'decoherence_errors', 'cutoff_ratio', 'cutoff_flag']);
const LONGEST_SECONDS = NODE_PARAM_SPECS.repeater.coherenceTimeSeconds.max;

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

const numberOr = (value: unknown, fallback: number): number => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);

/** Which scenario noise model SeQUeNCe's decoherence_errors (x, y, z) are, if any. */
function noiseOf(errors: unknown): SequenceNoise | null {
  if (errors === undefined) return 'depolarizing';
  if (!Array.isArray(errors) || errors.length !== 3) return null;
  for (const noise of ['depolarizing', 'dephasing'] as const) if (DECOHERENCE_ERRORS[noise].every((e, k) => Math.abs(e - Number(errors[k])) < 1e-9)) return noise;
  return null;
}

/**
 * A router's memory as scenario parameters. In the Bell-diagonal formalism a memory decoheres by its decoherence_errors
 * at rate 1/coherence_time; in the others it keeps its state and only expires, at cutoff_ratio × coherence_time.
 */
function memoryParams(memory: SequenceMemoryArray | undefined, bellDiagonal: boolean, where: string, dropped: DropList) {
  const m = memory ?? {};
  for (const field of Object.keys(m)) if (!MEMORY_FIELDS.has(field)) dropped.add('memory settings the scenario has no equivalent for', `${where}.MemoryArray.${field}`);
  const sequenceCoherence = numberOr(m.coherence_time, SEQUENCE_DEFAULTS.coherenceTime);
  // SeQUeNCe: a coherence time ≤ 0 never decoheres nor expires; the scenario's longest coherence time stands in for it.
  const finite = sequenceCoherence > 0;
  let noise: SequenceNoise = 'dephasing';
  let coherenceTimeSeconds = LONGEST_SECONDS;
  if (bellDiagonal && finite) {
    const known = noiseOf(m.decoherence_errors);
    if (known === null) dropped.add('decoherence_errors other than equal (depolarizing) or Z only (dephasing), read as depolarizing', where);
    noise = known ?? 'depolarizing';
    coherenceTimeSeconds = tidy(scenarioCoherenceSeconds(noise, sequenceCoherence));
    if (coherenceTimeSeconds > LONGEST_SECONDS) dropped.add(`coherence times beyond ${LONGEST_SECONDS} s (cut to ${LONGEST_SECONDS} s)`, where);
    coherenceTimeSeconds = Math.min(LONGEST_SECONDS, coherenceTimeSeconds);
  }
  const cutoff = finite && m.cutoff_flag !== false ? sequenceCoherence * numberOr(m.cutoff_ratio, SEQUENCE_DEFAULTS.cutoffRatio) : 0;
  if (cutoff > LONGEST_SECONDS) dropped.add(`memory cutoffs beyond ${LONGEST_SECONDS} s (none kept)`, where);
  return {
    memoryNoiseModel: noise,
    params: {
      initialFidelity: tidy(numberOr(m.fidelity, SEQUENCE_DEFAULTS.fidelity)),
      memoryEfficiency: tidy(numberOr(m.efficiency, SEQUENCE_DEFAULTS.efficiency)),
      maxAttemptRateHz: tidy(numberOr(m.frequency, SEQUENCE_DEFAULTS.frequency)),
      coherenceTimeSeconds,
      memoryCutoffSeconds: cutoff <= LONGEST_SECONDS ? tidy(cutoff) : 0,
    },
  };
}

/** Reports every field of a template that has no scenario equivalent; returns its MemoryArray and swap settings. */
function readTemplate(name: string, template: SequenceTemplate | undefined, dropped: DropList): SequenceTemplate {
  if (template === undefined) return {};
  for (const [field, value] of Object.entries(template)) {
    if (field === 'MemoryArray') continue;
    if (field === 'EntanglementSwapping' && value !== null && typeof value === 'object') {
      for (const swapField of Object.keys(value)) {
        if (swapField !== 'swapping_success_prob') dropped.add(`swap settings the scenario has no equivalent for (${swapField === 'swapping_degradation' ? 'its swaps are Bell-diagonal with gate and measurement noise' : 'unknown'})`, `${name}.EntanglementSwapping.${swapField}`);
      }
    } else dropped.add('router template settings the scenario has no equivalent for', `${name}.${field}`);
  }
  return template;
}

/**
 * A scenario, in its parsed form (defaults filled), from a SeQUeNCe topology: routers and QKD nodes become ground
 * stations (one fiber) or repeaters (more) with their templates' memories, each fiber from a qconnection, a qchannel
 * pair, or two qchannels meeting at a BSM node; laid out on a circle. Every field not carried over is in `dropped`.
 */
export function fromSequence(raw: unknown): { scenario: Scenario; dropped: DropList } {
  if (raw === null || typeof raw !== 'object' || !Array.isArray((raw as SequenceTopology).nodes)) throw new CliError('not a SeQUeNCe topology: expected an object with a "nodes" list', 1);
  const doc = raw as SequenceTopology;
  const dropped = new DropList();
  for (const field of Object.keys(doc)) if (!TOP_LEVEL.has(field)) dropped.add('top-level fields', field);
  const formalism = typeof doc.formalism === 'string' ? doc.formalism : 'ket_vector';
  const bellDiagonal = formalism === BELL_DIAGONAL_FORMALISM;
  if (!bellDiagonal) dropped.add(`formalism ${formalism} (the scenario's pairs are Bell-diagonal; memories read as not decohering, expiring at their coherence time)`);
  const taken = new Set<string>();
  const idOf = new Map<string, string>();
  const bsm = new Set<string>();
  const nodeInfo = new Map<string, SequenceNode>();
  doc.nodes.forEach((node, k) => {
    if (typeof node?.name !== 'string') throw new CliError(`not a SeQUeNCe topology: nodes[${k}].name must be a text`, 1);
    if (node.type === 'BSMNode') {
      bsm.add(node.name);
      if (node.template !== undefined) dropped.add('BSM node templates (detector efficiency, encoding type)', `${node.name}: ${node.template}`);
      for (const field of Object.keys(node)) if (!NODE_FIELDS.has(field)) dropped.add('node fields the scenario has no equivalent for', `${node.name}.${field}`);
    } else if (node.type === 'QuantumRouter' || node.type === 'QKDNode') {
      idOf.set(node.name, idFor(node.name, taken, dropped));
      nodeInfo.set(node.name, node);
      for (const field of Object.keys(node)) {
        if (NODE_FIELDS.has(field)) continue;
        if (field === 'memo_size') dropped.add('memory counts (memo_size; the scenario has no memory count)', node.name);
        else if (field === 'gate_fidelity' || field === 'measurement_fidelity') dropped.add('gate_fidelity and measurement_fidelity (RouterNetTopo does not pass them to routers)', node.name);
        else dropped.add('node fields the scenario has no equivalent for', `${node.name}.${field}`);
      }
      if (k > 0 && node.seed !== undefined && node.seed !== doc.nodes[0]!.seed) dropped.add("per-node seeds (the scenario has one seed: the first node's)");
    } else dropped.add('nodes of other types', `${node.name} (${String(node.type)})`);
  });
  const usedTemplates = new Set(doc.nodes.map((n) => n?.template));
  for (const name of Object.keys(doc.templates ?? {})) if (!usedTemplates.has(name)) dropped.add('templates no node uses', name);

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
    if (c.type !== undefined && c.type !== 'meet_in_the_middle') dropped.add('qconnection types other than meet_in_the_middle (read as fiber)', `${c.node1}–${c.node2} (${String(c.type)})`);
    for (const field of Object.keys(c)) if (!['node1', 'node2', 'attenuation', 'distance', 'type'].includes(field)) dropped.add('qconnection fields the scenario has no equivalent for', `${where}.${field}`);
    addFiber(c.node1, c.node2, finiteNumber(c.distance, `${where}.distance`), finiteNumber(c.attenuation, `${where}.attenuation`));
  });
  const viaBsm = new Map<string, { router: string; distanceM: number; attenuationDbPerM: number }[]>();
  (doc.qchannels ?? []).forEach((c, k) => {
    const where = `qchannels[${k}]`;
    const distanceM = finiteNumber(c.distance, `${where}.distance`);
    const attenuationDbPerM = finiteNumber(c.attenuation, `${where}.attenuation`);
    for (const field of Object.keys(c)) if (!['source', 'destination', 'attenuation', 'distance'].includes(field)) dropped.add('qchannel fields the scenario has no equivalent for', `${where}.${field}`);
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
    // The two arms become one fiber of their total length and their length-weighted attenuation (the same total dB).
    const distanceM = x.distanceM + y.distanceM;
    addFiber(x.router, y.router, distanceM, distanceM > 0 ? (x.distanceM * x.attenuationDbPerM + y.distanceM * y.attenuationDbPerM) / distanceM : x.attenuationDbPerM);
  }
  if (doc.cconnections?.length || doc.cchannels?.length) dropped.add('classical channels and their delays (the scenario derives delays from fiber length)');

  const degree = new Map<string, number>();
  for (const f of fibers) for (const end of [f.a, f.b]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const names = [...idOf.keys()];
  const nodes = names.map((name, k) => {
    const angle = (2 * Math.PI * k) / Math.max(names.length, 1);
    const position = { x: Math.round(400 + 300 * Math.cos(angle)), y: Math.round(300 + 300 * Math.sin(angle)) };
    const id = idOf.get(name)!;
    const info = nodeInfo.get(name)!;
    if (info.type === 'QKDNode') {
      // A QKDNode holds no memory: a station with the scenario's own detector, source and memory defaults.
      dropped.add("QKD node hardware (the stations take the scenario's detector and source defaults)", info.template === undefined ? name : `${name}: ${info.template}`);
      return { id, kind: 'ground-station' as const, position, memoryNoiseModel: 'dephasing' as const, params: {} };
    }
    const templateName = info.template;
    const template = readTemplate(String(templateName), typeof templateName === 'string' ? doc.templates?.[templateName] : undefined, dropped);
    const memory = memoryParams(template.MemoryArray, bellDiagonal, typeof templateName === 'string' ? templateName : `${name} (no template)`, dropped);
    if ((degree.get(name) ?? 0) < 2) {
      if (template.EntanglementSwapping !== undefined) dropped.add('swap settings of routers with one fiber (ground stations do not swap)', name);
      return { id, kind: 'ground-station' as const, position, memoryNoiseModel: memory.memoryNoiseModel, params: memory.params };
    }
    const swapSuccessProbability = tidy(numberOr(template.EntanglementSwapping?.swapping_success_prob, SEQUENCE_DEFAULTS.swappingSuccessProb));
    return { id, kind: 'repeater' as const, position, memoryNoiseModel: memory.memoryNoiseModel, params: { ...memory.params, swapSuccessProbability } };
  });
  const links = fibers.map((f, k) => ({
    id: `fiber-${k + 1}`,
    source: idOf.get(f.a)!,
    target: idOf.get(f.b)!,
    kind: 'fiber' as const,
    params: { lengthKm: tidy(kmOfMetres(f.distanceM)), attenuationDbPerKm: tidy(dbPerKmOfDbPerMetre(f.attenuationDbPerM)) },
  }));
  const seed = doc.nodes[0]?.seed;
  const stopSeconds = typeof doc.stop_time === 'number' && doc.stop_time > 0 ? secondsOfPicoseconds(doc.stop_time) : 600;
  if (!(typeof doc.stop_time === 'number' && doc.stop_time > 0)) dropped.add('a missing or non-positive stop_time (the scenario runs 600 s)');
  if (stopSeconds > 1e8) dropped.add('a stop_time beyond 1e8 s (the run is cut to 1e8 s)');
  const durationSeconds = tidy(Math.min(1e8, stopSeconds));
  const parsed = parseScenario({
    version: SCENARIO_VERSION,
    name: 'Imported from SeQUeNCe',
    seed: typeof seed === 'number' && Number.isInteger(seed) && seed >= 0 && seed < 2 ** 32 ? seed : 1,
    // A step that keeps the run within the schema's million steps.
    settings: { durationSeconds, timeStepSeconds: Math.max(1, Math.ceil(durationSeconds / 1e5)) },
    nodes,
    links,
    requests: [],
  });
  if (!parsed.ok) throw new CliError(`not a topology that gives a valid scenario: ${parsed.errors[0]}`, 1);
  return { scenario: parsed.scenario, dropped };
}
