import type { DecoyEstimates, Evaluation, HopResult, LinkResult, RequestResult } from '../engine/results';

/**
 * Every hop of an evaluation as columns of typed arrays, moved (not cloned) from the worker to the page: a 20,000-node
 * design's 829,000 hop objects would otherwise cost the page's thread a structured clone of hundreds of megabytes.
 * Hop i of request r is row hopStart[r] + i; strings (ids, reasons, setting names) are indexes into `strings`.
 */
export interface HopTable {
  strings: string[];
  /** Request r's hops are rows hopStart[r] to hopStart[r + 1]. */
  hopStart: Int32Array;
  linkId: Int32Array;
  from: Int32Array;
  to: Int32Array;
  /** −1 for null. */
  noKeyReason: Int32Array;
  keyRateBitsPerSecond: Float64Array;
  keyBitsPerPulse: Float64Array;
  qber: Float64Array;
  plobBitsPerSecond: Float64Array;
  /** 1 where the hop has decoy estimates (the three columns below), 0 where it has none. */
  hasDecoy: Uint8Array;
  gainPerPulse: Float64Array;
  singlePhotonYield: Float64Array;
  singlePhotonErrorRate: Float64Array;
  /** Hop h's settings are entries settingStart[h] to settingStart[h + 1] of settingName (a string) and settingValue. */
  settingStart: Int32Array;
  settingName: Int32Array;
  settingValue: Float64Array;
  /** The hop's field names in the engine's order, then '|' and its decoy estimates' (a string), so a saved copy reads the same. */
  shape: Int32Array;
}

/** An evaluation as it crosses from the worker to the page: requests without their hops, and the hops as one table. */
export interface WireEvaluation {
  links: LinkResult[];
  requests: Omit<RequestResult, 'hops'>[];
  hops: HopTable;
}

/**
 * An evaluation sent as what changed since the one sent before it on the same port (EvaluationSender): the links and
 * requests at the positions listed, the rest as they were. An edit on 10,000 nodes then moves a few results, not all.
 */
export interface WireChange extends WireEvaluation {
  /** The number of the evaluation it changes (each port numbers its evaluations 1, 2, …) and its own. */
  base: number;
  sequence: number;
  linkIndex: Int32Array;
  requestIndex: Int32Array;
}

/** An evaluation on a port: whole, numbered, or as a change to the one before it. */
export type WireEvaluationMessage = (WireEvaluation & { sequence: number; base?: undefined }) | WireChange;

/** Worker side: the evaluation as requests without hops and one table of hops (the evaluation itself is left as it is). */
export function encodeEvaluation(evaluation: Evaluation): WireEvaluation {
  return encodeResults(evaluation.links, evaluation.requests);
}

function encodeResults(links: LinkResult[], requests: readonly RequestResult[]): WireEvaluation {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const intern = (s: string) => {
    let i = index.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      index.set(s, i);
    }
    return i;
  };
  const hopStart = new Int32Array(requests.length + 1);
  let settingCount = 0;
  for (let r = 0; r < requests.length; r++) {
    const hops = requests[r]!.hops;
    hopStart[r + 1] = hopStart[r]! + hops.length;
    for (const hop of hops) for (const name in hop.settings) if (Object.hasOwn(hop.settings, name)) settingCount++;
  }
  const n = hopStart[requests.length]!;
  const table: HopTable = {
    strings, hopStart,
    linkId: new Int32Array(n), from: new Int32Array(n), to: new Int32Array(n), noKeyReason: new Int32Array(n),
    keyRateBitsPerSecond: new Float64Array(n), keyBitsPerPulse: new Float64Array(n), qber: new Float64Array(n), plobBitsPerSecond: new Float64Array(n),
    hasDecoy: new Uint8Array(n), gainPerPulse: new Float64Array(n), singlePhotonYield: new Float64Array(n), singlePhotonErrorRate: new Float64Array(n),
    settingStart: new Int32Array(n + 1), settingName: new Int32Array(settingCount), settingValue: new Float64Array(settingCount),
    shape: new Int32Array(n),
  };
  let h = 0;
  let s = 0;
  // Hops made by one model share their field order: it is spelt out and looked up only when it changes.
  let lastShape = { hop: [] as string[], decoy: [] as string[], index: -1 };
  const slim: Omit<RequestResult, 'hops'>[] = [];
  for (const request of requests) {
    const { hops, ...rest } = request;
    slim.push(rest);
    for (const hop of hops) {
      if (!sameKeys(hop, lastShape.hop) || !sameKeys(hop.decoy ?? {}, lastShape.decoy)) {
        const keys = Object.keys(hop);
        const decoyKeys = hop.decoy ? Object.keys(hop.decoy) : [];
        lastShape = { hop: keys, decoy: decoyKeys, index: intern(`${keys.join(',')}|${decoyKeys.join(',')}`) };
      }
      table.shape[h] = lastShape.index;
      table.linkId[h] = intern(hop.linkId);
      table.from[h] = intern(hop.from);
      table.to[h] = intern(hop.to);
      table.noKeyReason[h] = hop.noKeyReason === null ? -1 : intern(hop.noKeyReason);
      table.keyRateBitsPerSecond[h] = hop.keyRateBitsPerSecond;
      table.keyBitsPerPulse[h] = hop.keyBitsPerPulse;
      table.qber[h] = hop.qber;
      table.plobBitsPerSecond[h] = hop.plobBitsPerSecond;
      if (hop.decoy) {
        table.hasDecoy[h] = 1;
        table.gainPerPulse[h] = hop.decoy.gainPerPulse;
        table.singlePhotonYield[h] = hop.decoy.singlePhotonYield;
        table.singlePhotonErrorRate[h] = hop.decoy.singlePhotonErrorRate;
      }
      for (const name in hop.settings) {
        if (!Object.hasOwn(hop.settings, name)) continue;
        table.settingName[s] = intern(name);
        table.settingValue[s] = hop.settings[name]!;
        s++;
      }
      h++;
      table.settingStart[h] = s;
    }
  }
  return { links, requests: slim, hops: table };
}

/** Whether `object`'s own fields are `keys`, in that order (without making a list of them). */
function sameKeys(object: object, keys: readonly string[]): boolean {
  let i = 0;
  for (const key in object) if (keys[i++] !== key) return false;
  return i === keys.length;
}

/** The table's buffers, to move with the message that carries it. */
export function hopTableBuffers(table: HopTable): ArrayBuffer[] {
  const { strings: _strings, ...columns } = table;
  return Object.values(columns).map((column) => column.buffer as ArrayBuffer);
}

/** Everything a wire evaluation can move rather than copy. */
export function wireBuffers(wire: WireEvaluationMessage): ArrayBuffer[] {
  const buffers = hopTableBuffers(wire.hops);
  if (wire.base !== undefined) buffers.push(wire.linkIndex.buffer as ArrayBuffer, wire.requestIndex.buffer as ArrayBuffer);
  return buffers;
}

/** Worker side of one port: numbers the evaluations it sends and sends each as a change to the last when that is smaller. */
export class EvaluationSender {
  private last: Evaluation | null = null;
  private sequence = 0;

  encode(evaluation: Evaluation): WireEvaluationMessage {
    const last = this.last;
    const base = this.sequence;
    this.last = evaluation;
    this.sequence += 1;
    const sequence = this.sequence;
    if (last && last.links.length === evaluation.links.length && last.requests.length === evaluation.requests.length) {
      // The engine keeps the very result objects an edit left alone (src/engine/incremental), so identity is the test.
      const linkIndex = changedPositions(last.links, evaluation.links);
      const requestIndex = changedPositions(last.requests, evaluation.requests);
      if (linkIndex.length + requestIndex.length < (evaluation.links.length + evaluation.requests.length) / 2) {
        const wire = encodeResults(Array.from(linkIndex, (i) => evaluation.links[i]!), Array.from(requestIndex, (i) => evaluation.requests[i]!));
        return { ...wire, base, sequence, linkIndex, requestIndex };
      }
    }
    return { ...encodeResults(evaluation.links, evaluation.requests), sequence };
  }
}

function changedPositions<T>(before: readonly T[], after: readonly T[]): Int32Array {
  const changed: number[] = [];
  for (let i = 0; i < after.length; i++) if (after[i] !== before[i]) changed.push(i);
  return Int32Array.from(changed);
}

/** Page side of one port: makes each evaluation whole again from what was sent, keeping the last one to apply changes to. */
export class EvaluationReceiver {
  private last: Evaluation | null = null;
  private sequence = 0;

  /** Throws when a change arrives for an evaluation this side does not hold (a message lost): the results would be wrong. */
  decode(wire: WireEvaluationMessage): Evaluation {
    const evaluation = wire.base === undefined ? decodeEvaluation(wire) : this.applyChange(wire);
    this.last = evaluation;
    this.sequence = wire.sequence;
    return evaluation;
  }

  private applyChange(wire: WireChange): Evaluation {
    if (!this.last || wire.base !== this.sequence) throw new Error(`the page missed the engine's results before this change (has ${this.sequence}, the change is to ${wire.base})`);
    const changed = decodeEvaluation(wire);
    const links = this.last.links.slice();
    const requests = this.last.requests.slice();
    wire.linkIndex.forEach((at, k) => (links[at] = changed.links[k]!));
    wire.requestIndex.forEach((at, k) => (requests[at] = changed.requests[k]!));
    return { links, requests };
  }
}

/** A shape's field names, split once per table. */
type Shapes = Map<number, { hop: (keyof HopResult)[]; decoy: (keyof DecoyEstimates)[] }>;

function hopAt(table: HopTable, h: number, shapes: Shapes): HopResult {
  let shape = shapes.get(table.shape[h]!);
  if (!shape) {
    const [hop = '', decoy = ''] = table.strings[table.shape[h]!]!.split('|');
    shape = { hop: hop.split(',') as (keyof HopResult)[], decoy: (decoy === '' ? [] : decoy.split(',')) as (keyof DecoyEstimates)[] };
    shapes.set(table.shape[h]!, shape);
  }
  const hop: Record<string, unknown> = {};
  for (const key of shape.hop) hop[key] = field(table, h, key, shape.decoy);
  return hop as unknown as HopResult;
}

function field(table: HopTable, h: number, key: keyof HopResult, decoyKeys: readonly (keyof DecoyEstimates)[]): unknown {
  switch (key) {
    case 'linkId': return table.strings[table.linkId[h]!]!;
    case 'from': return table.strings[table.from[h]!]!;
    case 'to': return table.strings[table.to[h]!]!;
    case 'keyRateBitsPerSecond': return table.keyRateBitsPerSecond[h]!;
    case 'keyBitsPerPulse': return table.keyBitsPerPulse[h]!;
    case 'qber': return table.qber[h]!;
    case 'plobBitsPerSecond': return table.plobBitsPerSecond[h]!;
    case 'noKeyReason': return table.noKeyReason[h]! < 0 ? null : table.strings[table.noKeyReason[h]!]!;
    case 'settings': {
      const settings: Record<string, number> = {};
      for (let s = table.settingStart[h]!; s < table.settingStart[h + 1]!; s++) settings[table.strings[table.settingName[s]!]!] = table.settingValue[s]!;
      return settings;
    }
    case 'decoy': {
      if (!table.hasDecoy[h]) return undefined;
      const columns = { gainPerPulse: table.gainPerPulse, singlePhotonYield: table.singlePhotonYield, singlePhotonErrorRate: table.singlePhotonErrorRate };
      const decoy: Record<string, number> = {};
      for (const name of decoyKeys) decoy[name] = columns[name][h]!;
      return decoy;
    }
  }
}

/**
 * Page side: the evaluation again, each request's hops made into objects only when something first reads them (the
 * results card of one request reads a few hundred, not the whole network's).
 */
export function decodeEvaluation(wire: WireEvaluation): Evaluation {
  const table = wire.hops;
  const shapes: Shapes = new Map();
  const requests = wire.requests.map((slim, r) => {
    let hops: HopResult[] | null = null;
    const hopsProperty: PropertyDescriptor = {
      enumerable: true,
      configurable: true,
      get() {
        if (hops === null) {
          hops = [];
          for (let h = table.hopStart[r]!; h < table.hopStart[r + 1]!; h++) hops.push(hopAt(table, h, shapes));
        }
        return hops;
      },
    };
    // Where the engine puts it (after the path), so a saved copy of the results reads the same.
    const request = {} as RequestResult;
    for (const [key, value] of Object.entries(slim)) {
      (request as unknown as Record<string, unknown>)[key] = value;
      if (key === 'path') Object.defineProperty(request, 'hops', hopsProperty);
    }
    if (!('hops' in request)) Object.defineProperty(request, 'hops', hopsProperty);
    rows.set(request, { table, row: r });
    return request;
  });
  return { links: wire.links, requests };
}

/** The table and row each decoded request's hops came from, so a pass over every hop need not make them into objects. */
const rows = new WeakMap<RequestResult, { table: HopTable; row: number }>();

/**
 * Whether `test` holds for some hop of request `r` (in path order; it stops at the first): read straight from the table
 * when the evaluation came as one, so a pass over a large network's hops (link overlays, alarms) makes no hop objects.
 */
export function anyHop(evaluation: Evaluation, r: number, test: (linkId: string, keyRateBitsPerSecond: number, qber: number) => boolean): boolean {
  const request = evaluation.requests[r]!;
  const at = rows.get(request);
  if (!at) return request.hops.some((hop) => test(hop.linkId, hop.keyRateBitsPerSecond, hop.qber));
  const { table, row } = at;
  for (let h = table.hopStart[row]!; h < table.hopStart[row + 1]!; h++) {
    if (test(table.strings[table.linkId[h]!]!, table.keyRateBitsPerSecond[h]!, table.qber[h]!)) return true;
  }
  return false;
}
